using BenchHarness.Results;

namespace BenchHarness.Analysis.Statistics;

/// <summary>
/// What a benchmark's workload did besides taking time, over all its processes: graph compilations and native memory
/// growth per operation (totals over total operations, so a process weighs by the work it ran), and the median growth of
/// one process.
/// </summary>
public sealed record MechanismSummary(double CompilesPerOperation, double NativeBytesPerOperation, double NativeBytesPerProcess, int Processes)
{
    /// <summary>The summary of <paramref name="processes"/>, or null when there are none.</summary>
    public static MechanismSummary? Of(IReadOnlyList<ProcessMechanism> processes)
    {
        if (processes.Count == 0)
            return null;
        double operations = processes.Sum(p => (double)p.Operations);
        return new MechanismSummary(
            processes.Sum(p => (double)p.Compiles) / operations,
            processes.Sum(p => (double)p.NativeGrowthBytes) / operations,
            Estimators.Median(processes.Select(p => (double)p.NativeGrowthBytes).ToArray()),
            processes.Count);
    }
}
