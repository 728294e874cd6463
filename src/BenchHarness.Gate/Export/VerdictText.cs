using BenchHarness.Gate.Verdicts;
using BenchHarness.Text;

namespace BenchHarness.Gate.Export;

/// <summary>The words every exporter shows the same way, and the gate's texts built from <see cref="Numbers"/>.</summary>
public static class VerdictText
{
    /// <summary>"slower", "faster", "same", "inconclusive".</summary>
    public static string VerdictWord(ChangeVerdict verdict) => verdict.ToString().ToLowerInvariant();

    /// <summary>"holds", "FAILS", "inconclusive", "not measured".</summary>
    public static string CheckOutcomeWord(CheckOutcome outcome) => outcome switch
    {
        CheckOutcome.Holds => "holds",
        CheckOutcome.Fails => "FAILS",
        CheckOutcome.Inconclusive => "inconclusive",
        _ => "not measured",
    };

    /// <summary>"pass", "regression", "inconclusive".</summary>
    public static string GateOutcomeWord(GateOutcome outcome) => outcome switch
    {
        GateOutcome.Pass => "pass",
        GateOutcome.Regression => "regression",
        _ => "inconclusive",
    };

    /// <summary>"contract" or "erosion".</summary>
    public static string CheckKindWord(PairCheckKind kind) => kind == PairCheckKind.Contract ? "contract" : "erosion";

    /// <summary>"1.052x [1.031x, 1.074x]": <see cref="Numbers.RatioWithInterval"/> of an estimate.</summary>
    public static string RatioWithInterval(Estimate estimate) => Numbers.RatioWithInterval(estimate.Ratio, estimate.Lower, estimate.Upper);

    /// <summary>Section titles for what was not judged (each makes the outcome at least inconclusive).</summary>
    public const string RemovedTitle = "Removed benchmarks (not judged: the outcome is at least inconclusive)";

    public const string BaselineFailedTitle = "Failed in the baseline run (not judged: the outcome is at least inconclusive)";

    public static string Summary(GateReport report) => $"{GateOutcomeWord(report.Outcome)}: {Counts(report)}";

    /// <summary>"0 slower, 1 faster, ... of 24 benchmarks; pair checks: ...".</summary>
    public static string Counts(GateReport report) =>
        $"{report.Count(ChangeVerdict.Slower)} slower, {report.Count(ChangeVerdict.Faster)} faster, " +
        $"{report.Count(ChangeVerdict.Same)} same, {report.Count(ChangeVerdict.Inconclusive)} inconclusive of {report.Benchmarks.Count} benchmarks; " +
        $"pair checks: {report.Count(CheckOutcome.Fails)} failed, {report.Count(CheckOutcome.Holds)} held, {report.Count(CheckOutcome.Inconclusive)} inconclusive" +
        (report.Count(CheckOutcome.NotMeasured) > 0 ? $", {report.Count(CheckOutcome.NotMeasured)} not measured" : "") +
        (report.Added.Count + report.Removed.Count > 0 ? $"; {report.Added.Count} new, {report.Removed.Count} removed" : "") +
        (report.BaselineFailed.Count > 0 ? $"; {report.BaselineFailed.Count} baseline failure(s) not judged" : "") +
        (report.Failed.Count > 0 ? $"; {report.Failed.Count} FAILED in the current run" : "");

    /// <summary>"20261125-0830-ab12 (commit 113c89f153a6 on main; gate profile; machine)".</summary>
    public static string Run(RunReference run) =>
        $"{run.RunId} (commit {Numbers.Commit(run.Commit)} on {run.Branch}{(run.Dirty ? ", uncommitted changes" : "")}; {run.Profile} profile; {run.Machine})";

    /// <summary>Whether a benchmark verdict is a change worth showing in a quiet PR comment.</summary>
    public static bool IsChange(BenchmarkVerdict verdict) => verdict.Verdict is ChangeVerdict.Slower or ChangeVerdict.Faster;

    /// <summary>
    /// The level the report's intervals were computed at, as the estimates carry it; 1 - alpha, the level the
    /// comparer asks for, when there are none.
    /// </summary>
    public static double IntervalLevel(GateReport report) =>
        report.Benchmarks.Select(b => b.Estimate).Concat(report.PairChecks.Select(c => c.Estimate)).OfType<Estimate>()
            .Select(e => e.ConfidenceLevel).DefaultIfEmpty(1 - report.Alpha).First();

    /// <summary>"95% CI": <see cref="IntervalLevel"/> as a column heading.</summary>
    public static string IntervalLabel(GateReport report) => $"{Numbers.Percent(IntervalLevel(report))} CI";

    /// <summary>
    /// The numbers the <see cref="Rule"/> read for one benchmark, without the rule's words: "p 0.0012 < 0.05; upper
    /// 1.214x reaches 1.050x". The page states the rule once and each row its numbers.
    /// </summary>
    public static string RuleNumbers(BenchmarkVerdict b, GateReport report)
    {
        Estimate e = b.Estimate;
        double upper = 1 + b.ThresholdFraction, lower = 1 / upper;
        string alpha = Numbers.PValue(report.Alpha);
        string interval = Numbers.Interval(e.Lower, e.Upper), band = Numbers.Interval(lower, upper);
        string numbers = b.Verdict switch
        {
            _ when b.Samples.FewestProcesses < report.MinimumProcesses => $"{b.Samples.FewestProcesses} processes on a side, fewer than {report.MinimumProcesses}",
            ChangeVerdict.Slower => $"p {Numbers.PValue(e.AdjustedPValue)} < {alpha}; upper {Numbers.Ratio(e.Upper)} reaches {Numbers.Ratio(upper)}",
            ChangeVerdict.Faster => $"p {Numbers.PValue(e.AdjustedPValue)} < {alpha}; lower {Numbers.Ratio(e.Lower)} reaches {Numbers.Ratio(lower)}",
            ChangeVerdict.Same => $"{interval} inside {band}",
            _ when e.MinimumDetectableEffect > b.ThresholdFraction =>
                $"detects {Numbers.Percent(e.MinimumDetectableEffect)}, not {Numbers.Percent(b.ThresholdFraction)}",
            _ => $"p {Numbers.PValue(e.AdjustedPValue)}; {interval} reaches beyond {band}",
        };
        return b.Advice is null ? numbers : $"{numbers}; {b.Advice}";
    }

    /// <summary>The decision rule in one paragraph, with this report's numbers.</summary>
    public static string Rule(GateReport report)
    {
        string alpha = Numbers.PValue(report.Alpha), level = Numbers.Percent(IntervalLevel(report));
        return $"a benchmark is slower (faster) when current/baseline is significantly above (below) 1 after the {report.Correction} correction at " +
               $"alpha {alpha} and its {level} interval reaches the threshold; the same when the whole interval lies inside the threshold band and a " +
               $"change of the threshold would have been detected; inconclusive otherwise. At least {report.MinimumProcesses} processes per side" +
               (report.MeasuredTogether ? "; baseline and current were measured interleaved in one session, paired round by round" : "") + ".";
    }
}
