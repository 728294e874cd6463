using System.Text.Json.Nodes;
using BenchHarness.Identity;
using BenchHarness.Results;
using BenchHarness.IntegrationTests.Support;
using static BenchHarness.IntegrationTests.Support.CliAssertions;

namespace BenchHarness.IntegrationTests.Gate;

/// <summary>
/// The gate as users and CI meet it: the real CLI process, its exit codes (0 pass, 1 regression, 2 bad input or
/// failure, 3 inconclusive with --fail-on-inconclusive) and one-line messages, never a stack trace.
/// </summary>
public sealed class GateCliTests : IDisposable
{
    private readonly GateFixtures fixtures = new();
    private readonly string config;

    public GateCliTests()
    {
        // An explicit config, so these tests do not depend on the repository's checked-in one.
        config = Path.Combine(fixtures.Root, "gate.json");
        File.WriteAllText(config, """{ "schemaVersion": 1, "threshold": "5%" }""");
    }

    private static IReadOnlyList<PlannedBenchmark> Plan => GateFixtures.StandardPlan;

    private ProgramRun Compare(string baseline, string current, params string[] more) =>
        BuiltPrograms.RunCli(["compare", "--baseline", baseline, "--current", current, .. more.Contains("--config") ? more : ["--config", config, .. more]]);

    [Fact]
    public void A_pass_exits_0_and_writes_every_output()
    {
        string outputs = Path.Combine(fixtures.Root, "out");
        ProgramRun run = Compare(fixtures.Write(Plan, 1), fixtures.Write(Plan, 2), "--out", outputs);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains(": 0 slower, 0 faster", run.StandardOutput);
        Assert.Empty(run.StandardError);
        foreach (string file in new[] { "gate.md", "gate.json", "gate.junit.xml", "gate.html" })
            Assert.True(File.Exists(Path.Combine(outputs, file)), file);
    }

    [Fact]
    public void A_regression_exits_1_and_names_the_benchmark()
    {
        ProgramRun run = Compare(fixtures.Write(Plan, 3), fixtures.Write(Plan, 4, scale: p => p == Plan[5] ? 1.4 : 1));

        Assert.Equal(ExitCodes.Regression, run.ExitCode);
        Assert.Matches($@"(?m)^slower\s+{System.Text.RegularExpressions.Regex.Escape(Plan[5].ShortName)}", run.StandardOutput);
    }

    [Fact]
    public void Inconclusive_exits_0_or_3_as_the_flag_says()
    {
        string baseline = fixtures.Write(Plan, 5, processes: 1), current = fixtures.Write(Plan, 6, processes: 1);

        Assert.Equal(ExitCodes.Success, Compare(baseline, current).ExitCode);
        Assert.Equal(ExitCodes.Inconclusive, Compare(baseline, current, "--fail-on-inconclusive").ExitCode);
    }

    [Fact]
    public void A_real_smoke_result_set_against_itself_is_inconclusive_never_same()
    {
        // One process per benchmark: the honest answer is "cannot tell", even for identical data.
        string smoke = Path.Combine(AppContext.BaseDirectory, "TestData", "smoke-a");

        ProgramRun run = Compare(smoke, smoke, "--fail-on-inconclusive");

        Assert.Equal(ExitCodes.Inconclusive, run.ExitCode);
        Assert.Contains("0 slower, 0 faster, 0 same, 24 inconclusive of 24 benchmarks", run.StandardOutput);
        Assert.Contains("measure at least 3 processes per side", run.StandardOutput);
    }

    [Fact]
    public void A_regression_outranks_inconclusive()
    {
        // Noisy processes: 5% cannot be resolved (inconclusive), a 3x slowdown can.
        ProgramRun run = Compare(fixtures.Write(Plan, 7, processes: 3, iterations: 5, processNoise: 0.06),
            fixtures.Write(Plan, 8, processes: 3, iterations: 5, processNoise: 0.06, scale: p => p == Plan[2] ? 3 : 1), "--fail-on-inconclusive");

        Assert.Contains("inconclusive", run.StandardOutput);
        Assert.Equal(ExitCodes.Regression, run.ExitCode);
    }

