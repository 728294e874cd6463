using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BenchHarness.Analysis.Loading;
using BenchHarness.Analysis.Pairs;
using BenchHarness.Reports.Exporters;

namespace BenchHarness.Tests.Reports;

/// <summary>
/// A whole-catalog-sized result set (500 benchmarks) gives a complete report: every benchmark in the table, every
/// comparison and suite in summary.json. How fast that is, is the harness benchmarks' business (docs/harness-speed.md).
/// </summary>
public class ReportOfLargeSetTests
{
    [Fact]
    public void A_report_of_500_benchmarks_lists_every_benchmark_comparison_and_suite()
    {
        using var temporary = new TemporaryDirectory();
        string results = LargeResultSet.Create().WriteTo(temporary.Combine("results"));
        int comparisons = PairAnalyzer.Analyze(ResultSetLoader.Load(results)).All.Count();

        WrittenReport report = ReportWriter.Write(results, temporary.Combine("report"));

        using JsonDocument summary = JsonDocument.Parse(File.ReadAllText(report.SummaryJson));
        Assert.Equal(LargeResultSet.BenchmarkCount, summary.RootElement.GetProperty("run").GetProperty("benchmarks").GetInt32());
        Assert.True(comparisons > 0);
        Assert.Equal(comparisons, summary.RootElement.GetProperty("comparisons").GetArrayLength());
        Assert.Equal(10, summary.RootElement.GetProperty("suites").GetArrayLength());
        IDocument page = new HtmlParser().ParseDocument(File.ReadAllText(report.IndexHtml));
        Assert.Equal(LargeResultSet.BenchmarkCount, page.GetElementById("benchmarks")!.QuerySelectorAll("tbody tr").Length);
        Assert.True(File.Exists(report.SummaryMarkdown));
    }
}
