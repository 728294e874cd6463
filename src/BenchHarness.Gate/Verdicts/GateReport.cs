namespace BenchHarness.Gate.Verdicts;

/// <summary>What the gate says about one benchmark between baseline and current.</summary>
public enum ChangeVerdict
{
    /// <summary>Significantly faster, by more than the threshold.</summary>
    Faster,

    /// <summary>Significantly slower, by more than the threshold: a regression.</summary>
    Slower,

    /// <summary>Shown equivalent: the whole interval lies within the threshold band.</summary>
    Same,

    /// <summary>Neither shown changed nor shown equivalent; the advice says what would decide it.</summary>
    Inconclusive,
}

/// <summary>What the gate says about a pair check (a contract or an erosion check).</summary>
public enum CheckOutcome
{
    /// <summary>Shown to hold (the interval lies on the right side of the bound).</summary>
    Holds,

    /// <summary>Shown breached after the run's false-alarm correction: a regression.</summary>
    Fails,

    /// <summary>Neither shown; the advice says what would decide it.</summary>
    Inconclusive,

    /// <summary>The contract's benchmarks are not in the current result set (another selection); not a failure.</summary>
    NotMeasured,
}

public enum PairCheckKind
{
    /// <summary>"Fix at least K times faster than Anti": checked on the current result set.</summary>
    Contract,

    /// <summary>The pair's speed-up fell by more than the threshold between baseline and current (a ratio of ratios).</summary>
    Erosion,
}

/// <summary>The gate's overall result, before <c>--fail-on-inconclusive</c> turns it into an exit code.</summary>
public enum GateOutcome
{
    Pass,
    Regression,
    Inconclusive,
}

/// <summary>Processes and measured iterations (all processes together) on each side of a comparison.</summary>
public sealed record SampleSizes(int BaselineProcesses, int BaselineIterations, int CurrentProcesses, int CurrentIterations)
{
    public int FewestProcesses => Math.Min(BaselineProcesses, CurrentProcesses);

    public override string ToString() =>
        $"baseline {BaselineProcesses}x{PerProcess(BaselineIterations, BaselineProcesses)}, current {CurrentProcesses}x{PerProcess(CurrentIterations, CurrentProcesses)}";

    private static string PerProcess(int iterations, int processes) =>
        processes == 0 ? "0" : iterations % processes == 0 ? $"{iterations / processes}" : $"~{iterations / (double)processes:0.#}";
}

/// <summary>A ratio with its interval and tests, as the gate reports it.</summary>
/// <param name="Ratio">Point estimate (current/baseline for a benchmark; a speed-up, or a ratio of speed-ups, for a pair).</param>
/// <param name="Lower">Lower end of the interval.</param>
/// <param name="Upper">Upper end of the interval.</param>
/// <param name="ConfidenceLevel">The interval's level, e.g. 0.95.</param>
/// <param name="PValue">The test's p-value before correction.</param>
/// <param name="AdjustedPValue">After the run's correction (Holm or Benjamini-Hochberg).</param>
/// <param name="MinimumDetectableEffect">The smallest relative change these samples would detect with 80% power.</param>
public sealed record Estimate(
    double Ratio,
    double Lower,
    double Upper,
    double ConfidenceLevel,
    double PValue,
    double AdjustedPValue,
    double MinimumDetectableEffect);

/// <summary>One benchmark's verdict, with everything needed to check it by hand.</summary>
/// <param name="Name">Type.Method(parameters), without the namespace.</param>
/// <param name="Rule">Which rule decided, in words, with the numbers.</param>
/// <param name="Threshold">The threshold as written ("5%|0.5ms").</param>
/// <param name="ThresholdOrigin">Where it came from: default, patterns.P03, benchmarks["..."], --threshold.</param>
/// <param name="ThresholdFraction">The threshold as a fraction of this benchmark's baseline (the larger part when both).</param>
/// <param name="Advice">For inconclusive verdicts: what would decide it (more processes, a quieter machine).</param>
public sealed record BenchmarkVerdict(
    string Name,
    string FullName,
    string PatternId,
    ChangeVerdict Verdict,
    string Rule,
    string Threshold,
    string ThresholdOrigin,
    double ThresholdFraction,
    double BaselineTimeNs,
    double CurrentTimeNs,
    Estimate Estimate,
    SampleSizes Samples,
    string? Advice);