    [Fact]
    public void An_environment_mismatch_exits_2_listing_the_differences_unless_allowed()
    {
        string baseline = fixtures.Write(Plan, 9);
        string current = fixtures.Write(Plan, 10, editManifest: m => m with { Engine = m.Engine with { IntraOpThreads = 1 } });

        AssertOneLineFailure(Compare(baseline, current), "threads.intra-op: 2 -> 1");
        ProgramRun allowed = Compare(baseline, current, "--allow-env-mismatch");
        Assert.Equal(ExitCodes.Success, allowed.ExitCode);
        Assert.Contains("threads.intra-op: 2 -> 1 (allowed by --allow-env-mismatch)", allowed.StandardOutput);
    }

    [Fact]
    public void A_failed_suite_in_the_current_run_exits_2_after_writing_the_verdicts()
    {
        string current = fixtures.Write(Plan, 12, editManifest: m => m with
        {
            Status = RunStatus.CompleteWithFailures,
            Suites = [.. m.Suites, SyntheticResultSet.Suite("P10Synthetic", null, 0, SuiteStatus.Failed)],
        });
        string json = Path.Combine(fixtures.Root, "failed.json");

        ProgramRun run = Compare(fixtures.Write(Plan, 11), current, "--json", json);

        AssertOneLineFailure(run, "suite P10 failed in the current run");
        Assert.Equal(2, JsonNode.Parse(File.ReadAllText(json))!["exitCode"]!.GetValue<int>());
    }

    public static TheoryData<string, string> MalformedInputs => new()
    {
        { "missing-directory", "does not exist" },
        { "empty-directory", "is empty" },
        { "a-file-not-a-directory", "is not valid JSON" },
        { "truncated-results-json", "is not valid JSON" },
        { "truncated-manifest", "is not valid JSON" },
        { "manifest-json-null", "holds JSON null" },
        { "manifest-wrong-schema-version", "has schema version 99" },
        { "manifest-not-a-harness-manifest", "has no schemaVersion" },
        { "manifest-lists-missing-results-file", "which does not exist" },
        { "results-json-is-an-array", "no 'Benchmarks' array" },
        { "nan-time", "NaN" },
        { "negative-time", "-" },
        { "zero-samples", "has zero Workload/Actual measurements" },
        { "duplicate-identities", "holds benchmark" },
        { "incomplete-run", "manifest.json: is incomplete; run" },
        { "bad-threshold", "'0.05' has no unit" },
        { "config-unknown-key", "unknown key 'treshold'" },
        { "config-not-json", "not valid JSON" },
        { "config-missing", "does not exist" },
        { "bad-contract", "unknown pattern P42" },
        { "bad-correction", "--correction must be holm or benjamini-hochberg" },
        { "missing-current-option", "--current" },
    };

