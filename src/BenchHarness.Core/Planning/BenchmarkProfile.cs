namespace BenchHarness.Planning;

/// <summary>How much measuring a run does: a trade between time and the smallest difference it can resolve.</summary>
public enum BenchmarkProfile
{
    /// <summary>Seconds per case: proves the pipeline works (tests, CI). Not for conclusions.</summary>
    Smoke,

    /// <summary>
    /// The report: four processes per case, up to seven where a comparison is still wider than x/÷1.05.
    /// </summary>
    Default,

    /// <summary>The regression gate: five processes per case, up to eight where a comparison is still wider than x/÷1.03.</summary>
    Gate,
}

/// <summary>The measurement settings a profile stands for, independent of the benchmarking engine.</summary>
/// <param name="LaunchCount">Separate processes per benchmark case: the process, not the iteration, is the unit of noise.</param>
/// <param name="WarmupCount">Warm-up iterations per process; null lets the engine decide.</param>
/// <param name="IterationCount">Measured iterations per process.</param>
/// <param name="IterationTime">Target duration of one iteration.</param>
/// <param name="SuiteTimeout">How long one suite may take before it is stopped and recorded as failed.</param>
/// <param name="MemoryRandomization">BenchmarkDotNet's memory randomization: a random stack and heap offset before each
/// iteration, so an unlucky alignment becomes noise within a process instead of a shift of the whole process.</param>
/// <param name="MaxLaunchCount">Adaptive sampling: cases whose comparisons are less precise than
/// <paramref name="TargetPrecision"/> after <paramref name="LaunchCount"/> rounds get more rounds, up to this many;
/// null measures exactly <paramref name="LaunchCount"/>.</param>
/// <param name="TargetPrecision">The interval width adaptive sampling aims for, as a ratio: 1.05 is x/÷1.05 (±5%).</param>
public sealed record ProfileSettings(
    int LaunchCount,
    int? WarmupCount,
    int IterationCount,
    TimeSpan IterationTime,
    TimeSpan SuiteTimeout,
    bool MemoryRandomization = false,
    int? MaxLaunchCount = null,
    double? TargetPrecision = null)
{
    /// <summary>Processes per case as a reader counts them: "5", or "5-8" when adaptive sampling may add rounds.</summary>
    public string ProcessesText => MaxLaunchCount is int most && most > LaunchCount ? $"{LaunchCount}-{most}" : $"{LaunchCount}";

    // Every timed profile measures short iterations (25 ms) after a warm-up of eight: the fastest of many short
    // iterations is what survives a shared machine's bursts (docs/calibration/precision-study.md), and a launch then
    // costs about 1.8 s here, most of it the process's start.
    public static ProfileSettings For(BenchmarkProfile profile) => profile switch
    {
        BenchmarkProfile.Smoke => new(LaunchCount: 1, WarmupCount: 1, IterationCount: 3,
            IterationTime: TimeSpan.FromMilliseconds(20), SuiteTimeout: TimeSpan.FromMinutes(10)),
        BenchmarkProfile.Default => new(LaunchCount: 4, WarmupCount: 8, IterationCount: 20,
            IterationTime: TimeSpan.FromMilliseconds(25), SuiteTimeout: TimeSpan.FromMinutes(30),
            MaxLaunchCount: 7, TargetPrecision: 1.05),
        BenchmarkProfile.Gate => new(LaunchCount: 5, WarmupCount: 8, IterationCount: 20,
            IterationTime: TimeSpan.FromMilliseconds(25), SuiteTimeout: TimeSpan.FromMinutes(60),
            MaxLaunchCount: 8, TargetPrecision: 1.03),
        _ => throw new ArgumentOutOfRangeException(nameof(profile), profile, null),
    };
}
