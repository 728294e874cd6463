namespace BenchHarness.Planning;

/// <summary>
/// One measured process: a single benchmark case of a suite in one round. The CLI schedules launches so that the
/// cases of a suite alternate round by round (and, for a gate, baseline and head alternate case by case): slow drift
/// of the machine then falls on both sides of every ratio.
/// </summary>
/// <param name="Case">BenchmarkDotNet's full name of the case, as the suite's preparation listed it.</param>
/// <param name="Round">1-based; recorded as the process's launch index, so results of one round can be paired.</param>
/// <param name="ArtifactsDirectory">Where BenchmarkDotNet writes this launch's log and JSON.</param>
/// <param name="OutcomeFile">Where the host writes its <see cref="LaunchOutcome"/>.</param>
/// <param name="InvocationCount">Operations per iteration fixed from the case's first launch (BenchmarkDotNet's pilot
/// chose it), so every later process repeats exactly the same work per iteration; null lets the pilot choose.</param>
/// <param name="PlantedDelayNanoseconds">Calibration only: real work (a spin of this many nanoseconds) added to every
/// measured call of this case, a code regression of known size; null for every normal run.</param>
public sealed record LaunchRequest(
    string PatternId,
    string Case,
    int Round,
    ProfileSettings Settings,
    int Threads,
    int Seed,
    string ArtifactsDirectory,
    string OutcomeFile,
    long? InvocationCount = null,
    double? PlantedDelayNanoseconds = null);

/// <summary>What one launch produced.</summary>
/// <param name="ResultsFile">The launch's BenchmarkDotNet full JSON (absolute), when it succeeded.</param>
/// <param name="InvocationCount">Operations per iteration the launch used.</param>
/// <param name="Reason">Why it failed, in one line.</param>
public sealed record LaunchOutcome(bool Succeeded, string? ResultsFile, long? InvocationCount, string? Reason);
