using ScottPlot;

namespace BenchHarness.Reports.Charts;

/// <summary>One measured point of a sweep: the median time per operation, with its interval when known.</summary>
public sealed record SweepPoint(double Parameter, double MedianNs, double LowerNs, double UpperNs);

/// <summary>One line of a sweep chart, e.g. the fix in graph mode over Size.</summary>
/// <param name="Group">Crossings are marked between lines of the same group only (e.g. anti and fix in one mode).</param>
public sealed record SweepLine(string Name, SeriesStyle Style, IReadOnlyList<SweepPoint> Points, string Group = "");

public sealed record SweepChartSpec(string Title, string ParameterName, IReadOnlyList<SweepLine> Lines);

/// <summary>
/// Time per operation against the swept parameter, both on log axes, one line per member and mode: where lines
/// cross, the cheaper variant changes (dispatch-bound small sizes against compute-bound large ones).
/// </summary>
public static class SweepChart
{
    /// <summary>Two lines must differ by 5% (in log10) on both sides of a crossing for it to be marked.</summary>
    public static readonly double ClearGap = Math.Log10(1.05);

    public static ChartSvg Render(SweepChartSpec spec)
    {
        SweepLine[] lines = spec.Lines
            .Select(l => l with { Points = l.Points.Where(p => p.Parameter > 0 && p.MedianNs > 0).OrderBy(p => p.Parameter).ToArray() })
            .Where(l => l.Points.Count > 0)
            .ToArray();
        Plot plot = ChartFrame.Create(spec.Title);

        LogTicks.Scale time = LogTicks.Time(lines.SelectMany(l => l.Points).SelectMany(p => new[] { p.MedianNs, p.LowerNs, p.UpperNs }));
        plot.Axes.Left.TickGenerator = time.Generator;
        double[] parameters = lines.SelectMany(l => l.Points).Select(p => p.Parameter).Distinct().Order().ToArray();
        plot.Axes.Bottom.TickGenerator = LogTicks.AtValues(parameters);
        double xLow = Math.Log10(parameters.DefaultIfEmpty(1).First()), xHigh = Math.Log10(parameters.DefaultIfEmpty(10).Last());
        double xPad = Math.Max(0.08, 0.06 * (xHigh - xLow));
        plot.Axes.SetLimits(xLow - xPad, xHigh + xPad, time.Min, time.Max);
        plot.XLabel($"{spec.ParameterName} (log scale)");
        plot.YLabel("median time per operation (log scale)");

        foreach (SweepLine line in lines)
        {
            double[] xs = line.Points.Select(p => Math.Log10(p.Parameter)).ToArray();
            double[] ys = line.Points.Select(p => Math.Log10(p.MedianNs)).ToArray();
            var scatter = plot.Add.ScatterLine(xs, ys, line.Style.Color);
            scatter.LineWidth = 2;
            scatter.LinePattern = line.Style.Line;
            scatter.MarkerShape = line.Style.Marker;
            scatter.MarkerSize = 8;
            scatter.MarkerLineWidth = 1.5f;
            var bars = new ScottPlot.Plottables.ErrorBar(xs, ys, null, null,
                line.Points.Select(p => Math.Max(0, Math.Log10(Math.Max(p.UpperNs, p.MedianNs)) - Math.Log10(p.MedianNs))).ToArray(),
                line.Points.Select(p => Math.Max(0, Math.Log10(p.MedianNs) - Math.Log10(Math.Clamp(p.LowerNs, double.Epsilon, p.MedianNs)))).ToArray())
            {
                Color = line.Style.Color,
                LineWidth = 1.5f,
            };
            plot.Add.Plottable(bars);
        }

        Coordinates[] crossings = Crossings(lines).ToArray();
        if (crossings.Length > 0)
            plot.Add.Markers(crossings, MarkerShape.Eks, 14, ChartColors.Reference).MarkerLineWidth = 2;

        var legend = lines.Select(l => ChartFrame.LineEntry(l.Name, l.Style.Color, l.Style.Line, l.Style.Marker)).ToList();
        if (crossings.Length > 0)
            legend.Add(ChartFrame.MarkerEntry("anti and fix swap order", ChartColors.Reference, MarkerShape.Eks));
        ChartFrame.LegendBelow(plot, legend);

        return ChartFrame.Render(plot, ChartFrame.GridWidth, 400,
            $"{spec.Title}: median time per operation against {spec.ParameterName} for {lines.Length} variants; {crossings.Length} crossing(s).");
    }

    /// <summary>
    /// Where two lines of a group swap order between neighbouring sweep points (interpolated in log-log space), when
    /// they are at least <see cref="ClearGap"/> apart on both sides: lines that merely touch within noise do not count.
    /// </summary>
    public static IEnumerable<Coordinates> Crossings(IReadOnlyList<SweepLine> lines)
    {
        for (int a = 0; a < lines.Count; a++)
            for (int b = a + 1; b < lines.Count; b++)
            {
                if (lines[a].Group != lines[b].Group)
                    continue;
                var common = lines[a].Points.Join(lines[b].Points, p => p.Parameter, q => q.Parameter,
                    (p, q) => (X: Math.Log10(p.Parameter), A: Math.Log10(p.MedianNs), B: Math.Log10(q.MedianNs))).ToArray();
                for (int i = 1; i < common.Length; i++)
                {
                    double before = common[i - 1].A - common[i - 1].B, after = common[i].A - common[i].B;
                    if (before * after >= 0 || Math.Abs(before) < ClearGap || Math.Abs(after) < ClearGap)
                        continue;
                    double t = before / (before - after);
                    yield return new Coordinates(
                        common[i - 1].X + t * (common[i].X - common[i - 1].X),
                        common[i - 1].A + t * (common[i].A - common[i - 1].A));
                }
            }
    }
}
