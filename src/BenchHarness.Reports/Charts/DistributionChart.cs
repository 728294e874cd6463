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

        for (int i = 0; i < rows.Length; i++)
        {
            double[] values = rows[i].ValuesNs.Where(v => v > 0).ToArray();
            // Deterministic jitter: the same data draws the same chart, so reports can be diffed.
            double[] ys = values.Select((_, k) => rowY[i] + ((k * 0.618034) % 1 - 0.5) * 0.5).ToArray();
            var dots = plot.Add.Markers(values.Select(Math.Log10).ToArray(), ys, rows[i].Style.Marker, 6, rows[i].Style.Color.WithAlpha(0.55));
            dots.MarkerLineWidth = 1;
            plot.Add.Marker(Math.Log10(rows[i].MedianNs), rowY[i], MarkerShape.VerticalBar, 18, ChartColors.Reference).LineWidth = 2.5f;
        }

        return ChartFrame.Render(plot, ChartFrame.Width, ChartFrame.HeightForRows(rows.Length, rowHeight: 24, chrome: 120),
            $"{spec.Title}: the measured iterations of {rows.Length} benchmarks on a log time axis.");
    }
}
