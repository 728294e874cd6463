using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BenchHarness.Analysis.Loading;
using BenchHarness.Reports.Exporters;
using BenchHarness.Reports.Model;

namespace BenchHarness.Tests.Reports;

/// <summary>
/// Large inputs degrade gracefully: past the page's limits, charts and tables show a part or a summary and say so on
/// the page, so that a report of any size is drawn, in bounded size. Inputs are built in memory (no JSON, no CLI).
/// </summary>
public class ReportLargeInputTests
{
    private static IDocument Render(params BenchmarkSamples[] benchmarks)
    {
        var set = new ResultSet("/results/large", null, benchmarks, [], null, []);
        string html = HtmlReportExporter.Render(ReportInput.Analyze(set));
        Assert.True(html.Length < 3_000_000, $"the page is {html.Length:N0} characters");
        return new HtmlParser().ParseDocument(html);
    }

    private static BenchmarkSamples Foreign(int index, string file, params double[][] processes) =>
        new($"MyLib.Benchmarks.Many.Run(N: {index})", null, processes, file);

    [Fact]
    public void One_file_of_100000_benchmarks_draws_a_capped_chart_and_a_capped_table_and_says_so()
    {
        BenchmarkSamples[] benchmarks = Enumerable.Range(0, 100_000)
            .Select(i => Foreign(i, "/results/large/Many-report-full.json", [1000 + i % 7, 1010]))
            .ToArray();

        IDocument page = Render(benchmarks);

        IElement chart = Assert.Single(page.GetElementById("distributions")!.QuerySelectorAll("figure.chart"));
        Assert.Contains($"of {ReportLimits.RowsPerChart} benchmarks", chart.QuerySelector("svg > title")!.TextContent);
        Assert.Contains($"Shows the first {ReportLimits.RowsPerChart} of 100,000 benchmarks of this suite", chart.QuerySelector("figcaption")!.TextContent);
        IElement table = page.GetElementById("benchmarks")!.QuerySelector("table")!;
        Assert.Equal(ReportLimits.TableRows, table.QuerySelectorAll("tbody tr").Length);
        Assert.Contains($"The first {ReportLimits.TableRows:N0} of 100,000 benchmarks", table.QuerySelector("caption")!.TextContent);
    }

    [Fact]
    public void More_suites_than_a_section_draws_are_counted_in_a_note()
    {
        int suites = ReportLimits.ChartsPerSection + 3;
        IDocument page = Render(Enumerable.Range(0, suites)
            .Select(i => Foreign(i, $"/results/large/Suite{i:D2}-report-full.json", [1000, 1010, 1020]))
            .ToArray());

        IElement section = page.GetElementById("distributions")!;
        Assert.Equal(ReportLimits.ChartsPerSection, section.QuerySelectorAll("figure.chart").Length);
        Assert.Contains($"3 more chart(s) of this section are not drawn: a page draws at most {ReportLimits.ChartsPerSection} per section",
            section.TextContent);
    }

    [Fact]
    public void The_page_does_not_grow_with_iterations_past_the_dot_cap()
    {
        string Page(int iterations)
        {
            var random = new Random(11);
            double[] Process(double median) => Enumerable.Range(0, iterations).Select(_ => median * (1 + 0.1 * random.NextDouble())).ToArray();
            BenchmarkSamples[] benchmarks = Enumerable.Range(0, 40)
                .Select(i => Foreign(i, $"/results/large/Suite{i % 4}-report-full.json", Process(1000 + i), Process(1100 + i), Process(1050 + i)))
                .ToArray();
            return HtmlReportExporter.Render(ReportInput.Analyze(new ResultSet("/results/large", null, benchmarks, [], null, [])));
        }

        int few = Page(ReportLimits.DotsPerBenchmark).Length, many = Page(20 * ReportLimits.DotsPerBenchmark).Length;

        Assert.True(many < few * 1.1, $"{few:N0} characters at {ReportLimits.DotsPerBenchmark} iterations per process, {many:N0} at 20 times as many");
    }

    [Fact]
    public void A_benchmark_of_2_million_iterations_is_drawn_as_quantiles_and_says_so()
    {
        var random = new Random(7);
        double[] Process(double median) => Enumerable.Range(0, 1_000_000).Select(_ => median * (1 + 0.1 * random.NextDouble())).ToArray();

        IDocument page = Render(Foreign(1, "/results/large/Long-report-full.json", Process(1000), Process(1500)));

        IElement chart = Assert.Single(page.GetElementById("distributions")!.QuerySelectorAll("figure.chart"));
        Assert.Contains($"shows {ReportLimits.DotsPerBenchmark} evenly spaced quantiles of them", chart.QuerySelector("figcaption")!.TextContent);
        Assert.InRange(chart.QuerySelector("svg")!.OuterHtml.Length, 1, 400_000);
        Assert.Contains("2x1000000", page.GetElementById("benchmarks")!.TextContent);
    }
}
