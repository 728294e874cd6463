using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BenchHarness.Reports.Charts;
using BenchHarness.Reports.Exporters;

namespace BenchHarness.Tests.Reports;

/// <summary>Chart labels never overlap: the layout rule itself, and every chart of a whole-catalog report.</summary>
public class ChartLabelTests
{
    [Fact]
    public void Labels_wanted_at_one_place_are_spread_apart_in_order_and_within_bounds()
    {
        double[] placed = LabelLayout.Spread([100, 100, 100, 100], gap: 14, min: 0, max: 400);

        Assert.Equal(placed.Order(), placed);
        Assert.All(placed.Zip(placed.Skip(1)), p => Assert.True(p.Second - p.First >= 14 - 1e-9, $"{p.First} and {p.Second}"));
        Assert.All(placed, p => Assert.InRange(p, 0, 400));
    }

    [Fact]
    public void Labels_already_apart_stay_where_they_are_and_labels_past_the_end_are_pulled_back()
    {
        Assert.Equal(new double[] { 10, 50, 90 }, LabelLayout.Spread([10, 50, 90], gap: 14, min: 0, max: 100));

        double[] placed = LabelLayout.Spread([100, 99, 98], gap: 14, min: 0, max: 100);

        Assert.Equal(new double[] { 100, 86, 72 }, placed);
    }

    [Fact]
    public void More_labels_than_fit_share_the_room_evenly()
    {
        double[] placed = LabelLayout.Spread([5, 5, 5, 5, 5], gap: 14, min: 0, max: 20);

        Assert.Equal(new double[] { 0, 5, 10, 15, 20 }, placed);
    }

    [Fact]
    public void No_chart_of_a_whole_catalog_report_has_overlapping_labels()
    {
        using var temporary = new TemporaryDirectory();
        string results = LargeResultSet.Create().WriteTo(temporary.Combine("results"));
        IDocument page = new HtmlParser().ParseDocument(File.ReadAllText(ReportWriter.Write(results, temporary.Combine("report")).IndexHtml));

        IElement[] charts = page.QuerySelectorAll("svg.chart").ToArray();
        Assert.True(charts.Length > 20, $"{charts.Length} charts");
        Assert.All(charts, chart => Assert.NotEmpty(SvgLabels.Boxes(chart)));
        string[] overlaps = charts
            .SelectMany(chart => SvgLabels.Overlapping(chart).Select(o => $"{chart.GetAttribute("aria-label")}: {o.A} over {o.B}"))
            .ToArray();
        Assert.Empty(overlaps);
    }
}
