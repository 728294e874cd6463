using BenchHarness.Gate.Export;
using BenchHarness.Gate.Verdicts;
using BenchHarness.Identity;
using BenchHarness.Reports.Charts;
using BenchHarness.Reports.Exporters;
using BenchHarness.Reports.Html;
using BenchHarness.Text;

namespace BenchHarness.Reports.Pages;

/// <summary>
/// The gate's HTML comparison page (gate.html), on the report's page layout (escaping writer, inline charts, no scripts): first the
/// outcome and the regressions, then a baseline-to-current slope chart per pattern and phase, then every verdict (the
/// decision rule once, each row its numbers) and pair check.
/// </summary>
public static class GatePage
{
    public static string Render(GateReport report)
    {
        var page = new HtmlPage($"Benchmark gate: {VerdictText.GateOutcomeWord(report.Outcome)}", idPrefix: "gate")
        {
            Subtitle = $"current {VerdictText.Run(report.Current)} against baseline {VerdictText.Run(report.Baseline)}",
            Footer = $"{report.Correction}-corrected, alpha {Numbers.PValue(report.Alpha)}, at least {report.MinimumProcesses} processes per side; config {report.ConfigSource}; rules in docs/gate.md",
            Lead = w => Lead(w, report),
        };
        foreach (string failure in report.Failed)
            page.AddBanner(BannerKind.Failure, "failed: ", failure);
        foreach (string difference in report.EnvironmentDifferences)
            page.AddBanner(BannerKind.Warning, "environment differs (allowed): ", difference);

        ChartSvg[] charts = ChartRendering.DrawAll(SlopeCharts(report));
        if (charts.Length > 0)
            page.AddSection("slopes", "Baseline to current", w =>
            {
                foreach (ChartSvg chart in charts)
                    w.Chart(chart, "Median time per operation of each benchmark in the baseline and the current run; colour: the gate's verdict.");
            });

        page.AddSection("benchmarks", "Benchmarks", w =>
        {
            w.Element("p", $"Decision rule: {VerdictText.Rule(report)} Each row gives the numbers the rule read.", ("class", "note"));
            BenchmarkTable(w, report, report.Benchmarks.OrderBy(b => Severity(b.Verdict)).ThenBy(b => b.Name, StringComparer.Ordinal));
        });

        if (report.PairChecks.Count > 0)
            page.AddSection("pair-checks", "Pair checks: contracts and erosion", w => PairCheckTable(w, report, report.PairChecks));

        AddList(page, "added", "New benchmarks (not gated)", report.Added);
        AddList(page, "removed", VerdictText.RemovedTitle, report.Removed);
        AddList(page, "baseline-failed", VerdictText.BaselineFailedTitle, report.BaselineFailed);
        AddList(page, "notes", "Notes", report.Notes);
        page.AddSection("reproduce", "Reproduce", w => w.Element("pre", string.Join('\n', report.Reproduce)));
        return page.Render();
    }

    /// <summary>The first screen: the outcome with its counts as badges, then the regressions themselves (or that there are none).</summary>
    private static void Lead(HtmlWriter w, GateReport report)
    {
        using (w.Open("div", ("class", "outcome"), ("id", "outcome")))
        {
            w.Element("strong", $"{VerdictText.GateOutcomeWord(report.Outcome)}:", ("class", $"verdict {OutcomeClass(report.Outcome)}"));
            foreach (ChangeVerdict verdict in new[] { ChangeVerdict.Slower, ChangeVerdict.Inconclusive, ChangeVerdict.Faster, ChangeVerdict.Same })
                Badge(w, report.Count(verdict), VerdictText.VerdictWord(verdict), VerdictText.VerdictWord(verdict));
            w.Text($"of {report.Benchmarks.Count} benchmarks");
            if (report.PairChecks.Count > 0)
            {
                Badge(w, report.Count(CheckOutcome.Fails), "check(s) failed", "slower");
                Badge(w, report.Count(CheckOutcome.Holds), "held", "same");
                if (report.Count(CheckOutcome.Inconclusive) > 0)
                    Badge(w, report.Count(CheckOutcome.Inconclusive), "inconclusive", "inconclusive");
            }
            var unjudged = new List<string>();
            if (report.Failed.Count > 0) unjudged.Add($"{report.Failed.Count} FAILED in the current run");
            if (report.Removed.Count > 0) unjudged.Add($"{report.Removed.Count} removed");
            if (report.BaselineFailed.Count > 0) unjudged.Add($"{report.BaselineFailed.Count} failed in the baseline");
            if (report.Added.Count > 0) unjudged.Add($"{report.Added.Count} new");
            foreach (string item in unjudged)
                w.Element("span", item, ("class", "badge caveat"));
        }

        BenchmarkVerdict[] slower = report.Benchmarks.Where(b => b.Verdict == ChangeVerdict.Slower).ToArray();
        PairCheckVerdict[] failed = report.PairChecks.Where(c => c.Outcome == CheckOutcome.Fails).ToArray();
        if (slower.Length + failed.Length == 0)
        {
            w.Element("p", report.Outcome == GateOutcome.Inconclusive
                ? "No regression shown, but not every benchmark or check was decided: the inconclusive rows below say what would decide them."
                : "No regression: no benchmark is slower beyond its threshold and no pair check fails.", ("class", "note"));
            return;
        }
        using (w.Open("div", ("id", "regressions")))
        {
            w.Element("h2", "Regressions");
            if (slower.Length > 0)
                BenchmarkTable(w, report, slower);
            if (failed.Length > 0)
                PairCheckTable(w, report, failed);
        }
    }

