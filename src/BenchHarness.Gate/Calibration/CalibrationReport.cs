using System.Globalization;
using System.Text;
using BenchHarness.Gate.Thresholds;
using BenchHarness.Gate.Verdicts;

namespace BenchHarness.Gate.Calibration;

/// <summary>The calibration as a markdown table (printed, and written with --markdown for docs/gate.md).</summary>
public static class CalibrationReport
{
    public static string Render(CalibrationResult result, string settings)
    {
        var md = new StringBuilder();
        md.AppendLine($"Calibration: {result.Runs.Count} {result.Profile}-profile runs of the same code ({result.BenchmarksPerRun} benchmarks each), " +
                      $"{result.AA.Comparisons} A/A comparisons; {settings}.");
        md.AppendLine();
        md.AppendLine("| current x | comparisons | slower | faster | same | inconclusive | comparisons with any alarm | failed pair checks | median detectable change |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (CalibrationRow row in result.Planted.Prepend(result.AA))
        {
            md.AppendLine($"| {row.Factor.ToString("0.00", CultureInfo.InvariantCulture)}{(row.Factor == 1 ? " (A/A)" : "")} | {row.Comparisons} | " +
                          $"{Share(row, ChangeVerdict.Slower)} | {Share(row, ChangeVerdict.Faster)} | {Share(row, ChangeVerdict.Same)} | {Share(row, ChangeVerdict.Inconclusive)} | " +
                          $"{row.ComparisonsWithAlarm}/{row.Comparisons} | {row.FailedChecks} | " +
                          $"{(double.IsNaN(row.MedianDetectableEffect) ? "-" : TimeText.Percent(row.MedianDetectableEffect))} |");
        }
        md.AppendLine();
        md.AppendLine($"False alarms (A/A): {Percent(result.AA.AlarmRate)} of benchmark verdicts; {result.AA.ComparisonsWithAlarm} of {result.AA.Comparisons} comparisons raised any alarm.");
        md.AppendLine(result.SmallestReliablyDetected is { } factor
            ? $"Smallest planted slowdown called slower in at least 80% of benchmark comparisons: {TimeText.Change(factor)}."
            : "No planted slowdown was called slower in 80% of benchmark comparisons: measure more processes (docs/gate.md).");
        return md.ToString();
    }

    private static string Share(CalibrationRow row, ChangeVerdict verdict) =>
        $"{row.Count(verdict)} ({Percent(row.Benchmarks == 0 ? 0 : row.Count(verdict) / (double)row.Benchmarks)})";

    private static string Percent(double fraction) => (fraction * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
