using BenchHarness.Identity;

namespace BenchHarness.Running;

/// <summary>Which devices a run asks for.</summary>
public enum DeviceSelection
{
    Cpu,
    Cuda,

    /// <summary>Every device that is available; the others are recorded as skipped.</summary>
    All,
}

/// <summary>Everything a user chose for one run. Immutable; recorded in the manifest as given.</summary>
/// <param name="Patterns">Pattern ids, upper case, or empty for all patterns that have a suite.</param>
/// <param name="Devices">Requested devices.</param>
/// <param name="Modes">Requested execution modes (never empty).</param>
/// <param name="Threads">Intra-op threads pinned for every measured process.</param>
/// <param name="Seed">Seed for every random tensor.</param>
/// <param name="OutputDirectory">Where the result set goes; null means results/&lt;run-id&gt;.</param>
public sealed record RunOptions(
    IReadOnlyList<string> Patterns,
    DeviceSelection Devices,
    IReadOnlyList<ExecutionMode> Modes,
    BenchmarkProfile Profile,
    int Threads,
    int Seed,
    string? OutputDirectory)
{
    public const int DefaultSeed = 20220125;

    public bool AllPatterns => Patterns.Count == 0;
}
