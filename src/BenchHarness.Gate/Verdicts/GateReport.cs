namespace BenchHarness.Gate.Verdicts;

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
