using ScottPlot;

namespace BenchHarness.Reports.Charts;

/// <summary>What every chart shares: the font, the frame and grid, category rows, the legend and the SVG output.</summary>
public static class ChartFrame
{
    /// <summary>Width of a chart that has a row of its own.</summary>
    public const int Width = 900;

    /// <summary>Width of a small multiple: two fit side by side on a laptop screen.</summary>
    public const int GridWidth = 540;

    /// <summary>A new plot in the report's style, with the chart's title.</summary>
    public static Plot Create(string title)
    {
        ChartFonts.Apply();
        var plot = new Plot();
        plot.Title(title, size: 15);
        plot.Axes.Title.Label.ForeColor = ChartColors.Text;
        plot.Axes.Color(ChartColors.Text);
        plot.Grid.MajorLineColor = ChartColors.Grid;
        foreach (IAxis axis in plot.Axes.GetAxes())
        {
            axis.TickLabelStyle.FontSize = 12;
            axis.Label.FontSize = 13;
            axis.Label.Bold = false;
        }
        return plot;
    }

    /// <summary>
    /// Puts one labelled row per category on the left axis, first row at the top (y = 0, -1, -2 ...).
    /// </summary>
    /// <returns>The y position of each row, in the order given.</returns>
    public static double[] Rows(Plot plot, IReadOnlyList<string> labels)
    {
        double[] positions = labels.Select((_, i) => -(double)i).ToArray();
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, labels.ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.SetLimitsY(-labels.Count + 0.4, 0.6);
        return positions;
    }

    /// <summary>The pixel height for a chart of <paramref name="rows"/> category rows.</summary>
    public static int HeightForRows(int rows, int rowHeight = 28, int chrome = 190) => chrome + Math.Max(rows, 2) * rowHeight;

    /// <summary>A legend under the data area, laid out in a row, with the given entries only.</summary>
    public static void LegendBelow(Plot plot, IEnumerable<LegendItem> items)
    {
        plot.Legend.ManualItems.Clear();
        plot.Legend.ManualItems.AddRange(items);
        plot.Legend.DisplayPlottableLegendItems = false;
        plot.Legend.FontSize = 12;
        plot.Legend.OutlineWidth = 0;
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.SymbolPadding = 8;
        plot.ShowLegend(Edge.Bottom);
    }

    public static LegendItem MarkerEntry(string text, Color color, MarkerShape shape = MarkerShape.FilledCircle) => new()
    {
        LabelText = text,
        MarkerShape = shape,
        MarkerSize = 9,
        MarkerColor = color,
        MarkerLineWidth = 1.5f,
    };

    public static LegendItem LineEntry(string text, Color color, LinePattern pattern, MarkerShape shape = MarkerShape.None) => new()
    {
        LabelText = text,
        LineColor = color,
        LineWidth = 2,
        LinePattern = pattern,
        MarkerShape = shape,
        MarkerSize = 7,
        MarkerColor = color,
        MarkerLineWidth = 1.5f,
    };

    /// <summary>The dashed line at 1x (log10 = 0) that every ratio chart is read against.</summary>
    public static void ReferenceAtOne(Plot plot, bool vertical = true)
    {
        if (vertical)
            plot.Add.VerticalLine(0, 1.5f, ChartColors.Reference, LinePattern.Dashed);
        else
            plot.Add.HorizontalLine(0, 1.5f, ChartColors.Reference, LinePattern.Dashed);
    }

    /// <summary>
    /// Horizontal intervals with their point estimate, in one colour and marker: the shape of a forest-plot row.
    /// </summary>
    public static void Intervals(Plot plot, double[] ys, double[] estimates, double[] lows, double[] highs, Color color, MarkerShape shape)
    {
        if (ys.Length == 0)
            return;
        double[] plus = estimates.Zip(highs, (e, h) => Math.Max(0, h - e)).ToArray();
        double[] minus = estimates.Zip(lows, (e, l) => Math.Max(0, e - l)).ToArray();
        var bars = new ScottPlot.Plottables.ErrorBar(estimates, ys, plus, minus, null, null)
        {
            Color = color,
            LineWidth = 2,
            CapSize = 4,
        };
        plot.Add.Plottable(bars);
        plot.Add.Markers(estimates, ys, shape, 9, color).MarkerLineWidth = 1.5f;
    }

    public static ChartSvg Render(Plot plot, int width, int height, string description) =>
        new(plot.GetSvgXml(width, height), width, height, description);
}
