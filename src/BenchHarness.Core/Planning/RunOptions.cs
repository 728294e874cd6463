using BenchHarness.Identity;

namespace BenchHarness.Planning;

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
/// <param name="PinCores">Pin measured processes to every core but the first (left to the harness); false leaves the
/// operating system to place them.</param>
public sealed record RunOptions(
    IReadOnlyList<string> Patterns,
    DeviceSelection Devices,
    IReadOnlyList<ExecutionMode> Modes,
    BenchmarkProfile Profile,
    int Threads,
    int Seed,
    string? OutputDirectory,
    TimeSpan? SuiteTimeout = null,
    Shard? Shard = null,
    bool PinCores = true)
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

/// <summary>
/// The largest values a run accepts, checked before anything is created: beyond them a run either cannot work
/// (a timer cannot wait that long) or measures something other than the patterns.
/// </summary>
public static class RunLimits
{
    /// <summary>
    /// A day: the longest profile gives a suite an hour, so a suite still running after a day is hung. (Timers wait
    /// at most about 49 days; a TimeSpan holds about 29,000 years: both far above this.)
    /// </summary>
    public static readonly TimeSpan MaxSuiteTimeout = TimeSpan.FromHours(24);

    public const string SuiteTimeoutReason = "a suite that runs longer is hung, not slow";

    /// <summary>
    /// The logical cores this process may use (the container's CPU limit included). Intra-op threads beyond them
    /// cannot run at once: the run would time the scheduler, not the pattern, and every measured process would
    /// start that many threads.
    /// </summary>
    public static int MaxThreads => Environment.ProcessorCount;

    public const string ThreadsReason = "the logical cores of this machine: more threads than cores time the scheduler, not the pattern";

    /// <summary>
    /// Why a result set recorded with <paramref name="options"/> and <paramref name="settings"/> cannot be run on here
    /// (a value a run today refuses), or null.
    /// </summary>
    public static string? Exceeded(RunOptions options, ProfileSettings settings) => (options.Threads, settings.SuiteTimeout) switch
    {
        (_, var timeout) when timeout <= TimeSpan.Zero => $"a suite timeout of {timeout}, which is not positive",
        (_, var timeout) when timeout > MaxSuiteTimeout =>
            $"a suite timeout of {OptionParsing.FormatDuration(timeout)}, above the limit of {OptionParsing.FormatDuration(MaxSuiteTimeout)}",
        (var threads, _) when threads < 1 => $"--threads {threads}, below 1",
        (var threads, _) when threads > MaxThreads => $"--threads {threads}, above the limit of {MaxThreads} (the logical cores of this machine)",
        _ => null,
    };
}
