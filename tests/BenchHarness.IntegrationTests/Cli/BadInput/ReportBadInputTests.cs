using BenchHarness.Results;
using BenchHarness.IntegrationTests.Support;
using static BenchHarness.IntegrationTests.Support.CliAssertions;

namespace BenchHarness.IntegrationTests.Cli.BadInput;

/// <summary>
/// <c>benchharness report</c> refuses a result set it cannot use in one line that names the file, with exit code 2,
/// and writes no report from it.
/// </summary>
public sealed class ReportBadInputTests : IDisposable
{
    private readonly TemporaryDirectory temporary = new();

    private string ReportPath => temporary.Combine("out");

    public void Dispose() => temporary.Dispose();

    /// <summary>A kind of bad input, and what the line must say ({results}: the result set, {file}: the file at fault).</summary>
    public static TheoryData<string, string[]> Inputs => new()
    {
        { "missing-directory", ["{results}", "does not exist"] },
        { "empty-directory", ["{results}", "is empty"] },
        { "corrupt-manifest", ["{file}", "is not valid JSON"] },
        { "corrupt-results-file", ["{file}"] },
        { "empty-results-file", ["{file}"] },
        { "control-characters-in-a-recorded-path", ["{file}", "gone\\x1b]0;pwned\\x07", ".json"] },
        { "empty-results-argument", ["results-dir needs a value, not an empty string"] },
        { "empty-out", ["--out needs a value, not an empty string"] },
        { "unknown-option", ["'--frobnicate'", "(see 'benchharness report --help')"] },
        { "two-result-sets", ["'{results}'"] },
        { "no-result-set", ["'report'", "(see 'benchharness report --help')"] },
        { "out-inside-the-result-set", ["--out {results}/report", "lies inside the result set", "write it elsewhere"] },
        { "out-is-the-result-set", ["--out {results}", "lies inside the result set"] },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Bad_input_is_one_line_naming_the_file_and_writes_no_report(string kind, string[] expected)
    {
        string results = temporary.Combine("results");
        string? file = null;
        string[] arguments = [results, "--out", ReportPath];
        switch (kind)
        {
            case "missing-directory":
                break;
            case "empty-directory":
                Directory.CreateDirectory(results);
                break;
            case "corrupt-manifest":
                Directory.CreateDirectory(results);
                File.WriteAllText(file = Path.Combine(results, ResultSetLayout.ManifestFileName), "{ \"schemaVersion\": 1, \"runId\": ");
                break;
            case "corrupt-results-file":
                ReportScenarios.Rich().WriteTo(results);
                File.WriteAllText(file = Path.Combine(results, ResultSetLayout.ResultsFileOf("P01Synthetic")), "{\"Benchmarks\": [ {\"FullName\": ");
                break;
            case "empty-results-file":
                ReportScenarios.Rich().WriteTo(results);
                File.WriteAllText(file = Path.Combine(results, ResultSetLayout.ResultsFileOf("P03Synthetic")), "");
                break;
            case "control-characters-in-a-recorded-path":
                ReportScenarios.Rich().WriteTo(results, m => m with
                {
                    Suites = m.Suites.Select((s, i) => i == 0 ? s with { ResultsFile = "gone\u001b]0;pwned\u0007\n.json" } : s).ToArray(),
                });
                file = ResultSetLayout.ManifestIn(results);
                break;
            case "empty-results-argument":
                arguments = ["", "--out", ReportPath];
                break;
            case "empty-out":
                ReportScenarios.Rich().WriteTo(results);
                arguments = [results, "--out", ""];
                break;
            case "unknown-option":
                ReportScenarios.Rich().WriteTo(results);
                arguments = [results, "--out", ReportPath, "--frobnicate"];
                break;
            case "two-result-sets":
                ReportScenarios.Rich().WriteTo(results);
                arguments = [results, results, "--out", ReportPath];
                break;
            case "no-result-set":
                arguments = ["--out", ReportPath];
                break;
            case "out-inside-the-result-set":
                ReportScenarios.Rich().WriteTo(results);
                arguments = [results, "--out", Path.Combine(results, "report")];
                break;
            case "out-is-the-result-set":
                ReportScenarios.Rich().WriteTo(results);
                arguments = [results, "--out", results];
                break;
            default:
                throw new ArgumentException(kind);
        }

        ProgramRun run = BuiltPrograms.RunCli(["report", .. arguments]);

        AssertOneLineFailure(run, [.. expected.Select(e => e.Replace("{results}", results).Replace("{file}", file))]);
        Assert.False(Directory.Exists(ReportPath), $"{kind}: a report was written from bad input");
        Assert.False(File.Exists(Path.Combine(results, "index.html")) || Directory.Exists(Path.Combine(results, "report")),
            $"{kind}: the report wrote into the result set");
    }
}
