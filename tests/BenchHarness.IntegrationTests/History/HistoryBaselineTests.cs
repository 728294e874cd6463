using BenchHarness.Analysis.Loading;
using BenchHarness.History.Baselines;
using BenchHarness.History.ChangePoints;
using BenchHarness.History.Store;
using BenchHarness.Identity;
using BenchHarness.IntegrationTests.Support;

namespace BenchHarness.IntegrationTests.History;

/// <summary>`compare --baseline-history`: the newest stable segment of the branch on this machine is the baseline.</summary>
public class HistoryBaselineTests
{
    private static double SlowerFix(PairMember member, ExecutionMode mode) =>
        SyntheticHistory.Steady(member, mode) * (member == PairMember.Fix && mode == ExecutionMode.Graph ? 1.3 : 1);

    [Fact]
    public void The_baseline_pools_the_stable_segment_after_the_last_change()
    {
        using var temporary = new TemporaryDirectory();
        // Commits 0-2 fast, 3-7 with the fix 30% slower: the stable segment of Fix graph is commits 3-7.
        string[] runs = Enumerable.Range(0, 8)
            .Select(i => SyntheticHistory.WriteRun(temporary.Path, i, i >= 3 ? SlowerFix : SyntheticHistory.Steady)).ToArray();
        using HistoryStore store = HistoryStore.Open(temporary.Combine("history.db"), create: true);
        store.Add(runs.Select(r => RunToAdd.Of(ResultSetLoader.Load(r), GivenFacts.None)).ToArray());
        ResultSet current = ResultSetLoader.Load(runs[^1]);

        ResultSet baseline = HistoryBaseline.For(store, "main", current, DetectionSettings.Default);

        BenchmarkSamples fix = Assert.Single(baseline.Benchmarks, b => b.Identity is { Member: PairMember.Fix, Mode: ExecutionMode.Graph });
        // The newest 5 commits of the segment, 4 processes each.
        Assert.Equal(HistoryBaseline.CommitsPerBaseline * 4, fix.ProcessCount);
        Assert.InRange(fix.TypicalTime, 20_000 * 1.3 * 0.97, 20_000 * 1.3 * 1.05);
        Assert.Equal(4, baseline.Benchmarks.Count);
        Assert.Equal(current.Environment, baseline.Environment);
    }

    [Fact]
    public void Compare_against_history_fails_on_a_regression_and_passes_the_same_code()
    {
        using var temporary = new TemporaryDirectory();
        string[] runs = Enumerable.Range(0, 6).Select(i => SyntheticHistory.WriteRun(temporary.Combine("main"), i, SyntheticHistory.Steady)).ToArray();
        string store = temporary.Combine("history.db");
        Assert.Equal(0, BuiltPrograms.RunCli(["history", "add", "--store", store, .. runs]).ExitCode);
        string config = temporary.Combine("gate.json");
        File.WriteAllText(config, """{ "schemaVersion": 1 }""");
        string slower = SyntheticHistory.WriteRun(temporary.Combine("pr"), 6, SlowerFix, branch: "pr");
        string same = SyntheticHistory.WriteRun(temporary.Combine("pr"), 7, SyntheticHistory.Steady, branch: "pr");

        ProgramRun regressed = BuiltPrograms.RunCli("compare", "--baseline-history", store, "--branch", "main", "--current", slower, "--config", config);
        Assert.True(regressed.ExitCode == 1, regressed.StandardOutput + regressed.StandardError);

        ProgramRun steady = BuiltPrograms.RunCli("compare", "--baseline-history", store, "--current", same, "--config", config);
        Assert.True(steady.ExitCode == 0, steady.StandardOutput + steady.StandardError);

        CliAssertions.AssertOneLineFailure(
            BuiltPrograms.RunCli("compare", "--baseline-history", store, "--branch", "release", "--current", same, "--config", config),
            "no run of branch 'release' on this machine");
        CliAssertions.AssertOneLineFailure(
            BuiltPrograms.RunCli("compare", "--baseline-history", store, "--baseline", runs[0], "--current", same, "--config", config),
            "--baseline-history");
        CliAssertions.AssertOneLineFailure(
            BuiltPrograms.RunCli("compare", "--current", same, "--config", config), "--baseline");
    }
}
