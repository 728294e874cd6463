using ScottPlot;

namespace BenchHarness.Reports.Charts;

/// <summary>Every measured iteration of one benchmark (time per operation), and its median.</summary>
public sealed record DistributionRow(string Label, SeriesStyle Style, IReadOnlyList<double> ValuesNs, double MedianNs);

public sealed record DistributionChartSpec(string Title, IReadOnlyList<DistributionRow> Rows);

/// <summary>
/// A strip plot: one row per benchmark, every iteration as a dot on a log time axis and the median as a bar,
/// so spread, outliers and bimodality show at a glance (a box would hide them with this few iterations).
/// </summary>
public static class DistributionChart
{
    public static ChartSvg Render(DistributionChartSpec spec)
    {
        DistributionRow[] rows = spec.Rows.Where(r => r.ValuesNs.Any(v => v > 0)).ToArray();
        Plot plot = ChartFrame.Create(spec.Title);
        double[] rowY = ChartFrame.Rows(plot, rows.Select(r => r.Label).ToArray());
        LogTicks.Scale time = LogTicks.Time(rows.SelectMany(r => r.ValuesNs));
        plot.Axes.Bottom.TickGenerator = time.Generator;
        plot.Axes.SetLimitsX(time.Min, time.Max);
        plot.XLabel("time per operation, every measured iteration (log scale); bar = median");

        // One plottable per style rather than per row: a suite of 50 benchmarks draws as a handful of SVG groups.
        foreach (var style in Enumerable.Range(0, rows.Length).GroupBy(i => rows[i].Style))
        {
            var xs = new List<double>();
            var ys = new List<double>();
            foreach (int i in style)
            {
                double[] values = rows[i].ValuesNs.Where(v => v > 0).ToArray();
                xs.AddRange(values.Select(Math.Log10));
                // Deterministic jitter: the same data draws the same chart, so reports can be diffed.
                ys.AddRange(values.Select((_, k) => rowY[i] + ((k * 0.618034) % 1 - 0.5) * 0.5));
            }
            var dots = plot.Add.Markers(xs.ToArray(), ys.ToArray(), style.Key.Marker, 6, style.Key.Color.WithAlpha(0.55));
            dots.MarkerLineWidth = 1;
        }
        var medians = plot.Add.Markers(rows.Select(r => Math.Log10(r.MedianNs)).ToArray(), rowY, MarkerShape.VerticalBar, 18, ChartColors.Reference);
        medians.MarkerLineWidth = 2.5f;

        return ChartFrame.Render(plot, ChartFrame.Width, ChartFrame.HeightForRows(rows.Length, rowHeight: 24, chrome: 120),
            $"{spec.Title}: the measured iterations of {rows.Length} benchmarks on a log time axis.");
    }
}
