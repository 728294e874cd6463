using BenchHarness.Results;
using BenchHarness.IntegrationTests.Support;
using static BenchHarness.IntegrationTests.Support.CliAssertions;

namespace BenchHarness.IntegrationTests.Cli.BadInput;

/// <summary><c>calibrate</c> given bad input: one line naming the file and the problem, exit 2, the runs left alone.</summary>
public sealed class CalibrateBadInputTests : IDisposable
{
    private readonly GateFixtures fixtures = new();

    private static IReadOnlyList<PlannedBenchmark> Plan => GateFixtures.StandardPlan.Take(4).ToArray();

    public static TheoryData<string, string> Cases => new()
    {
        { "markdown-over-a-run-manifest", "lies inside the result set" },
        { "existing-markdown-without-force", "calibration.md already exists; pass --force to replace it" },
        { "empty-markdown", "--markdown needs a value, not an empty string" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_exits_2_with_one_line_and_leaves_the_runs_alone(string kind, string expected)
    {
        string first = fixtures.Write(Plan, 1), second = fixtures.Write(Plan, 2);
        string existing = Path.Combine(fixtures.Root, "calibration.md");
        File.WriteAllText(existing, "last week's calibration");
        string markdown = kind switch
        {
            "markdown-over-a-run-manifest" => ResultSetLayout.ManifestIn(second),
            "existing-markdown-without-force" => existing,
            "empty-markdown" => "",
            _ => throw new ArgumentException(kind),
        };
        string[] firstBefore = DirectorySnapshot.Of(first), secondBefore = DirectorySnapshot.Of(second);

        AssertOneLineFailure(BuiltPrograms.RunCli("calibrate", first, second, "--plant", "1.5", "--markdown", markdown), expected);

        Assert.Equal(firstBefore, DirectorySnapshot.Of(first));
        Assert.Equal(secondBefore, DirectorySnapshot.Of(second));
        Assert.Equal("last week's calibration", File.ReadAllText(existing));
    }

    [Fact]
    public void Force_replaces_the_markdown_and_says_so()
    {
        string markdown = Path.Combine(fixtures.Root, "calibration.md");
        File.WriteAllText(markdown, "last week's calibration");

        ProgramRun run = BuiltPrograms.RunCli("calibrate", fixtures.Write(Plan, 3), fixtures.Write(Plan, 4), "--plant", "1.5", "--markdown", markdown, "--force");

        Assert.True(run.ExitCode == ExitCodes.Success, run.StandardError);
        Assert.Contains($"wrote {markdown} (replaced the previous file)", run.StandardOutput);
        Assert.NotEqual("last week's calibration", File.ReadAllText(markdown));
    }

    public void Dispose() => fixtures.Dispose();
}
