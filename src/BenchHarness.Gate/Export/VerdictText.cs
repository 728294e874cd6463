using System.Globalization;
using BenchHarness.Gate.Thresholds;
using BenchHarness.Gate.Verdicts;

namespace BenchHarness.Gate.Export;

/// <summary>The words and numbers every exporter shows the same way.</summary>
public static class VerdictText
{
    public static string Of(ChangeVerdict verdict) => verdict.ToString().ToLowerInvariant();

    public static string Of(CheckOutcome outcome) => outcome switch
    {
        CheckOutcome.Holds => "holds",
        CheckOutcome.Fails => "FAILS",
        CheckOutcome.Inconclusive => "inconclusive",
        _ => "not measured",
    };

    public static string Of(GateOutcome outcome) => outcome switch
    {
        GateOutcome.Pass => "pass",
        GateOutcome.Regression => "regression",
        _ => "inconclusive",
    };

    public static string Of(PairCheckKind kind) => kind == PairCheckKind.Contract ? "contract" : "erosion";

    /// <summary>"1.052 [1.031, 1.074]".</summary>
    public static string RatioWithInterval(Estimate estimate) =>
        $"{TimeText.Ratio(estimate.Ratio)} [{TimeText.Ratio(estimate.Lower)}, {TimeText.Ratio(estimate.Upper)}]";

    public static string P(double p) =>
        p < 0.0001 ? p.ToString("0.0e0", System.Globalization.CultureInfo.InvariantCulture) : p.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Section titles for what was not judged (each makes the outcome at least inconclusive).</summary>
    public const string RemovedTitle = "Removed benchmarks (not judged: the outcome is at least inconclusive)";

    public const string BaselineFailedTitle = "Failed in the baseline run (not judged: the outcome is at least inconclusive)";

    public static string Summary(GateReport report) => $"{Of(report.Outcome)}: {Counts(report)}";

    /// <summary>"0 slower, 1 faster, ... of 24 benchmarks; pair checks: ...".</summary>
    public static string Counts(GateReport report) =>
        $"{report.Count(ChangeVerdict.Slower)} slower, {report.Count(ChangeVerdict.Faster)} faster, " +
        $"{report.Count(ChangeVerdict.Same)} same, {report.Count(ChangeVerdict.Inconclusive)} inconclusive of {report.Benchmarks.Count} benchmarks; " +
        $"pair checks: {report.Count(CheckOutcome.Fails)} failed, {report.Count(CheckOutcome.Holds)} held, {report.Count(CheckOutcome.Inconclusive)} inconclusive" +
        (report.Count(CheckOutcome.NotMeasured) > 0 ? $", {report.Count(CheckOutcome.NotMeasured)} not measured" : "") +
        (report.Added.Count + report.Removed.Count > 0 ? $"; {report.Added.Count} new, {report.Removed.Count} removed" : "") +
        (report.BaselineFailed.Count > 0 ? $"; {report.BaselineFailed.Count} baseline failure(s) not judged" : "") +
        (report.Failed.Count > 0 ? $"; {report.Failed.Count} FAILED in the current run" : "");

    /// <summary>"run 20261125-0830-ab12 (commit 113c89f153a6 on main)".</summary>
    public static string Run(RunReference run) =>
        $"{run.RunId} (commit {Short(run.Commit)} on {run.Branch}{(run.Dirty ? ", uncommitted changes" : "")}; {run.Profile} profile; {run.Machine})";

    public static string Short(string commit) => commit.Length > 12 ? commit[..12] : commit;

    /// <summary>Whether a benchmark verdict is a change worth showing in a quiet PR comment.</summary>
    public static bool IsChange(BenchmarkVerdict verdict) => verdict.Verdict is ChangeVerdict.Slower or ChangeVerdict.Faster;

    /// <summary>"95% CI": the level every interval of the report was computed at (1 - alpha).</summary>
    public static string IntervalLabel(GateReport report) =>
        $"{((1 - report.Alpha) * 100).ToString("0.##", CultureInfo.InvariantCulture)}% CI";

    /// <summary>
    /// The numbers the <see cref="Rule"/> read for one benchmark, without the rule's words: "p 0.0012 < 0.05; upper
    /// 1.214 reaches 1.050". The page states the rule once and each row its numbers.
    /// </summary>
    public static string Numbers(BenchmarkVerdict b, GateReport report)
    {
        Estimate e = b.Estimate;
        double upper = 1 + b.ThresholdFraction, lower = 1 / upper;
        string alpha = report.Alpha.ToString(CultureInfo.InvariantCulture);
        string interval = $"[{TimeText.Ratio(e.Lower)}, {TimeText.Ratio(e.Upper)}]", band = $"[{TimeText.Ratio(lower)}, {TimeText.Ratio(upper)}]";
        string numbers = b.Verdict switch
        {
            _ when b.Samples.FewestProcesses < report.MinimumProcesses => $"{b.Samples.FewestProcesses} processes on a side, fewer than {report.MinimumProcesses}",
            ChangeVerdict.Slower => $"p {P(e.AdjustedPValue)} < {alpha}; upper {TimeText.Ratio(e.Upper)} reaches {TimeText.Ratio(upper)}",
            ChangeVerdict.Faster => $"p {P(e.AdjustedPValue)} < {alpha}; lower {TimeText.Ratio(e.Lower)} reaches {TimeText.Ratio(lower)}",
            ChangeVerdict.Same => $"{interval} inside {band}",
            _ when e.MinimumDetectableEffect > b.ThresholdFraction =>
                $"detects {TimeText.Percent(e.MinimumDetectableEffect)}, not {TimeText.Percent(b.ThresholdFraction)}",
            _ => $"p {P(e.AdjustedPValue)}; {interval} reaches beyond {band}",
        };
        return b.Advice is null ? numbers : $"{numbers}; {b.Advice}";
    }

    /// <summary>The decision rule in one paragraph, with this report's numbers.</summary>
    public static string Rule(GateReport report)
    {
        string alpha = report.Alpha.ToString(CultureInfo.InvariantCulture), level = IntervalLabel(report).Replace(" CI", "", StringComparison.Ordinal);
        return $"a benchmark is slower (faster) when current/baseline is significantly above (below) 1 after the {report.Correction} correction at " +
               $"alpha {alpha} and its {level} interval reaches the threshold; the same when the whole interval lies inside the threshold band and a " +
               $"change of the threshold would have been detected; inconclusive otherwise. At least {report.MinimumProcesses} processes per side" +
               (report.MeasuredTogether ? "; baseline and current were measured interleaved in one session, paired round by round" : "") + ".";
    }
}
