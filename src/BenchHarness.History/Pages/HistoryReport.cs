using BenchHarness.History.ChangePoints;
using BenchHarness.History.Series;
using BenchHarness.History.Store;

namespace BenchHarness.History.Pages;

/// <summary>A series with the changes found in it.</summary>
public sealed record SeriesHistory(TrendSeries Series, IReadOnlyList<ChangePoint> Changes)
{
    /// <summary>The newest change, when it is a regression: the series stands worse than it did before.</summary>
    public ChangePoint? StandingRegression => Changes.Count > 0 && Changes[^1].IsRegression ? Changes[^1] : null;
}

/// <summary>One machine and profile: its commits and series.</summary>
public sealed record MachineHistory(MachineGroup Machine, IReadOnlyList<string> Commits, IReadOnlyList<SeriesHistory> Series)
{
    /// <summary>Every change of every series, newest first (by the commit it came in at).</summary>
    public IEnumerable<(SeriesHistory Series, ChangePoint Change)> ChangesNewestFirst()
    {
        var position = Commits.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        return Series.SelectMany(s => s.Changes.Select(c => (s, c)))
            .OrderByDescending(x => position[x.c.FirstAfter])
            .ThenBy(x => x.s.Series.Key.Pattern, StringComparer.Ordinal)
            .ThenBy(x => x.s.Series.Key.Name, StringComparer.Ordinal);
    }
}

/// <summary>
/// The history of one branch: every machine's series and their change points, as the page, history.md and
/// history.json show it. The gate's contract: regressions standing at the newest change make it fail.
/// </summary>
public sealed record HistoryReport(string StorePath, string Branch, int Runs, IReadOnlyList<MachineHistory> Machines, DetectionSettings Settings)
{
    /// <summary>How many of the newest changes the summary lists.</summary>
    public const int LatestChanges = 20;

    public static HistoryReport Build(HistoryStore store, string branch, DetectionSettings settings)
    {
        IReadOnlyList<StoredRun> runs = store.Runs(branch);
        if (runs.Count == 0)
        {
            var branches = store.Branches();
            throw new HarnessException(branches.Count == 0
                ? $"{store.Path}: the history store is empty; add result sets with 'benchharness history add'"
                : $"{store.Path}: no run of branch '{branch}' in the history store; it holds {string.Join(", ", branches.Select(b => $"{b.Branch} ({b.Runs} runs)"))}; pass --branch");
        }
        IReadOnlyList<MachineSeries> machines = SeriesBuilder.Build(runs, store.Benchmarks(branch), store.SpeedUps(branch));
        return new HistoryReport(store.Path, branch, runs.Count,
            machines.Select(m => new MachineHistory(m.Machine, m.Commits,
                m.Series.AsParallel().AsOrdered().Select(s => new SeriesHistory(s, ChangePointDetector.Detect(s, settings))).ToArray())).ToArray(),
            settings);
    }

    /// <summary>Series whose newest change is a regression, on every machine.</summary>
    public IReadOnlyList<(MachineHistory Machine, SeriesHistory Series)> StandingRegressions =>
        Machines.SelectMany(m => m.Series.Where(s => s.StandingRegression is not null).Select(s => (m, s))).ToArray();

    /// <summary>0, or 1 when asked to fail on a change and some series stands regressed (compare's contract).</summary>
    public int ExitCode(bool failOnChange) =>
        failOnChange && StandingRegressions.Count > 0 ? ExitCodes.Regression : ExitCodes.Success;
}
