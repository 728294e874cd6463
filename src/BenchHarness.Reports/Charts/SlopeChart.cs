using ScottPlot;

namespace BenchHarness.Reports.Charts;

/// <summary>One benchmark or pair from baseline to current, with the direction its interval supports.</summary>
/// <param name="Direction">Of current against baseline: Faster means the current run is faster.</param>
public sealed record SlopeLine(string Label, double BaselineNs, double CurrentNs, EffectDirection Direction);

public sealed record SlopeChartSpec(string Title, string BaselineName, string CurrentName, IReadOnlyList<SlopeLine> Lines);

/// <summary>
/// Baseline-to-current slope chart on a log time axis: each line joins a benchmark's two medians, coloured by
/// whether the change is a clear speed-up, a clear slow-down, or within noise; labels sit at the current end.
/// </summary>
public static class SlopeChart
{
    public static ChartSvg Render(SlopeChartSpec spec)
    {
        SlopeLine[] lines = spec.Lines.Where(l => l.BaselineNs > 0 && l.CurrentNs > 0).ToArray();
        Plot plot = ChartFrame.Create(spec.Title);
        LogTicks.Scale time = LogTicks.Time(lines.SelectMany(l => new[] { l.BaselineNs, l.CurrentNs }));
        plot.Axes.Left.TickGenerator = time.Generator;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([0, 1], [spec.BaselineName, spec.CurrentName]);
        plot.Axes.SetLimits(-0.15, 1.9, time.Min, time.Max);
        plot.YLabel("median time per operation (log scale)");

        foreach (SlopeLine line in lines)
        {
            Color color = ChartColors.For(line.Direction);
            var slope = plot.Add.ScatterLine(new[] { 0.0, 1.0 }, new[] { Math.Log10(line.BaselineNs), Math.Log10(line.CurrentNs) }, color);
            slope.LineWidth = line.Direction == EffectDirection.Unclear ? 1.5f : 2.5f;
            slope.MarkerShape = MarkerShape.FilledCircle;
            slope.MarkerSize = 6;
            var label = plot.Add.Text(line.Label, 1.04, Math.Log10(line.CurrentNs));
            label.LabelFontSize = 11;
            label.LabelFontColor = color;
            label.LabelAlignment = Alignment.MiddleLeft;
        }

        ChartFrame.LegendBelow(plot,
        [
            ChartFrame.LineEntry("current faster", ChartColors.Faster, LinePattern.Solid),
            ChartFrame.LineEntry("current slower", ChartColors.Slower, LinePattern.Solid),
            ChartFrame.LineEntry("no clear change", ChartColors.Unclear, LinePattern.Solid),
        ]);
        return ChartFrame.Render(plot, ChartFrame.Width, Math.Max(420, 160 + lines.Length * 14),
            $"{spec.Title}: {lines.Length} benchmarks from {spec.BaselineName} to {spec.CurrentName} on a log time axis.");
    }
}
