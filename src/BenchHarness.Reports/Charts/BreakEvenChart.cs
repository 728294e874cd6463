using ScottPlot;

namespace BenchHarness.Reports.Charts;

/// <summary>
/// The cost of calling a variant n times: its first <paramref name="FirstCalls"/> calls as measured from scratch
/// (compile, first profiling runs), then steady calls.
/// </summary>
public sealed record CostCurve(string Name, SeriesStyle Style, double FirstCallsNs, int FirstCalls, double SteadyNs)
{
    public double TotalNs(double calls) => FirstCallsNs + Math.Max(0, calls - FirstCalls) * SteadyNs;
}

/// <param name="BreakEvenCalls">Calls after which the variant with the higher one-off cost is cheaper overall;
/// null when it never is.</param>
public sealed record BreakEvenChartSpec(string Title, IReadOnlyList<CostCurve> Curves, double? BreakEvenCalls);

/// <summary>
/// Total time against number of calls, both on log axes: the first call is where each curve starts, the steady
/// state is its slope, and where the curves cross is the break-even call count.
/// </summary>
public static class BreakEvenChart
{
    public static ChartSvg Render(BreakEvenChartSpec spec)
    {
        double breakEven = spec.BreakEvenCalls is { } b && b > 0 && double.IsFinite(b) ? b : double.NaN;
        double maxCalls = Math.Pow(10, Math.Max(3, Math.Ceiling(Math.Log10(double.IsNaN(breakEven) ? 1 : breakEven)) + 1));
        double firstCalls = Math.Max(1, spec.Curves.Select(c => c.FirstCalls).DefaultIfEmpty(1).Max());
        double[] calls = Enumerable.Range(0, 61).Select(i => firstCalls * Math.Pow(maxCalls / firstCalls, i / 60.0)).ToArray();

        Plot plot = ChartFrame.Create(spec.Title);
        LogTicks.Scale time = LogTicks.Time(spec.Curves.SelectMany(c => calls.Select(c.TotalNs)));
        LogTicks.Scale count = LogTicks.Count(calls);
        plot.Axes.Left.TickGenerator = time.Generator;
        plot.Axes.Bottom.TickGenerator = count.Generator;
        plot.Axes.SetLimits(count.Min, count.Max, time.Min, time.Max);
        plot.XLabel("calls (log scale)");
        plot.YLabel("total time (log scale)");

        foreach (CostCurve curve in spec.Curves)
        {
            var line = plot.Add.ScatterLine(
                calls.Select(Math.Log10).ToArray(),
                calls.Select(n => Math.Log10(Math.Max(curve.TotalNs(n), 1e-3))).ToArray(),
                curve.Style.Color);
            line.LineWidth = 2.5f;
            line.LinePattern = curve.Style.Line;
            line.MarkerShape = MarkerShape.None;
        }

        var legend = spec.Curves.Select(c => ChartFrame.LineEntry(c.Name, c.Style.Color, c.Style.Line)).ToList();
        if (!double.IsNaN(breakEven))
        {
            plot.Add.VerticalLine(Math.Log10(breakEven), 1.5f, ChartColors.Reference, LinePattern.Dotted);
            legend.Add(ChartFrame.LineEntry($"break-even: {FormatCalls(breakEven)} calls", ChartColors.Reference, LinePattern.Dotted));
        }
        ChartFrame.LegendBelow(plot, legend);

        string verdict = double.IsNaN(breakEven) ? "no break-even" : $"break-even after {FormatCalls(breakEven)} calls";
        return ChartFrame.Render(plot, ChartFrame.GridWidth, 380, $"{spec.Title}: total time against calls for {spec.Curves.Count} variants; {verdict}.");
    }

    public static string FormatCalls(double calls) =>
        calls < 10 ? calls.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)
        : Math.Ceiling(calls).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
