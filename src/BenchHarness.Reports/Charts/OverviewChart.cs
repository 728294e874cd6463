using ScottPlot;

namespace BenchHarness.Reports.Charts;

/// <summary>One pattern on the overview: the speed-up that decides its verdict, and the verdict as a colour and a word.</summary>
public sealed record OverviewRow(string Label, RatioInterval Ratio, string Verdict, Color Color);

/// <param name="ExpectedAtLeast">The speed-up from which the study's expected effect counts as shown (the material
/// speed-up): the region right of it is shaded.</param>
public sealed record OverviewChartSpec(string Title, string AxisLabel, IReadOnlyList<OverviewRow> Rows, double ExpectedAtLeast);

/// <summary>
/// The whole catalog on one forest plot: a row per pattern, its deciding speed-up with the interval on a log axis,
/// coloured by verdict, over the shaded region where the study expects the fix to be.
/// </summary>
public static class OverviewChart
{
    /// <summary>Wide enough for the pattern names on the left; fits the page's 1132-pixel column.</summary>
    public const int Width = 1100;

    public static ChartSvg Render(OverviewChartSpec spec)
    {
        OverviewRow[] rows = spec.Rows.Where(r => r.Ratio.IsFinitePositive).ToArray();
        Plot plot = ChartFrame.Create(spec.Title);
        double[] rowY = ChartFrame.Rows(plot, rows.Select(r => r.Label).ToArray());
        LogTicks.Scale scale = LogTicks.Ratio(rows.SelectMany(r => new[] { r.Ratio.Lower, r.Ratio.Upper }).Append(spec.ExpectedAtLeast * 1.5));
        plot.Axes.Bottom.TickGenerator = scale.Generator;
        plot.Axes.SetLimitsX(scale.Min, scale.Max);
        plot.XLabel(spec.AxisLabel);

        // Opaque, so that the region reads as one colour (and the browser test can find it on screen).
        var expected = plot.Add.HorizontalSpan(Math.Log10(spec.ExpectedAtLeast), scale.Max, ChartColors.Expected);
        expected.LineWidth = 0;
        ChartFrame.ReferenceAtOne(plot);

        foreach (var verdict in Enumerable.Range(0, rows.Length).GroupBy(i => (rows[i].Verdict, rows[i].Color)))
        {
            int[] members = verdict.ToArray();
            ChartFrame.Intervals(plot,
                members.Select(i => rowY[i]).ToArray(),
                members.Select(i => Math.Log10(rows[i].Ratio.Estimate)).ToArray(),
                members.Select(i => Math.Log10(rows[i].Ratio.Lower)).ToArray(),
                members.Select(i => Math.Log10(rows[i].Ratio.Upper)).ToArray(),
                verdict.Key.Color,
                MarkerShape.FilledCircle);
        }

        var legend = rows.Select(r => (r.Verdict, r.Color)).Distinct()
            .Select(v => ChartFrame.MarkerEntry(v.Verdict, v.Color)).ToList();
        legend.Add(new LegendItem
        {
            LabelText = $"the study's expectation: fix faster by at least {Ratio(spec.ExpectedAtLeast)}",
            FillColor = ChartColors.Expected,
        });
        ChartFrame.LegendBelow(plot, legend);

        return ChartFrame.Render(plot, Width, ChartFrame.HeightForRows(rows.Length, rowHeight: 26),
            $"{spec.Title}: {rows.Length} patterns' deciding speed-ups with intervals on a log axis, coloured by verdict, " +
            $"the region from {Ratio(spec.ExpectedAtLeast)} shaded where the study expects the fix.");
    }

    private static string Ratio(double ratio) => ratio.ToString("0.0#", System.Globalization.CultureInfo.InvariantCulture) + "x";
}
