using ScottPlot;

namespace BenchHarness.Reports.Charts;

/// <summary>One benchmark or pair from baseline to current, with the direction its interval supports.</summary>
/// <param name="Direction">Of current against baseline: Faster means the current run is faster.</param>
public sealed record SlopeLine(string Label, double BaselineNs, double CurrentNs, EffectDirection Direction);

public sealed record SlopeChartSpec(string Title, string BaselineName, string CurrentName, IReadOnlyList<SlopeLine> Lines);

/// <summary>
/// Baseline-to-current slope chart on a log time axis: each line joins a benchmark's two medians, coloured by
/// whether the change is a clear speed-up, a clear slow-down, or within noise; labels sit at the current end, spread
/// apart where benchmarks end near the same time, with a leader line back to their line.
/// </summary>
public static class SlopeChart
{
    public const float LabelFontSize = 11;

    /// <summary>Pixels between label centres: a line of 11-pixel text and a little air.</summary>
    public const double LabelSpacing = 14;

    private const double LabelX = 1.06, LeaderEndX = 1.05;

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
        }

        ChartFrame.LegendBelow(plot,
        [
            ChartFrame.LineEntry("current faster", ChartColors.Faster, LinePattern.Solid),
            ChartFrame.LineEntry("current slower", ChartColors.Slower, LinePattern.Solid),
            ChartFrame.LineEntry("no clear change", ChartColors.Unclear, LinePattern.Solid),
        ]);
        // Room for every label at its spacing, whatever the times.
        int height = Math.Max(420, 160 + (int)Math.Ceiling(lines.Length * LabelSpacing));

        // Overlap is a matter of pixels: lay the chart out once, then place the labels where they fit.
        plot.GetSvgXml(ChartFrame.Width, height);
        PixelRect data = plot.RenderManager.LastRender.DataRect;
        double PixelOf(double log10) => data.Top + (time.Max - log10) / (time.Max - time.Min) * data.Height;
        double Log10Of(double pixel) => time.Max - (pixel - data.Top) / data.Height * (time.Max - time.Min);

        double[] wanted = lines.Select(l => PixelOf(Math.Log10(l.CurrentNs))).ToArray();
        double[] placed = LabelLayout.Spread(wanted, LabelSpacing, data.Top + LabelSpacing / 2, data.Bottom - LabelSpacing / 2);
        for (int i = 0; i < lines.Length; i++)
        {
            Color color = ChartColors.For(lines[i].Direction);
            double y = Log10Of(placed[i]);
            if (Math.Abs(placed[i] - wanted[i]) > 1)
            {
                var leader = plot.Add.ScatterLine(new[] { 1.0, LeaderEndX }, new[] { Math.Log10(lines[i].CurrentNs), y }, color);
                leader.LineWidth = 1;
                leader.MarkerShape = MarkerShape.None;
            }
            var label = plot.Add.Text(lines[i].Label, LabelX, y);
            label.LabelFontSize = LabelFontSize;
            label.LabelFontColor = color;
            label.LabelAlignment = Alignment.MiddleLeft;
        }

        return ChartFrame.Render(plot, ChartFrame.Width, height,
            $"{spec.Title}: {lines.Length} benchmarks from {spec.BaselineName} to {spec.CurrentName} on a log time axis.");
    }
}
