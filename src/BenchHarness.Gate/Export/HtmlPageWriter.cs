using System.Globalization;
using BenchHarness.Gate.Thresholds;
using BenchHarness.Gate.Verdicts;
using BenchHarness.Identity;
using BenchHarness.Reports.Charts;
using BenchHarness.Reports.Exporters;
using BenchHarness.Reports.Html;

namespace BenchHarness.Gate.Export;

/// <summary>
/// The HTML comparison page, on the report's page layout (escaping writer, inline charts, no scripts): outcome, both
/// runs, a baseline-to-current slope chart per pattern and phase, every verdict and pair check with its rule.
/// </summary>
public static class HtmlPageWriter
{
    public static string Render(GateReport report)
    {
        var page = new HtmlPage($"Benchmark gate: {VerdictText.Of(report.Outcome)}", idPrefix: "gate")
        {
            Subtitle = $"current {VerdictText.Run(report.Current)} against baseline {VerdictText.Run(report.Baseline)}",
            Footer = $"{report.Correction}-corrected, alpha {report.Alpha.ToString(CultureInfo.InvariantCulture)}, at least {report.MinimumProcesses} processes per side; config {report.ConfigSource}; rules in docs/gate.md",
        };
        page.AddBanner(report.Outcome switch
        {
            GateOutcome.Regression => BannerKind.Failure,
            GateOutcome.Inconclusive => BannerKind.Warning,
            _ => BannerKind.Info,
        }, VerdictText.Of(report.Outcome) + ": ", VerdictText.Counts(report));
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

        page.AddSection("benchmarks", "Benchmarks", w => w.Table(new HtmlTable(
            ["verdict", "benchmark", "baseline", "current", $"ratio [{VerdictText.IntervalLabel(report)}]", "threshold", "p adj", "samples", "why"],
            report.Benchmarks.Select(b => (IReadOnlyList<HtmlCell>)
            [
                new HtmlCell(VerdictText.Of(b.Verdict), VerdictClass(b.Verdict)), b.Name,
                new HtmlCell(TimeText.Format(b.BaselineTimeNs), "num"), new HtmlCell(TimeText.Format(b.CurrentTimeNs), "num"),
                new HtmlCell(VerdictText.RatioWithInterval(b.Estimate), "num"),
                $"{TimeText.Percent(b.ThresholdFraction)} ({b.Threshold}, {b.ThresholdOrigin})",
                new HtmlCell(VerdictText.P(b.Estimate.AdjustedPValue), "num"), b.Samples.ToString(),
                b.Advice is null ? b.Rule : $"{b.Rule}; {b.Advice}",
            ]).ToArray())));

        if (report.PairChecks.Count > 0)
            page.AddSection("pair-checks", "Pair checks: contracts and erosion", w => w.Table(new HtmlTable(
                ["check", "outcome", "pair", "rule", $"estimate [{VerdictText.IntervalLabel(report)}]", "baseline speed-up", "current speed-up", "why"],
                report.PairChecks.Select(c => (IReadOnlyList<HtmlCell>)
                [
                    VerdictText.Of(c.Kind), new HtmlCell(VerdictText.Of(c.Outcome), c.Outcome == CheckOutcome.Fails ? "slower" : null), c.Subject, c.Rule,
                    new HtmlCell(c.Estimate is { } e ? VerdictText.RatioWithInterval(e) : "-", "num"),
                    new HtmlCell(c.BaselineSpeedup is { } s ? TimeText.Ratio(s) + "x" : "-", "num"),
                    new HtmlCell(c.CurrentSpeedup is { } t ? TimeText.Ratio(t) + "x" : "-", "num"),
                    string.Join("; ", new[] { c.Explanation, c.Advice, c.Why }.Where(x => x is not null)),
                ]).ToArray())));

        AddList(page, "added", "New benchmarks (not gated)", report.Added);
        AddList(page, "removed", VerdictText.RemovedTitle, report.Removed);
        AddList(page, "baseline-failed", VerdictText.BaselineFailedTitle, report.BaselineFailed);
        AddList(page, "notes", "Notes", report.Notes);
        page.AddSection("reproduce", "Reproduce", w => w.Element("pre", string.Join('\n', report.Reproduce)));
        return page.Render();
    }

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
