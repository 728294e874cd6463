using System.Net;
using System.Text;
using BenchHarness.Gate.Thresholds;
using BenchHarness.Gate.Verdicts;

namespace BenchHarness.Gate.Export;

/// <summary>
/// A self-contained HTML comparison page: outcome, both runs, every verdict and pair check with its rule. Every piece
/// of text from the result sets is HTML-encoded.
/// </summary>
public static class HtmlPageWriter
{
    /// <param name="charts">Optional inline SVG (already safe markup) placed after the summary, e.g. slope charts.</param>
    public static string Render(GateReport report, IReadOnlyList<string>? charts = null)
    {
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>");
        html.AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.AppendLine($"<title>{E($"Benchmark gate: {report.Current.RunId} vs {report.Baseline.RunId}")}</title>");
        html.AppendLine("<style>body{font-family:'DejaVu Sans',sans-serif;margin:2em;max-width:90em}table{border-collapse:collapse;margin:1em 0}" +
                        "td,th{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top;font-size:90%}" +
                        ".slower,.fails{background:#fdd}.faster{background:#dfd}.inconclusive{background:#ffd}.num{text-align:right;white-space:nowrap}</style>");
        html.AppendLine("</head><body>");
        html.AppendLine($"<h1>Benchmark gate: {E(VerdictText.Of(report.Outcome))}</h1>");
        html.AppendLine($"<p>{E(VerdictText.Summary(report))}</p>");
        html.AppendLine("<table>");
        Row(html, "th", "current", VerdictText.Run(report.Current));
        Row(html, "th", "baseline", VerdictText.Run(report.Baseline));
        Row(html, "th", "rule", $"{report.Correction}-corrected, alpha {report.Alpha.ToString(System.Globalization.CultureInfo.InvariantCulture)}, at least {report.MinimumProcesses} processes per side (docs/gate.md)");
        Row(html, "th", "config", report.ConfigSource);
        html.AppendLine("</table>");

        List(html, "Failed in the current run", report.Failed);
        List(html, "Environment differences (allowed)", report.EnvironmentDifferences);
        foreach (string chart in charts ?? [])
            html.AppendLine($"<figure>{chart}</figure>");

        html.AppendLine("<h2>Benchmarks</h2><table id=\"benchmarks\"><tr><th>verdict</th><th>benchmark</th><th>baseline</th><th>current</th><th>ratio [95% CI]</th><th>threshold</th><th>p adj</th><th>samples</th><th>why</th></tr>");
        foreach (BenchmarkVerdict b in report.Benchmarks)
            html.AppendLine($"<tr class=\"{VerdictText.Of(b.Verdict)}\"><td>{E(VerdictText.Of(b.Verdict))}</td><td>{E(b.Name)}</td>" +
                            $"<td class=\"num\">{E(TimeText.Format(b.BaselineMedianNs))}</td><td class=\"num\">{E(TimeText.Format(b.CurrentMedianNs))}</td>" +
                            $"<td class=\"num\">{E(VerdictText.RatioWithInterval(b.Estimate))}</td><td>{E($"{TimeText.Percent(b.ThresholdFraction)} ({b.Threshold}, {b.ThresholdOrigin})")}</td>" +
                            $"<td class=\"num\">{E(VerdictText.P(b.Estimate.AdjustedPValue))}</td><td>{E(b.Samples.ToString())}</td>" +
                            $"<td>{E(b.Rule)}{(b.Advice is null ? "" : $"<br><em>{E(b.Advice)}</em>")}</td></tr>");
        html.AppendLine("</table>");

        if (report.PairChecks.Count > 0)
        {
            html.AppendLine("<h2>Pair checks</h2><table id=\"pair-checks\"><tr><th>check</th><th>outcome</th><th>pair</th><th>rule</th><th>estimate [95% CI]</th><th>baseline speed-up</th><th>current speed-up</th><th>why</th></tr>");
            foreach (PairCheckVerdict c in report.PairChecks)
                html.AppendLine($"<tr class=\"{(c.Outcome == CheckOutcome.Fails ? "fails" : c.Outcome == CheckOutcome.Inconclusive ? "inconclusive" : "")}\">" +
                                $"<td>{E(VerdictText.Of(c.Kind))}</td><td>{E(VerdictText.Of(c.Outcome))}</td><td>{E(c.Subject)}</td><td>{E(c.Rule)}</td>" +
                                $"<td class=\"num\">{E(c.Estimate is { } e ? VerdictText.RatioWithInterval(e) : "-")}</td>" +
                                $"<td class=\"num\">{E(c.BaselineSpeedup is { } s ? TimeText.Ratio(s) + "x" : "-")}</td>" +
                                $"<td class=\"num\">{E(c.CurrentSpeedup is { } t ? TimeText.Ratio(t) + "x" : "-")}</td>" +
                                $"<td>{E(c.Explanation)}{(c.Advice is null ? "" : $"<br><em>{E(c.Advice)}</em>")}{(c.Why is null ? "" : $"<br>{E(c.Why)}")}</td></tr>");
            html.AppendLine("</table>");
        }

        List(html, "New benchmarks (not gated)", report.Added);
        List(html, "Removed benchmarks (not gated)", report.Removed);
        List(html, "Notes", report.Notes);
        html.AppendLine($"<h2>Reproduce</h2><pre>{E(string.Join('\n', report.Reproduce))}</pre>");
        html.AppendLine("</body></html>");
        return html.ToString();
    }

    private static void Row(StringBuilder html, string headerTag, string header, string value) =>
        html.AppendLine($"<tr><{headerTag}>{E(header)}</{headerTag}><td>{E(value)}</td></tr>");

    private static void List(StringBuilder html, string title, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
            return;
        html.AppendLine($"<h2>{E(title)}</h2><ul>");
        foreach (string item in items)
            html.AppendLine($"<li>{E(item)}</li>");
        html.AppendLine("</ul>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