    /// <summary>A count as a badge, coloured by what it counts; a zero count is never loud.</summary>
    private static void Badge(HtmlWriter w, int count, string what, string tone) =>
        w.Element("span", $"{count} {what}", ("class", $"badge b-{(count == 0 ? "zero" : tone)}"));

    private static void BenchmarkTable(HtmlWriter w, GateReport report, IEnumerable<BenchmarkVerdict> benchmarks) => w.Table(new HtmlTable(
        ["verdict", "benchmark", "baseline", "current", $"ratio [{VerdictText.IntervalLabel(report)}]", "threshold", "samples", "the rule's numbers"],
        benchmarks.Select(b => (IReadOnlyList<HtmlCell>)
        [
            new HtmlCell(VerdictText.VerdictWord(b.Verdict), VerdictClass(b.Verdict)), b.Name,
            new HtmlCell(Numbers.Time(b.BaselineTimeNs), "num"), new HtmlCell(Numbers.Time(b.CurrentTimeNs), "num"),
            new HtmlCell(VerdictText.RatioWithInterval(b.Estimate), "num"),
            new HtmlCell(Numbers.Percent(b.ThresholdFraction), Title: $"{b.Threshold} ({b.ThresholdOrigin})"),
            b.Samples.ToString(),
            new HtmlCell(VerdictText.RuleNumbers(b, report), "note", b.Rule),
        ]).ToArray()));

    private static void PairCheckTable(HtmlWriter w, GateReport report, IEnumerable<PairCheckVerdict> checks) => w.Table(new HtmlTable(
        ["check", "outcome", "pair", "rule", $"estimate [{VerdictText.IntervalLabel(report)}]", "baseline speed-up", "current speed-up", "why"],
        checks.Select(c => (IReadOnlyList<HtmlCell>)
        [
            VerdictText.CheckKindWord(c.Kind), new HtmlCell(VerdictText.CheckOutcomeWord(c.Outcome), c.Outcome == CheckOutcome.Fails ? "slower" : null), c.Subject, c.Rule,
            new HtmlCell(c.Estimate is { } e ? VerdictText.RatioWithInterval(e) : "-", "num"),
            new HtmlCell(c.BaselineSpeedup is { } s ? Numbers.Ratio(s) : "-", "num"),
            new HtmlCell(c.CurrentSpeedup is { } t ? Numbers.Ratio(t) : "-", "num"),
            string.Join("; ", new[] { c.Explanation, c.Advice, c.Why }.Where(x => x is not null)),
        ]).ToArray()));

    /// <summary>Regressions first, then what is undecided, then the rest.</summary>
    private static int Severity(ChangeVerdict verdict) => verdict switch
    {
        ChangeVerdict.Slower => 0,
        ChangeVerdict.Inconclusive => 1,
        ChangeVerdict.Faster => 2,
        _ => 3,
    };

    private static string OutcomeClass(GateOutcome outcome) => outcome switch
    {
        GateOutcome.Regression => "slower",
        GateOutcome.Pass => "faster",
        _ => "unclear",
    };

    /// <summary>One slope chart per pattern and phase: every benchmark's median from baseline to current.</summary>
    private static IReadOnlyList<Func<ChartSvg>> SlopeCharts(GateReport report) =>
        report.Benchmarks
            .GroupBy(b => (b.PatternId, Phase: PhaseOf(b.Name)))
            .OrderBy(g => g.Key.PatternId, StringComparer.Ordinal).ThenBy(g => g.Key.Phase)
            .Select(g => (Func<ChartSvg>)(() => SlopeChart.Render(new SlopeChartSpec(
                $"{(g.Key.PatternId.Length > 0 ? g.Key.PatternId : "benchmarks")}{(g.Key.Phase.Words() is { } phase ? $" {phase}" : "")}",
                $"baseline {report.Baseline.RunId}", $"current {report.Current.RunId}",
                g.Select(b => new SlopeLine(Label(b), b.BaselineTimeNs, b.CurrentTimeNs, Direction(b.Verdict))).ToArray()))))
            .ToArray();

    private static CallPhase PhaseOf(string name) =>
        BenchmarkIdentity.TryParse(name, out BenchmarkIdentity identity) ? identity.Phase : CallPhase.Steady;

    private static string Label(BenchmarkVerdict verdict) =>
        BenchmarkIdentity.TryParse(verdict.FullName, out BenchmarkIdentity identity)
            ? $"{identity.Member} {identity.Mode} {identity.Device} {identity.Case}"
            : verdict.Name;

    private static EffectDirection Direction(ChangeVerdict verdict) => verdict switch
    {
        ChangeVerdict.Faster => EffectDirection.Faster,
        ChangeVerdict.Slower => EffectDirection.Slower,
        _ => EffectDirection.Unclear,
    };

    private static string? VerdictClass(ChangeVerdict verdict) => verdict switch
    {
        ChangeVerdict.Slower => "slower",
        ChangeVerdict.Faster => "faster",
        _ => null,
    };

    private static void AddList(HtmlPage page, string id, string heading, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
            return;
        page.AddSection(id, heading, w =>
        {
            using (w.Open("ul"))
                foreach (string item in items)
                    w.Element("li", item);
        });
    }
}
