using BenchHarness.Results;
using BenchHarness.IntegrationTests.Support;
using static BenchHarness.IntegrationTests.Support.CliAssertions;

namespace BenchHarness.IntegrationTests.Cli.BadInput;

/// <summary><c>run --resume</c> given bad input: one line naming the problem, exit 2, and the result set it names left as it was.</summary>
public sealed class ResumeBadInputTests : IDisposable
{
    private readonly GateFixtures fixtures = new();

    private static IReadOnlyList<PlannedBenchmark> Plan => GateFixtures.StandardPlan.Take(4).ToArray();

    private string Incomplete() => fixtures.Write(Plan, 1, editManifest: m => m with { Status = RunStatus.Incomplete, FinishedUtc = null });

    public static TheoryData<string, string> Cases => new()
    {
        // A refused resume creates nothing in the set (no logs/, requests/ or .lock): issue #10 item 7.
        { "resume-with-other-options", "these differ: --profile smoke (recorded: default)" },
        { "resume-in-another-environment", "the environment differs" },
        { "resume-of-a-directory-that-is-not-a-result-set", "is not a result set" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_exits_2_with_one_line_and_leaves_the_result_set_alone(string kind, string expected)
    {
        string directory;
        string[] options = [];
        switch (kind)
        {
            case "resume-with-other-options":
                (directory, options) = (Incomplete(), ["--profile", "smoke"]);
                break;
            case "resume-in-another-environment":
                directory = Incomplete(); // measured on "vm", with another CPU and commit
                break;
            case "resume-of-a-directory-that-is-not-a-result-set":
                directory = Path.Combine(fixtures.Root, "not-a-set");
                Directory.CreateDirectory(directory);
                File.WriteAllText(Path.Combine(directory, "notes.txt"), "mine");
                break;
            default:
                throw new ArgumentException(kind);
        }
        string[] before = DirectorySnapshot.Of(directory);

        AssertOneLineFailure(BuiltPrograms.RunCli(["run", "--resume", directory, .. options]), expected);

        Assert.Equal(before, DirectorySnapshot.Of(directory));
    }

    [Fact]
    public void Resuming_a_complete_run_does_nothing_and_writes_nothing()
    {
        string directory = fixtures.Write(Plan, 2);
        string[] before = DirectorySnapshot.Of(directory);

        ProgramRun run = BuiltPrograms.RunCli("run", "--resume", directory);

        Assert.True(run.ExitCode == ExitCodes.Success, run.StandardError);
        Assert.Contains("nothing to resume", run.StandardOutput);
        Assert.Equal(before, DirectorySnapshot.Of(directory));
    }

    public void Dispose() => fixtures.Dispose();
}
