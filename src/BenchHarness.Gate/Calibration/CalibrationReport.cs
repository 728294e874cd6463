using System.Globalization;
using System.Text;
using BenchHarness.Analysis.Statistics;
using BenchHarness.Gate.Thresholds;
using BenchHarness.Gate.Verdicts;
using BenchHarness.Text;

namespace BenchHarness.Gate.Calibration;

/// <summary>The calibration as markdown (printed, and written with --markdown for docs/calibration/).</summary>
public static class CalibrationReport
{
    public static string Render(CalibrationResult result, string settings)
    {
        var md = new StringBuilder();
        md.AppendLine($"Calibration, {result.Profile} profile: {result.Trials.Count} trials, {result.Method}; {settings}.");
        md.AppendLine();
        Proportion alarms = Proportion.Of(result.Alarms, result.AACount);
        Proportion trials = Proportion.Of(result.TrialsWithAlarm, result.Trials.Count);
        md.AppendLine("| A/A verdicts | slower | faster | same | inconclusive | false alarms [95% CI] | trials with any alarm [95% CI] | failed pair checks (all trials) |");
        md.AppendLine("|---:|---:|---:|---:|---:|---|---|---:|");
        md.AppendLine($"| {result.AACount} | {result.Count(ChangeVerdict.Slower)} | {result.Count(ChangeVerdict.Faster)} | {result.Count(ChangeVerdict.Same)} | " +
                      $"{result.Count(ChangeVerdict.Inconclusive)} | {Rate(alarms)} | {result.TrialsWithAlarm}/{result.Trials.Count}, {Rate(trials)} | {result.FailedChecks} |");
        md.AppendLine();
        md.AppendLine($"Precision (A/A verdicts): median interval x/÷{Factor(result.MedianIntervalFactor)}; median smallest change detected after the correction " +
                      $"{(double.IsNaN(result.MedianDetectableChange) ? "-" : Numbers.Percent(result.MedianDetectableChange))}.");
        if (result.Detection.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("| planted | trials | caught (slower) [95% CI] | missed: same | missed: inconclusive | wrong way (faster) |");
            md.AppendLine("|---:|---:|---|---:|---:|---:|");
            foreach (DetectionRow row in result.Detection)
                md.AppendLine($"| {Numbers.Change(row.Factor)} | {row.Planted} | {row.Caught}, {Rate(Proportion.Of(row.Caught, row.Planted))} | " +
                              $"{row.Missed.GetValueOrDefault(ChangeVerdict.Same)} | {row.Missed.GetValueOrDefault(ChangeVerdict.Inconclusive)} | " +
                              $"{row.Missed.GetValueOrDefault(ChangeVerdict.Faster)} |");
            md.AppendLine();
            md.AppendLine($"Smallest planted slowdown caught in at least 95% of its trials: {Smallest(result.SmallestCaught(0.95))}; in at least 80%: {Smallest(result.SmallestCaught(0.80))}.");
        }
        return md.ToString();
    }

    private static string Smallest(double? factor) => factor is { } f ? Numbers.Change(f) : "none of those planted";

    private static string Factor(double factor) => double.IsNaN(factor) ? "-" : Numbers.Plain(factor, "0.000");

    private static string Rate(Proportion p) => p.Trials == 0 ? "-" :
        $"{Numbers.Percent(p.Rate)} [{Numbers.Percent(p.Interval.Lower)}, {Numbers.Percent(p.Interval.Upper)}]";
}
