using BenchHarness.Results;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Reports;

namespace BenchHarness.Benchmarks.Diagnosers;

/// <summary>
/// The compile count and resident set of this process when its measured iterations begin and end, read once each
/// between BenchmarkDotNet's stages (<see cref="MechanismDiagnoser"/>), never inside a timed iteration. A measured process
/// runs one case, so the last workload is the case's.
/// </summary>
public static class WorkloadMechanism
{
    private static (long Compiles, long Resident)? start;
    private static (long Compiles, long Resident)? end;

    public static void Start()
    {
        start = (CompileCounter.Count, ProcessMemory.ResidentBytes());
        end = null;
    }

    public static void Stop() => end = start is null ? null : (CompileCounter.Count, ProcessMemory.ResidentBytes());

    /// <summary>The last measured run's counts over its <paramref name="operations"/>, or null when none ran to the end.</summary>
    public static ProcessMechanism? Of(long operations) =>
        (start, end) is ({ } from, { } to) && operations > 0
            ? new ProcessMechanism(operations, to.Compiles - from.Compiles, from.Resident, to.Resident)
            : null;

    /// <summary>The operations of the measured iterations among <paramref name="measurements"/>: the window the counts cover.</summary>
    public static long MeasuredOperations(IEnumerable<Measurement> measurements) => measurements
        .Where(m => m.IterationMode == IterationMode.Workload && m.IterationStage == IterationStage.Actual)
        .Sum(m => m.Operations);
}
