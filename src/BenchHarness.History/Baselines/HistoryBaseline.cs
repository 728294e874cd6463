using BenchHarness.Analysis.Loading;
using BenchHarness.History.ChangePoints;
using BenchHarness.History.Series;
using BenchHarness.History.Store;
using BenchHarness.Identity;

namespace BenchHarness.History.Baselines;

/// <summary>
/// A baseline made of history: per benchmark, the runs of the newest stable segment of its series (the commits since
/// its last change point, the newest <see cref="CommitsPerBaseline"/> of them) on the same machine fingerprint and
/// profile, their processes pooled. Against one run, such a baseline holds several runs' worth of processes, so the
/// noise between runs is in its interval, and a change already in history is not the baseline.
/// </summary>
public static class HistoryBaseline
{
    /// <summary>The newest commits of a stable segment a baseline pools.</summary>
    public const int CommitsPerBaseline = 5;

    /// <summary>
    /// The baseline for <paramref name="current"/> from <paramref name="store"/>'s runs of <paramref name="branch"/>,
    /// or a one-line refusal when the store holds no run of that machine and profile there.
    /// </summary>
    public static ResultSet For(HistoryStore store, string branch, ResultSet current, DetectionSettings settings)
    {
        RunFacts facts = RunFacts.Of(current, new GivenFacts(Commit: "current", Branch: branch));
        StoredRun[] runs = store.Runs(branch).Where(r => r.Machine == facts.Machine).ToArray();
        if (runs.Length == 0)
            throw new HarnessException(
                $"{store.Path}: no run of branch '{branch}' on this machine and profile ({facts.Machine}, fingerprint {facts.Machine.Fingerprint}); " +
                "add this machine's runs of the branch with 'benchharness history add', or compare against one run with --baseline");

        var byId = runs.ToDictionary(r => r.Id);
        StoredValue[] values = store.Benchmarks(branch).Where(v => byId.ContainsKey(v.RunId)).ToArray();
        MachineSeries machine = SeriesBuilder.Build(runs, values, []).Single();
        var benchmarks = new List<BenchmarkSamples>();
        var commits = new SortedSet<string>(StringComparer.Ordinal);
        foreach (TrendSeries series in machine.Series)
        {
            IReadOnlyList<ChangePoint> changes = ChangePointDetector.Detect(series, settings);
            int start = changes.Count == 0 ? 0 : changes[^1].Index;
            var stable = series.Points.Skip(Math.Max(start, series.Points.Count - CommitsPerBaseline)).Select(p => p.Commit)
                .ToHashSet(StringComparer.Ordinal);
            StoredValue[] pooled = values
                .Where(v => v.Value.Name == series.Key.Name && v.Value.Pattern == series.Key.Pattern && stable.Contains(byId[v.RunId].Commit))
                .ToArray();
            // A stored unit is a process's fastest iteration, which stands as a process of one iteration; a single-process
            // run's units are its iterations, which stay one process.
            double[][] processes = pooled.SelectMany(v => v.Value.SingleProcess
                ? new[] { v.Value.UnitsNs.ToArray() }
                : v.Value.UnitsNs.Select(t => new[] { t }).ToArray()).ToArray();
            string? fullName = pooled.Select(v => v.Value.FullName).FirstOrDefault(n => n is not null);
            if (processes.Length == 0 || fullName is null)
                continue;
            commits.UnionWith(stable);
            benchmarks.Add(new BenchmarkSamples(fullName, BenchmarkIdentity.TryParse(fullName, out BenchmarkIdentity identity) ? identity : null,
                processes, $"{store.Path} (history)"));
        }
        // The same fingerprint is the same facts: the environment guard finds nothing to refuse, as it should.
        return new ResultSet($"history-{branch}", null, benchmarks, [], current.Environment,
            [$"baseline from the history store {store.Path}: branch {branch}, the stable segment of each benchmark (at most {CommitsPerBaseline} commits: {string.Join(", ", commits.Select(CommitText))})"]);
    }

    private static string CommitText(string commit) => Pages.CommitText.Short(commit);
}