    [Theory]
    [MemberData(nameof(MalformedInputs))]
    public void Malformed_input_exits_2_with_one_line(string kind, string expected)
    {
        string good = fixtures.Write(Plan.Take(4), 20);
        string current = fixtures.Write(Plan.Take(4), 21);
        string bad = Path.Combine(fixtures.Root, kind);
        string[] extra = [];
        switch (kind)
        {
            case "missing-directory":
                break;
            case "empty-directory":
                Directory.CreateDirectory(bad);
                break;
            case "a-file-not-a-directory":
                File.WriteAllText(bad, "not a result set");
                break;
            case "truncated-results-json":
                bad = fixtures.Write(Plan.Take(4), 22);
                Truncate(ResultsFile(bad));
                break;
            case "truncated-manifest":
                bad = fixtures.Write(Plan.Take(4), 23);
                Truncate(Path.Combine(bad, ResultSetLayout.ManifestFileName));
                break;
            case "manifest-json-null":
                bad = fixtures.Write(Plan.Take(4), 24);
                File.WriteAllText(Path.Combine(bad, ResultSetLayout.ManifestFileName), "null");
                break;
            case "manifest-wrong-schema-version":
                bad = fixtures.Write(Plan.Take(4), 25);
                GateFixtures.EditManifestJson(bad, m => m["schemaVersion"] = 99);
                break;
            case "manifest-not-a-harness-manifest":
                bad = fixtures.Write(Plan.Take(4), 26);
                File.WriteAllText(Path.Combine(bad, ResultSetLayout.ManifestFileName), """{ "name": "something else" }""");
                break;
            case "manifest-lists-missing-results-file":
                bad = fixtures.Write(Plan.Take(4), 27);
                File.Delete(ResultsFile(bad));
                break;
            case "results-json-is-an-array":
                bad = fixtures.Write(Plan.Take(4), 28);
                File.WriteAllText(ResultsFile(bad), "[]");
                break;
            case "nan-time":
                bad = WriteWith(29, [[double.NaN, 10_000, 10_000], [10_000, 10_000, 10_000]]);
                break;
            case "negative-time":
                bad = WriteWith(30, [[-10_000, 10_000, 10_000], [10_000, 10_000, 10_000]]);
                break;
            case "zero-samples":
                bad = WriteWith(31, []);
                break;
            case "duplicate-identities":
                bad = fixtures.Write(Plan.Take(4), 32);
                File.Copy(ResultsFile(bad), Path.Combine(bad, ResultSetLayout.ResultsFileOf("Copy")));
                GateFixtures.EditManifestJson(bad, m =>
                {
                    JsonNode suite = m["suites"]![0]!.DeepClone();
                    suite["patternId"] = "P03";
                    suite["resultsFile"] = ResultSetLayout.ResultsFileOf("Copy");
                    m["suites"]!.AsArray().Add(suite);
                });
                break;
            case "incomplete-run":
                bad = fixtures.Write(Plan.Take(4), 33, editManifest: m => m with { Status = RunStatus.Incomplete, FinishedUtc = null });
                break;
            case "bad-threshold":
                (bad, extra) = (good, ["--threshold", "0.05"]);
                break;
            case "config-unknown-key":
                (bad, extra) = (good, ["--config", WriteConfig("""{ "schemaVersion": 1, "treshold": "5%" }""")]);
                break;
            case "config-not-json":
                (bad, extra) = (good, ["--config", WriteConfig("""{ "schemaVersion": 1,""")]);
                break;
            case "config-missing":
                (bad, extra) = (good, ["--config", Path.Combine(fixtures.Root, "nowhere.json")]);
                break;
            case "bad-contract":
                (bad, extra) = (good, ["--config", WriteConfig("""{ "schemaVersion": 1, "contracts": ["P42 Fix >= 2x Anti"] }""")]);
                break;
            case "bad-correction":
                (bad, extra) = (good, ["--correction", "bonferroni"]);
                break;
            case "missing-current-option":
                AssertOneLineFailure(BuiltPrograms.RunCli("compare", "--baseline", good), expected);
                return;
            default:
                throw new ArgumentException(kind);
        }

        AssertOneLineFailure(Compare(bad, current, extra), expected);
        if (bad != good)
            AssertOneLineFailure(Compare(good, bad, extra), expected); // the same refusal on either side
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void An_unreadable_directory_exits_2_with_one_line()
    {
        Assert.SkipWhen(Environment.UserName == "root", "root reads every directory");
        string bad = fixtures.Write(Plan.Take(4), 40);
        File.SetUnixFileMode(bad, UnixFileMode.None);
        try
        {
            AssertOneLineFailure(Compare(bad, fixtures.Write(Plan.Take(4), 41)), "cannot be read");
        }
        finally
        {
            File.SetUnixFileMode(bad, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private string WriteWith(int seed, double[][] processes)
    {
        string directory = fixtures.Write(Plan.Take(4), seed);
        var benchmark = new SyntheticBenchmark(Plan[0].FullName, processes);
        File.WriteAllText(ResultsFile(directory), SyntheticResultSet.BenchmarkDotNetJson([benchmark]));
        return directory;
    }

    private static string ResultsFile(string directory) =>
        Path.Combine(directory, SyntheticResultSet.ResultsFileName("P01Synthetic"));

    private static void Truncate(string file)
    {
        string text = File.ReadAllText(file);
        File.WriteAllText(file, text[..(text.Length / 2)]);
    }

    private string WriteConfig(string json)
    {
        string path = Path.Combine(fixtures.Root, $"config-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }

    public void Dispose() => fixtures.Dispose();
}
