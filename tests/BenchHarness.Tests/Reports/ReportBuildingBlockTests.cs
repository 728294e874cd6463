using BenchHarness.Reports.Charts;
using BenchHarness.Reports.Html;

namespace BenchHarness.Tests.Reports;

/// <summary>The pieces the gate's page reuses: escaping writer, inline SVG, page layout, ratio ticks.</summary>
public class ReportBuildingBlockTests
{
    private static ChartSvg SmallForest(string label) => ForestChart.Render(new ForestChartSpec("t", "fix", "speed-up",
        [new ForestPoint(label, new RatioInterval(1.5, 1.2, 1.9)), new ForestPoint("b", new RatioInterval(0.8, 0.7, 0.95))]));

    [Fact]
    public void The_writer_escapes_text_and_attributes()
    {
        var w = new HtmlWriter();
        using (w.Open("p", ("title", "a\"b<c>")))
            w.Text("<script>&'\"");
        Assert.Equal("<p title=\"a&quot;b&lt;c&gt;\">&lt;script&gt;&amp;&#39;&quot;</p>", w.ToString());
    }

    [Fact]
    public void The_writer_refuses_markup_names_from_data_and_unclosed_elements()
    {
        Assert.Throws<ArgumentException>(() => new HtmlWriter().Element("p onclick=x", "t"));
        var w = new HtmlWriter();
        w.Open("div");
        Assert.Throws<InvalidOperationException>(() => w.ToString());
    }

    [Fact]
    public void Inline_svg_prefixes_every_id_and_reference_and_is_scalable()
    {
        ChartSvg chart = SmallForest("a");
        string svg = InlineSvg.Prepare(chart, "x7-");
        Assert.DoesNotContain("<?xml", svg);
        Assert.StartsWith($"<svg class=\"chart\" role=\"img\" aria-label=\"", svg);
        Assert.Contains($"viewBox=\"0 0 {chart.Width} {chart.Height}\"", svg);
        Assert.DoesNotMatch("id=\"(?!x7-)", svg);
        Assert.DoesNotMatch(@"url\(#(?!x7-)", svg);
        Assert.Matches("id=\"x7-", svg);
    }

    [Fact]
    public void Two_charts_on_one_page_never_share_an_id()
    {
        var w = new HtmlWriter("g");
        w.Chart(SmallForest("a")).Chart(SmallForest("a"));
        var ids = System.Text.RegularExpressions.Regex.Matches(w.ToString(), "id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Fact]
    public void Chart_text_is_escaped_by_the_svg_writer()
    {
        string svg = SmallForest("<b onmouseover=x>&\"").Markup;
        Assert.Contains("&lt;b onmouseover=x&gt;&amp;", svg);
        Assert.DoesNotContain("<b onmouseover", svg);
    }

    [Theory]
    [InlineData(1.0, "1x")]
    [InlineData(2.0, "2x faster")]
    [InlineData(0.25, "4x slower")]
    public void Ratio_ticks_read_as_faster_and_slower(double ratio, string label) =>
        Assert.Equal(label, LogTicks.RatioLabel(ratio));

    [Fact]
    public void Ratio_axes_always_show_one_x_and_at_least_half_to_double()
    {
        LogTicks.Scale scale = LogTicks.Ratio([1.01, 1.03]);
        Assert.True(scale.Min <= Math.Log10(0.5) && scale.Max >= Math.Log10(2));
        Assert.Contains(scale.Ticks, t => t.Label == "1x" && t.Position == 0);
    }

    [Fact]
    public void A_page_has_banners_sections_and_a_table_of_contents()
    {
        var page = new HtmlPage("T <1>");
        page.AddBanner(BannerKind.Warning, "Careful.", "x < y");
        page.AddSection("one", "First & only", w => w.Table(new HtmlTable(["a"], [[new HtmlCell("<td>")]])));
        string html = page.Render();
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<title>T &lt;1&gt;</title>", html);
        Assert.Contains("<a href=\"#one\">First &amp; only</a>", html);
        Assert.Contains("<td>&lt;td&gt;</td>", html);
        Assert.Contains("class=\"banner warning\"", html);
    }
}

/// <summary>The slope chart the gate's comparison page is meant to use.</summary>
public class ReportSlopeChartTests
{
    [Fact]
    public void A_slope_chart_draws_each_line_labelled_and_escaped()
    {
        ChartSvg chart = SlopeChart.Render(new SlopeChartSpec("P01 baseline to current", "baseline <a>", "current",
        [
            new SlopeLine("P01 Fix graph <x>", 100_000, 150_000, EffectDirection.Slower),
            new SlopeLine("P03 Fix graph", 10_000, 9_900, EffectDirection.Unclear),
        ]));
        Assert.Contains("P01 Fix graph &lt;x&gt;", chart.Markup);
        Assert.Contains("baseline &lt;a&gt;", chart.Markup);
        Assert.Contains("current slower", chart.Markup);
        Assert.Contains(InlineSvg.Prepare(chart, "s-"), s => s == '<');
    }
}
