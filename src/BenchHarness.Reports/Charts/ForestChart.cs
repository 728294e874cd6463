using ScottPlot;

namespace BenchHarness.Reports.Charts;

/// <summary>One estimate on a forest plot: a row label, the speed-up and its interval, and an optional series.</summary>
/// <param name="Series">Points of different series share a row, side by side (e.g. "Anti" and "Fix").</param>
public sealed record ForestPoint(string Row, RatioInterval Ratio, string Series = "");

/// <param name="Subject">What the speed-up is of, for the legend ("fix" faster / slower).</param>
/// <param name="AxisLabel">What the ratio is, under the axis.</param>
public sealed record ForestChartSpec(
    string Title,
    string Subject,
    string AxisLabel,
    IReadOnlyList<ForestPoint> Points);

/// <summary>
/// Speed-ups with intervals on a log axis, one row per comparison, coloured by which side of 1x the interval lies:
/// the fix-vs-anti forest plot, and (with a series per member) the graph-vs-eager chart.
/// </summary>
public static class ForestChart
{
    private static readonly MarkerShape[] SeriesShapes =
        [MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledDiamond, MarkerShape.FilledTriangleUp];

    public static ChartSvg Render(ForestChartSpec spec)
    {
        ForestPoint[] points = spec.Points.Where(p => p.Ratio.IsFinitePositive).ToArray();
        string[] rows = points.Select(p => p.Row).Distinct().ToArray();
        string[] series = points.Select(p => p.Series).Distinct().ToArray();

        Plot plot = ChartFrame.Create(spec.Title);
        double[] rowY = ChartFrame.Rows(plot, rows);
        LogTicks.Scale scale = LogTicks.Ratio(points.SelectMany(p => new[] { p.Ratio.Lower, p.Ratio.Upper }));
        plot.Axes.Bottom.TickGenerator = scale.Generator;
        plot.Axes.SetLimitsX(scale.Min, scale.Max);
        plot.XLabel(spec.AxisLabel);
        ChartFrame.ReferenceAtOne(plot);

        foreach (var group in points.GroupBy(p => (p.Ratio.Direction, p.Series)))
        {
            int seriesIndex = Array.IndexOf(series, group.Key.Series);
            double offset = series.Length == 1 ? 0 : (seriesIndex - (series.Length - 1) / 2.0) * (0.6 / series.Length);
            ForestPoint[] members = group.ToArray();
            ChartFrame.Intervals(plot,
                members.Select(p => rowY[Array.IndexOf(rows, p.Row)] - offset).ToArray(),
                members.Select(p => Math.Log10(p.Ratio.Estimate)).ToArray(),
                members.Select(p => Math.Log10(p.Ratio.Lower)).ToArray(),
                members.Select(p => Math.Log10(p.Ratio.Upper)).ToArray(),
                ChartColors.For(group.Key.Direction),
                SeriesShapes[seriesIndex % SeriesShapes.Length]);
        }

        var legend = new List<LegendItem>
        {
            ChartFrame.MarkerEntry($"{spec.Subject} faster (interval above 1x)", ChartColors.Faster),
            ChartFrame.MarkerEntry($"{spec.Subject} slower (interval below 1x)", ChartColors.Slower),
            ChartFrame.MarkerEntry("interval includes 1x", ChartColors.Unclear),
        };
        if (series.Length > 1)
            legend.AddRange(series.Select((name, i) => ChartFrame.MarkerEntry(name, ChartColors.Text, SeriesShapes[i % SeriesShapes.Length])));
        ChartFrame.LegendBelow(plot, legend);

        int height = ChartFrame.HeightForRows(rows.Length, rowHeight: series.Length > 1 ? 34 : 28);
        return ChartFrame.Render(plot, ChartFrame.Width, height,
            $"{spec.Title}: {points.Length} speed-ups with intervals on a log axis, reference line at 1x.");
    }
}
