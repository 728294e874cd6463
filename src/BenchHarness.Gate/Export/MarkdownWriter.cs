using System.Globalization;
using System.Text;
using BenchHarness.Gate.Thresholds;
using BenchHarness.Gate.Verdicts;
using BenchHarness.Text;

namespace BenchHarness.Gate.Export;

/// <summary>
/// Markdown for a pull-request comment or <c>$GITHUB_STEP_SUMMARY</c>: which baseline was compared, the outcome, and
/// only what changed (or everything with <c>all</c>); the rest folded away, with the commands that reproduce it.
/// </summary>
public static class MarkdownWriter
{
    public static string Render(GateReport report, bool all)
    {
        var md = new StringBuilder();
        md.AppendLine($"## {Icon(report)} Benchmark gate: {VerdictText.GateOutcomeWord(report.Outcome)}");
        md.AppendLine();
        md.AppendLine($"Compared **current** {Run(report.Current)} against **baseline** {Run(report.Baseline)}, " +
                      $"{Inline(report.Current.Profile)} profile on {Code(report.Current.Machine)}.");
        md.AppendLine();
        md.AppendLine($"{VerdictText.Summary(report)}.");
        md.AppendLine();
        md.AppendLine($"<sub>Rule: {Inline(VerdictText.Rule(report))} Config: {Code(report.ConfigSource)}. See docs/gate.md.</sub>");
        md.AppendLine();

        if (report.Failed.Count > 0)
            Section(md, "Failed in the current run (the gate cannot judge these)", report.Failed.Select(Inline));
        if (report.EnvironmentDifferences.Count > 0)
            Section(md, "Environment differences (allowed by --allow-env-mismatch)", report.EnvironmentDifferences.Select(Inline));

        BenchmarkVerdict[] shown = report.Benchmarks.Where(b => all || VerdictText.IsChange(b)).ToArray();
        PairCheckVerdict[] checks = report.PairChecks.Where(c => all || c.Outcome == CheckOutcome.Fails).ToArray();
        if (shown.Length > 0)
        {
            md.AppendLine(all ? "### Benchmarks" : "### What changed");
            md.AppendLine();
            BenchmarkTable(md, shown, VerdictText.IntervalLabel(report));
        }
        else if (!all)
        {
            md.AppendLine("No benchmark changed beyond its threshold.");
            md.AppendLine();
        }
        if (checks.Length > 0)
        {
            md.AppendLine(all ? "### Pair checks" : "### Failed pair checks");
            md.AppendLine();
            CheckTable(md, checks, VerdictText.IntervalLabel(report));
        }

        if (!all)
        {
            BenchmarkVerdict[] inconclusive = report.Benchmarks.Where(b => b.Verdict == ChangeVerdict.Inconclusive).ToArray();
            PairCheckVerdict[] undecided = report.PairChecks.Where(c => c.Outcome == CheckOutcome.Inconclusive).ToArray();
            if (inconclusive.Length + undecided.Length > 0)
            {
                md.AppendLine($"<details><summary>{inconclusive.Length} inconclusive benchmark(s), {undecided.Length} inconclusive pair check(s)</summary>");
                md.AppendLine();
                if (inconclusive.Length > 0)
                    BenchmarkTable(md, inconclusive, VerdictText.IntervalLabel(report));
                if (undecided.Length > 0)
                    CheckTable(md, undecided, VerdictText.IntervalLabel(report));
                md.AppendLine("</details>");
                md.AppendLine();
            }
        }

        if (report.Added.Count > 0)
            Section(md, "New benchmarks (not gated)", report.Added.Select(a => Code(a)));
        if (report.Removed.Count > 0)
            Section(md, VerdictText.RemovedTitle, report.Removed.Select(r => Code(r)));
        if (report.BaselineFailed.Count > 0)
            Section(md, VerdictText.BaselineFailedTitle, report.BaselineFailed.Select(Inline));
        if (report.Notes.Count > 0)
            Section(md, "Notes", report.Notes.Select(Inline));

        md.AppendLine("<details><summary>Reproduce</summary>");
        md.AppendLine();
        md.Append(MarkdownText.CodeBlock(report.Reproduce, "bash"));
        md.AppendLine("</details>");
        return md.ToString();
    }

    private static void BenchmarkTable(StringBuilder md, IEnumerable<BenchmarkVerdict> verdicts, string interval)
    {
        md.AppendLine($"| verdict | benchmark | baseline | current | ratio [{interval}] | threshold | p adj | samples | why |");
        md.AppendLine("|---|---|---:|---:|---|---|---:|---|---|");
        foreach (BenchmarkVerdict b in verdicts)
            md.AppendLine($"| {VerdictText.VerdictWord(b.Verdict)} | {Code(b.Name, inTable: true)} | {Numbers.Time(b.BaselineTimeNs)} | {Numbers.Time(b.CurrentTimeNs)} | " +
                          $"{VerdictText.RatioWithInterval(b.Estimate)} | {Numbers.Percent(b.ThresholdFraction)} ({Inline(b.Threshold)}, {Inline(b.ThresholdOrigin)}) | " +
                          $"{Numbers.PValue(b.Estimate.AdjustedPValue)} | {b.Samples} | {Inline(b.Rule)}{(b.Advice is null ? "" : $"; {Inline(b.Advice)}")} |");
        md.AppendLine();
    }

    private static void CheckTable(StringBuilder md, IEnumerable<PairCheckVerdict> checks, string interval)
    {
        md.AppendLine($"| check | outcome | pair | rule | estimate [{interval}] | baseline speed-up | why |");
        md.AppendLine("|---|---|---|---|---|---:|---|");
        foreach (PairCheckVerdict c in checks)
            md.AppendLine($"| {VerdictText.CheckKindWord(c.Kind)} | {VerdictText.CheckOutcomeWord(c.Outcome)} | {Inline(c.Subject)} | {Inline(c.Rule)} | " +
                          $"{(c.Estimate is { } e ? VerdictText.RatioWithInterval(e) : "-")} | {(c.BaselineSpeedup is { } s ? Numbers.Ratio(s) : "-")} | " +
                          $"{Inline(c.Explanation)}{(c.Advice is null ? "" : $"; {Inline(c.Advice)}")}{(c.Why is null ? "" : $" ({Inline(c.Why)})")} |");
        md.AppendLine();
    }

    /// <summary>A titled list of items already in markdown.</summary>
    private static void Section(StringBuilder md, string title, IEnumerable<string> items)
    {
        md.AppendLine($"**{title}**");
        md.AppendLine();
        foreach (string item in items)
            md.AppendLine($"- {item}");
        md.AppendLine();
    }

    /// <summary>"`run-id` (commit `0123456789ab` on `main`)", every field from the result set shown verbatim.</summary>
    private static string Run(RunReference run) =>
        $"{Code(run.RunId)} (commit {Code(Numbers.Commit(run.Commit))} on {Code(run.Branch)})";

    private static string Inline(string text) => MarkdownText.Inline(text);

    private static string Code(string text, bool inTable = false) => MarkdownText.Code(text, inTable);

    private static string Icon(GateReport report) => report.Failed.Count > 0 ? ":x:" : report.Outcome switch
    {
        GateOutcome.Pass => ":white_check_mark:",
        GateOutcome.Regression => ":x:",
        _ => ":warning:",
    };
}
