using BenchHarness.IntegrationTests.Support;
using static BenchHarness.IntegrationTests.Support.CliAssertions;

namespace BenchHarness.IntegrationTests.Cli.BadInput;

/// <summary>
/// <c>calibrate</c> on runs it cannot calibrate with (the real CLI process): exit 2 with one line, never "0% false
/// alarms" from a set compared with itself or with a set it shares nothing with.
/// </summary>
public sealed class CalibrateRefusalTests : IDisposable
{
    private readonly GateFixtures fixtures = new();
    private readonly string config;

    public CalibrateRefusalTests()
    {
        config = Path.Combine(fixtures.Root, "gate.json");
        File.WriteAllText(config, """{ "schemaVersion": 1, "threshold": "5%" }""");
    }

    private static IReadOnlyList<PlannedBenchmark> Plan => GateFixtures.StandardPlan;

    public static TheoryData<string, string> Cases => new()
    {
        { "one-run", "at least two result sets" },
        { "the-same-directory-twice", "is given twice" },
        { "the-same-directory-by-another-path", "is given twice" },
        { "two-copies-of-one-run", "are the same run (run id copied-run)" },
        { "runs-that-share-no-benchmark", "share no benchmark" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Is_refused_with_one_line(string kind, string expected)
    {
        string[] runs;
        switch (kind)
        {
            case "one-run":
                runs = [fixtures.Write(Plan, 1)];
                break;
            case "the-same-directory-twice":
                string run = fixtures.Write(Plan, 1);
                runs = [run, fixtures.Write(Plan, 2), run];
                break;
            case "the-same-directory-by-another-path":
                string set = fixtures.Write(Plan, 1);
                runs = [set, Path.Combine(set, ".") + Path.DirectorySeparatorChar];
                break;
            case "two-copies-of-one-run":
                runs = [fixtures.Write(Plan, 1, runId: "copied-run"), fixtures.Write(Plan, 1, runId: "copied-run")];
                break;
            case "runs-that-share-no-benchmark":
                runs = [fixtures.Write(Plan.Where(p => p.PatternId == "P01"), 1), fixtures.Write(Plan.Where(p => p.PatternId == "P03"), 2)];
                break;
            default:
                throw new ArgumentException(kind);
        }

        AssertOneLineFailure(BuiltPrograms.RunCli(["calibrate", "--config", config, "--plant", "1.5", .. runs]), expected);
    }

    public void Dispose() => fixtures.Dispose();
}
