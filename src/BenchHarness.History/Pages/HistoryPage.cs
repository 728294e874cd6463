using System.Globalization;
using BenchHarness.History.ChangePoints;
using BenchHarness.History.Series;
using BenchHarness.Reports.Charts;
using BenchHarness.Reports.Exporters;
using BenchHarness.Reports.Html;
using BenchHarness.Reports.Model;
using BenchHarness.Text;

namespace BenchHarness.History.Pages;

/// <summary>
/// The history page, on the report's layout (escaping writer, inline ScottPlot SVG, no script): the latest changes
/// first, then per machine and profile, per pattern, the trend of every pair speed-up and every benchmark time over
/// commits with each point's interval and the change points marked, and a table of every series' changes.
/// </summary>
public static class HistoryPage
{
    public const string FileName = "index.html";

    public static string Render(HistoryReport report)
    {
        var page = new HtmlPage($"Benchmark history: {report.Branch}", idPrefix: "history")
        {
            Subtitle = string.Create(CultureInfo.InvariantCulture,
                $"{report.Runs:N0} runs of branch {report.Branch} on {report.Machines.Count} machine(s) and profile(s), from the store {report.StorePath}"),
            Footer = $"Change points: {Method(report.Settings)}. Every interval is the run's own 95% interval (docs/history.md).",
        };
        var standing = report.StandingRegressions;
        if (standing.Count > 0)
            page.AddBanner(BannerKind.Failure, "regressed: ",
                $"{standing.Count} series stand worse than before their newest change; the first: {Describe(standing[0].Series)}.");
        if (report.Machines.Any(m => m.Series.Any(s => s.Series.Points.Any(p => p.SingleProcess))))
            page.AddBanner(BannerKind.Warning, "single process: ",
                "some points come from runs with one process per benchmark (smoke profile): their intervals omit between-process noise.");

        var latest = report.Machines.SelectMany(m => m.ChangesNewestFirst().Select(c => (Machine: m, c.Series, c.Change)))
            .Take(HistoryReport.LatestChanges).ToArray();
        page.AddSection("latest", "Latest changes", w =>
        {
            if (latest.Length == 0)
            {
                w.Element("p", "No change point in any series: every trend is flat within its noise.");
                return;
            }
            w.Table(new HtmlTable(["commits", "machine", "pattern", "series", "kind", "before", "after", "change [95%]", "meaning"],
                latest.Select(x => (IReadOnlyList<HtmlCell>)
                [
                    new HtmlCell(CommitText.Range(x.Change), "mono", x.Change.CommitRange), x.Machine.Machine.ToString(), x.Series.Series.Key.Pattern,
                    SeriesLabel.Short(x.Series.Series), ChangeText.Kind(x.Series.Series.Key.Kind),
                    new HtmlCell(ChangeText.Value(x.Series.Series.Key.Kind, x.Change.Before), "num"),
                    new HtmlCell(ChangeText.Value(x.Series.Series.Key.Kind, x.Change.After), "num"),
                    new HtmlCell(ChangeText.Change(x.Change), "num"),
                    new HtmlCell(ChangeText.Meaning(x.Series.Series.Key.Kind, x.Change), x.Change.IsRegression ? "slower" : "faster"),
                ]).ToArray(),
                Caption: $"The newest {latest.Length} change point(s), newest first; a change lies in the commits after the first and up to the second."));
        });

        int index = 0;
        foreach (MachineHistory machine in report.Machines)
        {
            var groups = ChartGroups(machine).ToArray();
            ChartSvg[] charts = ChartRendering.DrawAll(groups.Take(HistoryLimits.ChartsPerMachine)
                .Select(g => (Func<ChartSvg>)(() => TrendChart.Render(g.Spec))).ToArray());
            page.AddSection($"machine-{++index}", machine.Machine.ToString(), w =>
            {
                w.Element("p", string.Create(CultureInfo.InvariantCulture,
                    $"{machine.Commits.Count:N0} commits, {machine.Series.Count:N0} series; machine fingerprint {machine.Machine.Fingerprint}.") +
                    (machine.Commits.Count > HistoryLimits.CommitsPerChart
                        ? string.Create(CultureInfo.InvariantCulture, $" Charts show the newest {HistoryLimits.CommitsPerChart} commits; history.md and history.json hold all.")
                        : ""), ("class", "note"));
                string? pattern = null;
                for (int c = 0; c < charts.Length; c++)
                {
                    if (groups[c].Pattern != pattern)
                    {
                        pattern = groups[c].Pattern;
                        w.Element("h3", pattern);
                        ChangesTable(w, machine.Series.Where(s => s.Series.Key.Pattern == pattern && s.Changes.Count > 0).ToArray());
                    }
                    w.Chart(charts[c], groups[c].Caption);
                }
                if (groups.Length > charts.Length)
                    w.Element("p", string.Create(CultureInfo.InvariantCulture,
                        $"{groups.Length - charts.Length} more chart(s) not drawn (at most {HistoryLimits.ChartsPerMachine} per machine); history.md lists their changes."), ("class", "note"));
            });
        }
        return page.Render();
    }

