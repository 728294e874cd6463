using BenchHarness.Results;
using BenchHarness.Planning;
using BenchHarness.IntegrationTests.Support;
using static BenchHarness.IntegrationTests.Support.CliAssertions;

namespace BenchHarness.IntegrationTests.Cli.BadInput;

/// <summary>
/// <c>compare</c> on inputs it cannot judge, as users and CI meet it (the real CLI process): exit 2 with one line that
/// says why, never a pass. Each case names how its inputs are made and a fragment the line must hold.
/// </summary>
public sealed class CompareNothingComparedTests : IDisposable
{
    private readonly GateFixtures fixtures = new();
    private readonly string config;

    public CompareNothingComparedTests()
    {
        config = Path.Combine(fixtures.Root, "gate.json");
        File.WriteAllText(config, """{ "schemaVersion": 1, "threshold": "5%" }""");
    }

    private static IReadOnlyList<PlannedBenchmark> Plan => GateFixtures.StandardPlan;

    public static TheoryData<string, string> Cases => new()
    {
        // Nothing compared is never a pass (issue #10, item 1).
        { "current-has-no-suites", "nothing to compare: the current result set" },
        { "baseline-has-no-suites", "nothing to compare: the baseline result set" },
        { "fail-on-inconclusive-with-nothing-compared", "holds no benchmarks (its manifest lists no suites)" },
        { "every-baseline-suite-failed", "every suite of the baseline run failed (P01: equivalence failed; P03: equivalence failed)" },
        { "foreign-baseline-shares-no-benchmark", "share no benchmark" },
        { "empty-shard", "is an empty shard (shard 4/4" },
        // A foreign set's BenchmarkDotNet host facts are compared with the manifest's (item 2).
        { "foreign-baseline-from-another-machine", "os: Windows 10" },
        { "foreign-baseline-from-another-cpu", "cpu: Intel Core i7-8700 CPU 3.20GHz (Coffee Lake) -> Intel(R) Xeon(R) Processor" },
        { "foreign-baseline-without-comparable-host-facts", "no environment fact in common" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Is_refused_with_one_line(string kind, string expected)
    {
        string[] extra = [];
        string baseline, current;
        switch (kind)
        {
            case "current-has-no-suites":
                (baseline, current) = (fixtures.Write(Plan, 1), fixtures.Write([], 2));
                break;
            case "baseline-has-no-suites":
                (baseline, current) = (fixtures.Write([], 1), fixtures.Write(Plan, 2));
                break;
            case "fail-on-inconclusive-with-nothing-compared":
                (baseline, current, extra) = (fixtures.Write(Plan, 1), fixtures.Write([], 2), ["--fail-on-inconclusive"]);
                break;
            case "every-baseline-suite-failed":
                baseline = fixtures.Write(Plan, 1, editManifest: m => m with
                {
                    Status = RunStatus.CompleteWithFailures,
                    Suites = [.. m.Suites.Select(s => s with { Status = SuiteStatus.Failed, ResultsFile = null, Reason = "equivalence failed" })],
                });
                current = fixtures.Write(Plan, 2);
                break;
            case "foreign-baseline-shares-no-benchmark":
                (baseline, current) = (fixtures.WriteForeign(fullNames: ["Tests.MyBenchmark.Bench(N: 1)", "Tests.MyBenchmark.Bench(N: 2)"]), fixtures.Write(Plan, 2));
                break;
            case "empty-shard":
                baseline = fixtures.Write(Plan, 1);
                current = fixtures.Write([], 2, editManifest: m => m with { Options = m.Options with { Shard = new Shard(4, 4) } });
                break;
            case "foreign-baseline-from-another-machine":
            case "foreign-baseline-from-another-cpu":
                (baseline, current) = (fixtures.WriteForeign(Plan, editHost: GateFixtures.WindowsDesktop), fixtures.Write(Plan, 2));
                break;
            case "foreign-baseline-without-comparable-host-facts":
                baseline = fixtures.WriteForeign(Plan, editHost: host =>
                {
                    host.Clear();
                    host["Configuration"] = "RELEASE";
                });
                current = fixtures.Write(Plan, 2);
                break;
            default:
                throw new ArgumentException(kind);
        }

        AssertOneLineFailure(BuiltPrograms.RunCli(["compare", "--baseline", baseline, "--current", current, "--config", config, .. extra]), expected);
    }

    public void Dispose() => fixtures.Dispose();
}
