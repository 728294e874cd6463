using BenchHarness.History.ChangePoints;
using BenchHarness.History.Series;
using BenchHarness.Reports.Charts;
using ScottPlot;

namespace BenchHarness.History.Pages;

/// <summary>What one trend chart shows: up to <see cref="HistoryLimits.LinesPerChart"/> series of one kind over the
/// machine's commits (the newest <see cref="HistoryLimits.CommitsPerChart"/>).</summary>
public sealed record TrendChartSpec(string Title, SeriesKind Kind, IReadOnlyList<string> Commits, IReadOnlyList<SeriesHistory> Series);

/// <summary>
/// Values over commits on a log axis, one line per series with each point's 95% interval; every change point is a
/// dashed line between the two commits it lies between, labelled with the commit it came in at, and a triangle on
/// the first point after it (vermillion: worse, blue: better), so a reader sees where and in which direction.
/// </summary>
public static class TrendChart
{
    // Okabe-Ito, as the report's colours, with black for its yellow (unreadable on white).
    private static readonly Color[] Palette =
        new[] { "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#999999" }.Select(hex => Color.FromHex(hex)).ToArray();

    public static ChartSvg Render(TrendChartSpec spec)
    {
        int first = Math.Max(0, spec.Commits.Count - HistoryLimits.CommitsPerChart);
        var position = spec.Commits.Select((c, i) => (c, i)).Skip(first).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        Plot plot = ChartFrame.Create(spec.Title);

        var shown = spec.Series.Take(HistoryLimits.LinesPerChart)
            .Select(s => (History: s, Points: s.Series.Points.Where(p => position.ContainsKey(p.Commit) && p.Estimate > 0).ToArray()))
            .ToArray();
        double[] values = shown.SelectMany(s => s.Points).SelectMany(p => new[] { p.Estimate, p.Lower, p.Upper }).Where(v => v > 0).ToArray();
        LogTicks.Scale scale = spec.Kind == SeriesKind.Time ? LogTicks.Time(values) : LogTicks.Ratio(values);
        plot.Axes.Left.TickGenerator = scale.Generator;
        plot.YLabel(spec.Kind == SeriesKind.Time ? "time per operation (log scale)" : "fix vs anti speed-up (log scale)");
        if (spec.Kind == SeriesKind.SpeedUp)
            ChartFrame.ReferenceAtOne(plot, vertical: false);
        CommitAxis(plot, spec.Commits, first);
        plot.Axes.SetLimits(first - 0.6, spec.Commits.Count - 0.4, scale.Min, scale.Max);

        var legend = new List<LegendItem>();
        var labelled = new HashSet<int>();
        int changes = 0;
        for (int line = 0; line < shown.Length; line++)
        {
            (SeriesHistory history, TrendPoint[] points) = shown[line];
            Color color = Palette[line % Palette.Length];
            double[] xs = points.Select(p => (double)position[p.Commit]).ToArray();
            double[] ys = points.Select(p => Math.Log10(p.Estimate)).ToArray();
            var scatter = plot.Add.ScatterLine(xs, ys, color);
            scatter.LineWidth = 1.5f;
            scatter.MarkerShape = MarkerShape.FilledCircle;
            scatter.MarkerSize = 5;
            plot.Add.Plottable(new ScottPlot.Plottables.ErrorBar(xs, ys, null, null,
                points.Select(p => Math.Max(0, Math.Log10(Math.Max(p.Upper, p.Estimate)) - Math.Log10(p.Estimate))).ToArray(),
                points.Select(p => Math.Max(0, Math.Log10(p.Estimate) - Math.Log10(Math.Clamp(p.Lower, double.Epsilon, p.Estimate)))).ToArray())
            {
                Color = color.WithAlpha(0.6),
                LineWidth = 1,
            });
            legend.Add(ChartFrame.LineEntry(SeriesLabel.Short(history.Series), color, LinePattern.Solid, MarkerShape.FilledCircle));

            foreach (ChangePoint change in history.Changes.Where(c => position.ContainsKey(c.FirstAfter)))
            {
                changes++;
                int x = position[change.FirstAfter];
                plot.Add.VerticalLine(x - 0.5, 1, color, LinePattern.Dashed);
                Color direction = change.IsRegression ? ChartColors.Slower : ChartColors.Faster;
                plot.Add.Markers(new[] { (double)x }, new[] { Math.Log10(change.After) },
                    change.Ratio > 1 ? MarkerShape.FilledTriangleUp : MarkerShape.FilledTriangleDown, 13, direction);
                if (!labelled.Add(x))
                    continue;
                var label = plot.Add.Text(CommitText.Short(change.FirstAfter), x - 0.45, scale.Max);
                label.LabelFontSize = 10;
                label.LabelFontColor = ChartColors.Text;
                label.LabelAlignment = Alignment.UpperLeft;
            }
        }
        legend.Add(ChartFrame.MarkerEntry("change: worse", ChartColors.Slower, MarkerShape.FilledTriangleUp));
        legend.Add(ChartFrame.MarkerEntry("change: better", ChartColors.Faster, MarkerShape.FilledTriangleDown));
        ChartFrame.LegendBelow(plot, legend);

        int height = 400 + 22 * ((legend.Count + 2) / 3);
        return ChartFrame.Render(plot, ChartFrame.Width, height,
            $"{spec.Title}: {shown.Length} series over {position.Count} commits on a log axis; {changes} change point(s) marked.");
    }

    /// <summary>Commit labels under the axis, at most about twelve, always including the newest.</summary>
    private static void CommitAxis(Plot plot, IReadOnlyList<string> commits, int first)
    {
        int count = commits.Count - first;
        int step = Math.Max(1, (int)Math.Ceiling(count / 12.0));
        var ticks = new SortedSet<int>();
        for (int i = commits.Count - 1; i >= first; i -= step)
            ticks.Add(i);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            ticks.Select(i => (double)i).ToArray(), ticks.Select(i => CommitText.Short(commits[i])).ToArray());
        plot.XLabel("commit (oldest left; measured order)");
    }
}

/// <summary>How many commits, lines and charts one page draws; the markdown and JSON list everything.</summary>
public static class HistoryLimits
{
    /// <summary>The newest commits a chart shows: 1,000 points a line would make a page of tens of megabytes.</summary>
    public const int CommitsPerChart = 120;

    /// <summary>Lines per chart: one colour each from an eight-colour palette.</summary>
    public const int LinesPerChart = 8;

    /// <summary>Charts per machine; the series past them are counted in a note.</summary>
    public const int ChartsPerMachine = 60;
}

/// <summary>Commit ids as people read them.</summary>
public static class CommitText
{
    /// <summary>The first 7 hex digits of a full commit id; other names (tags, "v1.2") as they are.</summary>
    public static string Short(string commit) =>
        commit.Length > 12 && commit.All(Uri.IsHexDigit) ? commit[..7] : commit;

    public static string Range(ChangePoint change) => $"{Short(change.LastBefore)}..{Short(change.FirstAfter)}";
}

/// <summary>A series' name within its pattern's chart: the pattern, said by the heading, left out.</summary>
public static class SeriesLabel
{
    public static string Short(TrendSeries series)
    {
        string name = series.Key.Name;
        string prefix = series.Key.Kind == SeriesKind.SpeedUp ? $"{series.Key.Pattern} Fix vs Anti" : $"{series.Key.Pattern}.";
        string rest = name.StartsWith(prefix, StringComparison.Ordinal) ? name[prefix.Length..].TrimStart(',', ' ') : name;
        return rest.Length == 0 ? name : rest;
    }
}
