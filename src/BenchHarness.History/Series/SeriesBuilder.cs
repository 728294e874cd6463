using BenchHarness.History.Store;

namespace BenchHarness.History.Series;

/// <summary>The commits of one machine and profile on a branch, oldest first, and every series measured there.</summary>
public sealed record MachineSeries(MachineGroup Machine, IReadOnlyList<string> Commits, IReadOnlyList<TrendSeries> Series);

/// <summary>
/// Turns stored runs into series over commits: one series per machine and profile, pattern, kind and name; one point per
/// commit, the runs of a commit combined by inverse-variance weights on the log scale; commits in the order they were
/// first measured (the store knows no git graph, and a branch's runs are measured in commit order).
/// </summary>
public static class SeriesBuilder
{
    public static IReadOnlyList<MachineSeries> Build(
        IReadOnlyList<StoredRun> runs, IReadOnlyList<StoredValue> benchmarks, IReadOnlyList<StoredValue> speedUps)
    {
        Dictionary<long, StoredRun> byId = runs.ToDictionary(r => r.Id);
        var machines = new List<MachineSeries>();
        foreach (IGrouping<MachineGroup, StoredRun> machine in runs.GroupBy(r => r.Machine))
        {
            string[] commits = machine.OrderBy(r => r.MeasuredUtc).ThenBy(r => r.Id).Select(r => r.Commit)
                .Distinct(StringComparer.Ordinal).ToArray();
            var position = commits.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
            var series = SeriesOf(machine.Key, SeriesKind.SpeedUp, speedUps, byId, position)
                .Concat(SeriesOf(machine.Key, SeriesKind.Time, benchmarks, byId, position))
                .ToArray();
            machines.Add(new MachineSeries(machine.Key, commits, series));
        }
        return machines;
    }

    private static IEnumerable<TrendSeries> SeriesOf(
        MachineGroup machine, SeriesKind kind, IReadOnlyList<StoredValue> values, Dictionary<long, StoredRun> runs,
        Dictionary<string, int> position)
    {
        return values
            .Where(v => runs.TryGetValue(v.RunId, out StoredRun? run) && run.Machine == machine)
            .GroupBy(v => (v.Value.Pattern, v.Value.Name))
            .OrderBy(g => g.Key.Pattern, StringComparer.Ordinal)
            .Select(g => new TrendSeries(
                new SeriesKey(machine, g.Key.Pattern, kind, g.Key.Name),
                g.GroupBy(v => runs[v.RunId].Commit, StringComparer.Ordinal)
                    .OrderBy(c => position[c.Key])
                    .Select(c => Combine(c.Key, c.Select(v => (runs[v.RunId], v.Value)).ToArray()))
                    .ToArray()));
    }

    /// <summary>One commit's runs as one point: their log values weighted by inverse variance.</summary>
    public static TrendPoint Combine(string commit, IReadOnlyList<(StoredRun Run, MeasuredValue Value)> measured)
    {
        DateTimeOffset first = measured.Min(m => m.Run.MeasuredUtc);
        bool single = measured.Any(m => m.Value.SingleProcess);
        if (measured.Count == 1)
        {
            MeasuredValue only = measured[0].Value;
            return new TrendPoint(commit, first, only.Estimate, only.LogStandardError, only.Lower, only.Upper, 1, single);
        }
        double floor = ChangePoints.SeriesNoise.MinimumLogDeviation;
        double weights = 0, weighted = 0;
        foreach (var (_, value) in measured)
        {
            double w = 1 / Math.Max(floor * floor, value.LogStandardError * value.LogStandardError);
            weights += w;
            weighted += w * Math.Log(value.Estimate);
        }
        double mean = weighted / weights, standardError = Math.Sqrt(1 / weights);
        double halfWidth = 1.959963984540054 * standardError;
        return new TrendPoint(commit, first, Math.Exp(mean), standardError, Math.Exp(mean - halfWidth), Math.Exp(mean + halfWidth),
            measured.Count, single);
    }
}
