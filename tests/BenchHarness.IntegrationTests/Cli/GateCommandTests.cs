using BenchHarness.Results;
using BenchHarness.IntegrationTests.Support;

namespace BenchHarness.IntegrationTests.Cli;

/// <summary>
/// End to end: <c>benchharness gate</c> against this repository's own HEAD, smoke profile, one pair in graph mode: the
/// baseline is checked out and built beside this build, both are measured in one session, and the verdicts are the
/// gate's (smoke has one process per case, so everything is inconclusive, on purpose).
/// </summary>
public sealed class GateCommandTests : IClassFixture<GateCommandTests.Session>
{
    private readonly Session session;

    public GateCommandTests(Session session)
    {
        this.session = session;
    }

    public sealed class Session : IDisposable
    {
        public Session()
        {
            Output = BuiltPrograms.Run(BuiltPrograms.Cli,
                ["gate", "--base", "HEAD", "--pattern", "P01", "--mode", "graph", "--profile", "smoke", "--fail-on-inconclusive",
                 "--results", Directory.Combine("results"), "--base-builds", Directory.Combine("builds"), "--out", Directory.Combine("gate")],
                TimeSpan.FromMinutes(15));
        }

        public TemporaryDirectory Directory { get; } = new();

        public ProgramRun Output { get; }

        public RunManifest Manifest(string side) => ResultJson.Read<RunManifest>(ResultSetLayout.ManifestIn(Directory.Combine("results", side)));

        public void Dispose() => Directory.Dispose();
    }

    [Fact]
    public void Measures_both_builds_in_one_session_and_exits_with_the_gates_code()
    {
        Assert.True(session.Output.ExitCode == ExitCodes.Inconclusive, session.Output.StandardOutput + session.Output.StandardError);
        RunManifest baseline = session.Manifest("baseline"), head = session.Manifest("head");
        Assert.Equal(RunStatus.Complete, baseline.Status);
        Assert.Equal(RunStatus.Complete, head.Status);
        Assert.True(MeasurementSession.Together(baseline.Session, head.Session));
        Assert.Equal(("baseline", "head"), (baseline.Session!.Role, head.Session!.Role));
        Assert.Equal(baseline.Git.Commit, head.Git.Commit); // --base HEAD: the same commit, built twice
        Assert.Equal(1, head.Suites.Single().Rounds);
        Assert.Equal(6, head.Suites.Single().Benchmarks); // Anti, Fix at 2 sizes; AntiThroughput, FixThroughput at 1
    }

    [Fact]
    public void Writes_the_gate_outputs_saying_the_two_sides_were_paired()
    {
        string markdown = File.ReadAllText(session.Directory.Combine("gate", "gate.md"));
        Assert.Contains("measured interleaved in one session, paired round by round", markdown);
        Assert.True(File.Exists(session.Directory.Combine("gate", "gate.json")));
        Assert.Contains("round 1/1-1: 6 case(s) x 2 arm(s)", session.Output.StandardOutput);
    }

    [Fact]
    public void The_baseline_is_a_shared_clone_kept_for_the_next_gate()
    {
        string[] builds = Directory.GetDirectories(session.Directory.Combine("builds"));
        string tree = Assert.Single(builds);
        Assert.True(File.Exists(Path.Combine(tree, "BenchHarness.sln")));
        Assert.True(File.Exists(Path.Combine(tree, ".git", "objects", "info", "alternates")), "a shared clone borrows this repository's objects");
    }
}
