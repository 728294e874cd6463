using System.Text.Json;
using System.Text.Json.Nodes;
using BenchHarness.Results;

namespace BenchHarness.Benchmarks.Diagnosers;

/// <summary>Adds a launch's <see cref="ProcessMechanism"/> to its one benchmark in BenchmarkDotNet's full JSON report.</summary>
public static class MechanismInReport
{
    public static void Add(string reportFile, ProcessMechanism mechanism)
    {
        JsonObject report = JsonNode.Parse(File.ReadAllText(reportFile))?.AsObject()
            ?? throw new InvalidDataException($"{reportFile} is not a JSON object");
        if (report["Benchmarks"]?.AsArray() is not [JsonObject benchmark])
            return;
        benchmark[ProcessMechanism.JsonProperty] = new JsonArray(JsonSerializer.SerializeToNode(mechanism));
        AtomicFile.WriteAllText(reportFile, report.ToJsonString());
    }
}