    /// <summary>The method in one phrase, for footers and headers.</summary>
    public static string Method(DetectionSettings settings) =>
        string.Create(CultureInfo.InvariantCulture,
            $"PELT with a normal-mean cost (Killick, Fearnhead and Eckley 2012), penalty {(settings.Penalty is { } p ? p.ToString("0.##", CultureInfo.InvariantCulture) : "3 ln n (modified BIC)")}, at least {settings.MinimumSegment} commits a segment, changes under {Numbers.Percent(settings.MinimumChange)} merged");

    public static string Describe(SeriesHistory series) =>
        $"{series.Series.Key.Name} ({ChangeText.Kind(series.Series.Key.Kind)}) {ChangeText.Meaning(series.Series.Key.Kind, series.Changes[^1])} " +
        $"{ChangeText.Change(series.Changes[^1])} at {CommitText.Range(series.Changes[^1])}";

    private sealed record ChartGroup(string Pattern, TrendChartSpec Spec, string Caption);

    /// <summary>Per pattern: the speed-ups, then the times, in charts of at most eight lines.</summary>
    private static IEnumerable<ChartGroup> ChartGroups(MachineHistory machine)
    {
        foreach (IGrouping<string, SeriesHistory> pattern in machine.Series.GroupBy(s => s.Series.Key.Pattern).OrderBy(g => g.Key, StringComparer.Ordinal))
            foreach (SeriesKind kind in new[] { SeriesKind.SpeedUp, SeriesKind.Time })
            {
                SeriesHistory[] series = pattern.Where(s => s.Series.Key.Kind == kind).ToArray();
                int parts = (series.Length + HistoryLimits.LinesPerChart - 1) / HistoryLimits.LinesPerChart;
                for (int part = 0; part < parts; part++)
                {
                    string title = $"{pattern.Key}: {(kind == SeriesKind.SpeedUp ? "fix vs anti speed-ups" : "times")}{(parts > 1 ? $" ({part + 1} of {parts})" : "")}";
                    yield return new ChartGroup(pattern.Key,
                        new TrendChartSpec(title, kind, machine.Commits, series.Skip(part * HistoryLimits.LinesPerChart).Take(HistoryLimits.LinesPerChart).ToArray()),
                        kind == SeriesKind.SpeedUp
                            ? "Anti time / fix time per commit, with each run's 95% interval; above 1x the fix is faster. Dashed: a change point, labelled with the commit it came in at."
                            : "Time per operation per commit (geometric mean of each process's fastest iteration), with each run's 95% interval. Dashed: a change point.");
                }
            }
    }

    private static void ChangesTable(HtmlWriter w, IReadOnlyList<SeriesHistory> series)
    {
        if (series.Count == 0)
            return;
        w.Table(new HtmlTable(["series", "kind", "commits", "before", "after", "change [95%]", "meaning"],
            series.SelectMany(s => s.Changes.Select(c => (IReadOnlyList<HtmlCell>)
            [
                SeriesLabel.Short(s.Series), ChangeText.Kind(s.Series.Key.Kind), new HtmlCell(CommitText.Range(c), "mono", c.CommitRange),
                new HtmlCell(ChangeText.Value(s.Series.Key.Kind, c.Before), "num"), new HtmlCell(ChangeText.Value(s.Series.Key.Kind, c.After), "num"),
                new HtmlCell(ChangeText.Change(c), "num"),
                new HtmlCell(ChangeText.Meaning(s.Series.Key.Kind, c), c.IsRegression ? "slower" : "faster"),
            ])).Take(ReportLimits.TableRows).ToArray(),
            Caption: "Change points of this pattern's series, oldest first."));
    }
}