/// <summary>One contract or erosion check on one sweep point of a pair.</summary>
/// <param name="Subject">The pair and sweep point, e.g. "P03 Graph/Cpu Size=256".</param>
/// <param name="Rule">The contract as written, or the erosion rule with its threshold.</param>
/// <param name="Bound">The bound the estimate is held against: K for a contract, 1+t for erosion.</param>
/// <param name="Explanation">Which rule decided, in words, with the numbers.</param>
/// <param name="Estimate">A contract: the current speed-up; erosion: baseline speed-up / current speed-up (above 1 when it shrank).</param>
/// <param name="BaselineSpeedup">The baseline's speed-up, when the baseline measured it.</param>
/// <param name="CurrentSpeedup">The current speed-up.</param>
public sealed record PairCheckVerdict(
    PairCheckKind Kind,
    string Subject,
    CheckOutcome Outcome,
    string Rule,
    double Bound,
    string Explanation,
    Estimate? Estimate,
    double? BaselineSpeedup,
    double? CurrentSpeedup,
    SampleSizes? Samples,
    string? Advice,
    string? Why = null);

/// <summary>Which result set a side of the comparison is, so a reader can find and reproduce it.</summary>
public sealed record RunReference(
    string Directory,
    string RunId,
    string Commit,
    string Branch,
    bool Dirty,
    string Profile,
    DateTimeOffset StartedUtc,
    string Machine,
    string CommandLine);

/// <summary>Everything one <c>benchharness compare</c> decided: the input of every exporter.</summary>
/// <param name="EnvironmentDifferences">Differences between the two environments that --allow-env-mismatch let through.</param>
/// <param name="Added">New benchmarks: only in the current result set, and not lacking from the baseline because they
/// failed there (those are in <see cref="BaselineFailed"/>). Listed, never failed.</param>
/// <param name="Removed">Benchmarks only in the baseline: listed, never failed, but the outcome is at least inconclusive
/// (a pull request that deletes a benchmark must not pass as if it had been judged).</param>
/// <param name="Failed">Suites and benchmarks that failed in the current run: what was not measured cannot be judged,
/// so the gate reports an infrastructure failure (exit 2) after writing its outputs.</param>
/// <param name="Notes">Anything else a reader should know (config overrides that matched nothing, dirty trees).</param>
/// <param name="Reproduce">Command lines that reproduce the comparison and the measurements.</param>
public sealed record GateReport(
    int SchemaVersion,
    RunReference Baseline,
    RunReference Current,
    string ConfigSource,
    string Correction,
    double Alpha,
    int MinimumProcesses,
    bool FailOnInconclusive,
    IReadOnlyList<string> EnvironmentDifferences,
    IReadOnlyList<BenchmarkVerdict> Benchmarks,
    IReadOnlyList<PairCheckVerdict> PairChecks,
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Removed,
    IReadOnlyList<string> Failed,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> Reproduce)
{
    public const int CurrentSchemaVersion = 2;

    /// <summary>
    /// What the current run measured that the baseline could not (its suite or benchmark failed there), one line per
    /// suite or benchmark, by name: not judged, so the outcome is at least inconclusive.
    /// </summary>
    public IReadOnlyList<string> BaselineFailed { get; init; } = [];

    /// <summary>Baseline and current were measured interleaved in one session and their ratios paired round by round.</summary>
    public bool MeasuredTogether { get; init; }

    /// <summary>
    /// Regression when a benchmark is slower or a check fails; else inconclusive when a verdict or check is, or when
    /// something was not judged (benchmarks removed from the current set, or measured there but failed in the
    /// baseline); else pass.
    /// </summary>
    public GateOutcome Outcome =>
        Benchmarks.Any(b => b.Verdict == ChangeVerdict.Slower) || PairChecks.Any(c => c.Outcome == CheckOutcome.Fails)
            ? GateOutcome.Regression
            : Benchmarks.Any(b => b.Verdict == ChangeVerdict.Inconclusive) || PairChecks.Any(c => c.Outcome == CheckOutcome.Inconclusive)
              || Removed.Count > 0 || BaselineFailed.Count > 0
                ? GateOutcome.Inconclusive
                : GateOutcome.Pass;

    /// <summary>
    /// The documented exit code: 2 when the current run has failed suites, else 1 on a regression, 3 on inconclusive
    /// when asked to fail on it, else 0.
    /// </summary>
    public int ExitCode => Failed.Count > 0 ? ExitCodes.BadInputOrFailure : Outcome switch
    {
        GateOutcome.Regression => ExitCodes.Regression,
        GateOutcome.Inconclusive when FailOnInconclusive => ExitCodes.Inconclusive,
        _ => ExitCodes.Success,
    };

    public int Count(ChangeVerdict verdict) => Benchmarks.Count(b => b.Verdict == verdict);

    public int Count(CheckOutcome outcome) => PairChecks.Count(c => c.Outcome == outcome);
}
