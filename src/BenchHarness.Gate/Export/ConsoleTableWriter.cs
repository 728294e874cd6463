using BenchHarness.Gate.Thresholds;
using BenchHarness.Gate.Verdicts;
using BenchHarness.Text;

namespace BenchHarness.Gate.Export;

/// <summary>The console table: every benchmark and pair check, aligned, then the one-line summary.</summary>
public static class ConsoleTableWriter
{
    public static void Write(GateReport report, TextWriter console)
    {
        console.WriteLine($"baseline  {VerdictText.Run(report.Baseline)}");
        console.WriteLine($"current   {VerdictText.Run(report.Current)}");
        console.WriteLine($"rule      {VerdictText.Rule(report)} Config: {report.ConfigSource}");
        foreach (string difference in report.EnvironmentDifferences)
            console.WriteLine($"env       {difference} (allowed by --allow-env-mismatch)");
        console.WriteLine();

        WriteTable(console, ["verdict", "benchmark", "baseline", "current", $"ratio [{VerdictText.IntervalLabel(report)}]", "threshold", "p adj", "samples"],
            report.Benchmarks.Select(b => new[]
            {
                VerdictText.VerdictWord(b.Verdict), b.Name, Numbers.Time(b.BaselineTimeNs), Numbers.Time(b.CurrentTimeNs),
                VerdictText.RatioWithInterval(b.Estimate), $"{Numbers.Percent(b.ThresholdFraction)} ({b.Threshold})",
                Numbers.PValue(b.Estimate.AdjustedPValue), b.Samples.ToString(),
            }));
        if (report.PairChecks.Count > 0)
        {
            console.WriteLine();
            WriteTable(console, ["check", "outcome", "pair", $"estimate [{VerdictText.IntervalLabel(report)}]", "baseline", "rule"],
                report.PairChecks.Select(c => new[]
                {
                    VerdictText.CheckKindWord(c.Kind), VerdictText.CheckOutcomeWord(c.Outcome), c.Subject,
                    c.Estimate is { } e ? VerdictText.RatioWithInterval(e) : "-",
                    c.BaselineSpeedup is { } s ? Numbers.Ratio(s) : "-", c.Rule,
                }));
        }

        var reasons = report.Benchmarks.Where(b => b.Verdict != ChangeVerdict.Same)
            .Select(b => (Label: VerdictText.VerdictWord(b.Verdict), Subject: b.Name, Reason: b.Rule + (b.Advice is null ? "" : $"; {b.Advice}")))
            .Concat(report.PairChecks.Where(c => c.Outcome is CheckOutcome.Fails or CheckOutcome.Inconclusive)
                .Select(c => (Label: $"{VerdictText.CheckKindWord(c.Kind)} {VerdictText.CheckOutcomeWord(c.Outcome)}", Subject: c.Subject, Reason: c.Explanation + (c.Advice is null ? "" : $"; {c.Advice}"))));
        // One line per distinct reason when many verdicts share it (a smoke run's "one process" reason, for instance).
        WriteSection(console, "why", reasons.GroupBy(r => (r.Label, r.Reason)).Select(g => g.Count() == 1
            ? $"{g.Key.Label} {g.First().Subject}: {g.Key.Reason}"
            : $"{g.Key.Label} ({g.Count()}: {string.Join(", ", g.Take(2).Select(r => r.Subject))}{(g.Count() > 2 ? ", ..." : "")}): {g.Key.Reason}"));
        WriteSection(console, "new (not gated)", report.Added);
        WriteSection(console, VerdictText.RemovedTitle, report.Removed);
        WriteSection(console, VerdictText.BaselineFailedTitle, report.BaselineFailed);
        WriteSection(console, "FAILED in the current run", report.Failed);
        WriteSection(console, "notes", report.Notes);
        console.WriteLine();
        console.WriteLine(VerdictText.Summary(report));
    }

    private static void WriteSection(TextWriter console, string title, IEnumerable<string> lines)
    {
        string[] items = lines.ToArray();
        if (items.Length == 0)
            return;
        console.WriteLine();
        console.WriteLine($"{title}:");
        foreach (string line in items)
            console.WriteLine($"  {line}");
    }

    private static void WriteTable(TextWriter console, string[] header, IEnumerable<string[]> rows)
    {
        string[][] all = [header, .. rows];
        int[] widths = Enumerable.Range(0, header.Length).Select(i => all.Max(r => r[i].Length)).ToArray();
        foreach (string[] row in all)
            console.WriteLine(string.Join("  ", row.Select((cell, i) => i == row.Length - 1 ? cell : cell.PadRight(widths[i]))).TrimEnd());
    }
}
