using BenchHarness.Identity;
using static BenchHarness.Testing.SyntheticBenchmark;

namespace BenchHarness.Testing;

/// <summary>
/// A whole-catalog-sized result set of 500 benchmarks: 10 patterns x 2 members x 2 modes x 2 devices x 6 sizes,
/// plus 20 first calls (P03 on the CPU), two processes of ten iterations each. Deterministic per seed.
/// </summary>
public static class LargeResultSet
{
    public const int BenchmarkCount = 500;

    /// <param name="firstSeed">Seed of the first benchmark's samples (each next benchmark takes the next seed): two sets
    /// of different seeds are two measurements of the same code.</param>
    public static SyntheticResultSet Create(string runId = "large", int firstSeed = 1)
    {
        var benchmarks = new List<SyntheticBenchmark>();
        int seed = firstSeed;
        string[] patterns = ["P01", "P02", "P03", "P04", "P05", "P06", "P07", "P09", "P10", "P11"];
        foreach (string pattern in patterns)
            foreach (ComputeDevice device in Enum.GetValues<ComputeDevice>())
                foreach (ExecutionMode mode in Enum.GetValues<ExecutionMode>())
                    foreach (int size in new[] { 16, 64, 256, 1024, 4096, 16384 })
                        foreach (PairMember member in Enum.GetValues<PairMember>())
                        {
                            double median = 20_000 + size * (member == PairMember.Anti ? 3.0 : 2.5) * (mode == ExecutionMode.Graph ? 0.8 : 1);
                            benchmarks.Add(Named(pattern, member, mode, device, size, Samples(median, 2, 10, seed++, 0.03, 0.02)));
                        }
        foreach (ExecutionMode mode in Enum.GetValues<ExecutionMode>())
            foreach (int size in new[] { 16, 64, 256, 1024, 4096 })
                foreach (PairMember member in Enum.GetValues<PairMember>())
                    benchmarks.Add(Named("P03", member, mode, ComputeDevice.Cpu, size,
                        Samples(1e6 + size * 100, 2, 10, seed++, 0.03), CallPhase.FirstCall));
        return new SyntheticResultSet(benchmarks, RunId: runId);
    }
}
