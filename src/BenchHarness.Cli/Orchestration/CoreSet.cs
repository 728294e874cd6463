using System.Diagnostics;
using BenchHarness.Planning;

namespace BenchHarness.Cli.Orchestration;

/// <summary>
/// The logical cores measured processes are pinned to: every core but the first, which is left to this process, the
/// suite host's preparation and the operating system, so the measured process never waits for them. On a machine
/// of one core there is nothing to keep apart and nothing is pinned.
/// </summary>
public sealed record CoreSet(IReadOnlyList<int> Cores)
{
    /// <summary>The cores for measured processes on a machine with <paramref name="logicalCores"/>, or null for none.</summary>
    public static CoreSet? ForMeasurement(int logicalCores) =>
        logicalCores >= 2 ? new CoreSet(Enumerable.Range(1, Math.Min(logicalCores, 64) - 1).ToArray()) : null;

    /// <summary>The cores a run's measured processes are pinned to, or null when it asked for no pinning.</summary>
    public static CoreSet? For(RunOptions options) => options.PinCores ? ForMeasurement(Environment.ProcessorCount) : null;

    /// <summary>Intra-op threads that fit the measurement cores: one per core (at least one).</summary>
    public static int DefaultThreads(int logicalCores) => Math.Max(1, logicalCores - 1);

    /// <summary>Pins a process that has just started (threads it starts later inherit the affinity).</summary>
    public void Pin(Process process)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsWindows())
            return;
        try
        {
            process.ProcessorAffinity = (nint)Cores.Aggregate(0L, (mask, core) => mask | 1L << core);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // The process already exited (a launch that failed at once): nothing to pin.
        }
    }

    /// <summary>"1" or "1-15", as taskset writes core lists.</summary>
    public override string ToString() => Cores.Count == 1 ? $"{Cores[0]}" : $"{Cores[0]}-{Cores[^1]}";
}
