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
/// <param name="SuiteTimeout">Overrides the profile's per-suite timeout; null keeps the profile's.</param>
/// <param name="Shard">Which part of the selection this run takes; null for all of it.</param>
public sealed record RunOptions(
    IReadOnlyList<string> Patterns,
    DeviceSelection Devices,
    IReadOnlyList<ExecutionMode> Modes,
    BenchmarkProfile Profile,
    int Threads,
    int Seed,
    string? OutputDirectory,
    TimeSpan? SuiteTimeout = null,
    Shard? Shard = null)
{
    public const int DefaultSeed = 20220125;

    public bool AllPatterns => Patterns.Count == 0;

    /// <summary>The profile's settings, with <see cref="SuiteTimeout"/> applied (a method: not part of the recorded options).</summary>
    public ProfileSettings EffectiveSettings()
    {
        ProfileSettings settings = ProfileSettings.For(Profile);
        return SuiteTimeout is TimeSpan timeout ? settings with { SuiteTimeout = timeout } : settings;
    }
}
