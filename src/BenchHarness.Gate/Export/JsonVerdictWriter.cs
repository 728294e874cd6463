using System.Text.Json;
using BenchHarness.Results;
using BenchHarness.Gate.Verdicts;

namespace BenchHarness.Gate.Export;

/// <summary>
/// The verdicts as JSON (<c>schemaVersion</c> 1): the whole <see cref="GateReport"/>, with its outcome and exit code,
/// in the harness's JSON dialect (camelCase, enums as strings).
/// </summary>
public static class JsonVerdictWriter
{
    public static string Render(GateReport report) => JsonSerializer.Serialize(report, ResultJson.Options);
}
