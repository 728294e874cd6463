using BenchHarness.Identity;
using BenchHarness.Results;

namespace BenchHarness.Testing;

/// <summary>Result sets of one branch over commits, as `benchharness run` writes them, for the history tests.</summary>
public static class SyntheticHistory
{
    public static readonly DateTimeOffset Start = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);

    public static string Commit(int index) => $"{index + 1:x4}{new string('a', 36)}";

    /// <summary>
    /// Writes run <paramref name="index"/> (commit <see cref="Commit"/>, an hour after the previous one): P01's Anti and
    /// Fix in eager and graph mode at Size 16, each of median <paramref name="median"/>(member, mode) ns, measured in
    /// <paramref name="processes"/> processes of 10 iterations with 1% process noise.
    /// </summary>
    public static string WriteRun(string root, int index, Func<PairMember, ExecutionMode, double> median,
        string branch = "main", int processes = 4, int? seed = null)
    {
        var benchmarks = new List<SyntheticBenchmark>();
        int next = (seed ?? index) * 100;
        foreach (ExecutionMode mode in new[] { ExecutionMode.Eager, ExecutionMode.Graph })
            foreach (PairMember member in new[] { PairMember.Anti, PairMember.Fix })
                benchmarks.Add(SyntheticBenchmark.Named("P01", member, mode, ComputeDevice.Cpu, 16,
                    SyntheticBenchmark.Samples(median(member, mode), processes, 10, ++next, iterationNoise: 0.01, processNoise: 0.01)));
        string name = $"run-{index:D4}";
        return new SyntheticResultSet(benchmarks, RunId: name).WriteTo(Path.Combine(root, name), manifest => manifest with
        {
            Git = new GitInfo(Commit(index), branch, Dirty: false),
            StartedUtc = Start.AddHours(index),
        });
    }

    /// <summary>P01's times: the anti-pattern 2x the fix in graph mode, equal in eager mode (the control).</summary>
    public static double Steady(PairMember member, ExecutionMode mode) =>
        mode == ExecutionMode.Graph && member == PairMember.Anti ? 40_000 : 20_000;
}
