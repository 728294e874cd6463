using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BenchHarness.Catalog;
using BenchHarness.Reports.Exporters;
using BenchHarness.Tests.Support;

namespace BenchHarness.Tests.Reports;

/// <summary>index.html parses, is self-contained, and holds the charts and tables the issue asks for.</summary>
public partial class ReportHtmlTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    private IDocument Document => fixture.Document;

    [Fact]
    public void The_page_has_every_section_in_order()
    {
        string[] ids = Document.QuerySelectorAll("main > section").Select(s => s.Id!).ToArray();
        Assert.Equal(["overview", "reproduction", "reading", "speedups", "graph-vs-eager", "first-call", "sweeps", "distributions", "suites", "benchmarks"], ids);
        Assert.All(Document.QuerySelectorAll("nav a"), a => Assert.NotNull(Document.GetElementById(a.GetAttribute("href")![1..])));
    }

    [Theory]
    [InlineData("speedups", 3)]        // P01, P03 and P06 forest plots
    [InlineData("graph-vs-eager", 2)]  // P01, P03 (P06 ran in graph mode only)
    [InlineData("first-call", 4)]      // P03: fix vs anti per mode, graph vs eager per member, per size
    [InlineData("sweeps", 3)]          // P01 Cpu, P03 Cpu steady and first call
    [InlineData("distributions", 4)]   // one per results file
    public void Each_chart_section_holds_inline_svg_charts(string section, int atLeast)
    {
        IHtmlCollection<IElement> charts = Document.GetElementById(section)!.QuerySelectorAll("figure.chart > svg");
        Assert.True(charts.Length >= atLeast, $"{section}: {charts.Length} charts, expected at least {atLeast}");
        Assert.All(charts, svg =>
        {
            Assert.Equal("img", svg.GetAttribute("role"));
            Assert.Matches(@"^0 0 \d+ \d+$", svg.GetAttribute("viewBox")!);
            Assert.False(string.IsNullOrWhiteSpace(svg.QuerySelector("title")?.TextContent));
            Assert.NotEmpty(svg.QuerySelectorAll("text"));
        });
    }

    [Fact]
    public void Svg_ids_are_unique_on_the_page_and_every_reference_resolves_within_its_chart()
    {
        string[] ids = Document.QuerySelectorAll("svg [id]").Select(e => e.Id!).ToArray();
        Assert.NotEmpty(ids);
        Assert.Equal(ids.Length, ids.Distinct().Count());
        foreach (IElement svg in Document.QuerySelectorAll("svg.chart"))
        {
            var own = svg.QuerySelectorAll("[id]").Select(e => e.Id).ToHashSet();
            foreach (Match reference in UrlReference().Matches(svg.OuterHtml))
                Assert.Contains(reference.Groups[1].Value, own);
        }
    }

    [Fact]
    public void The_page_is_self_contained()
    {
        Assert.Empty(Document.QuerySelectorAll("script, link, iframe, object, embed, img"));
        Assert.All(Document.QuerySelectorAll("[src]"), e => Assert.Fail($"<{e.LocalName}> loads {e.GetAttribute("src")}"));
        Assert.All(Document.QuerySelectorAll("a[href]"), a => Assert.StartsWith("#", a.GetAttribute("href")));
        Assert.Contains("default-src 'none'", Document.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content"));
        Assert.NotEmpty(Document.QuerySelector("head > style")!.TextContent);
    }

    [Fact]
    public void The_reproduction_table_has_a_row_per_catalog_entry_with_an_allowed_verdict()
    {
        IElement table = Document.QuerySelector("#reproduction table")!;
        IElement[] rows = table.QuerySelectorAll("tbody tr").ToArray();
        Assert.Equal(PatternCatalog.All.Count, rows.Length);
        foreach ((IElement row, AntiPattern pattern) in rows.Zip(PatternCatalog.All))
        {
            string[] cells = row.QuerySelectorAll("td").Select(c => c.TextContent).ToArray();
            Assert.StartsWith(pattern.Id, cells[0]);
            Assert.Equal(pattern.ExpectedEffect, cells[1]);
            Assert.Equal(pattern.Evidence, cells[2]);
            Assert.Matches("^(reproduced|not reproduced|inconclusive|not measured)( \\(behaviour\\))?$", cells[4]);
        }
        // P01's eager column runs identical code in both members: a control, not evidence.
        string[] p01 = rows[0].QuerySelectorAll("td")[3].TextContent.Split('\n');
        Assert.Equal(3, p01.Length);
        Assert.All(p01, line => Assert.Matches(@"^Graph · Cpu · Size=\d+: \d+\.\d+x \[\d+\.\d+x, \d+\.\d+x\]$", line));
        string[] controls = rows[0].QuerySelectorAll("td")[6].TextContent.Split('\n');
        Assert.Equal(3, controls.Length);
        Assert.All(controls, line => Assert.Matches(@"^Eager · Cpu · Size=\d+: \d+\.\d+x \[.*\]: (about 1\.0x|too noisy to confirm)$", line));
        string p06 = rows.Single(r => r.TextContent.StartsWith("P06", StringComparison.Ordinal)).QuerySelectorAll("td")[3].TextContent;
        Assert.Matches(@"^Graph · Cpu · Tag=.*: \d+\.\d+x \[", p06);
        Assert.Equal("reproduced", rows[0].QuerySelectorAll("td")[4].TextContent);
        Assert.Equal("not measured", rows.Single(r => r.TextContent.StartsWith("P12", StringComparison.Ordinal)).QuerySelectorAll("td")[4].TextContent);
    }

    [Fact]
    public void A_biased_control_is_flagged_and_the_verdict_is_inconclusive()
    {
        using var temporary = new TemporaryDirectory();
        string results = ReportScenarios.WithBiasedP01Control().WriteTo(temporary.Combine("results"));
        IDocument document = Render(results, temporary.Combine("report"));

        IElement p01 = document.QuerySelectorAll("#reproduction tbody tr").First();
        string[] cells = p01.QuerySelectorAll("td").Select(c => c.TextContent).ToArray();
        Assert.Contains(cells[6].Split('\n'), line => line.EndsWith(": biased", StringComparison.Ordinal));
        Assert.Equal("inconclusive", cells[4]);
        Assert.Contains("control biased", cells[5]);
    }

    [Fact]
    public void The_page_says_what_the_numbers_are()
    {
        string reading = Document.GetElementById("reading")!.TextContent;
        Assert.Contains("typical time per operation", reading);
        Assert.Contains("reference time / candidate time", reading);
        Assert.Contains("95% interval", reading);
        Assert.Contains("moderated across every benchmark of the run", reading);
        Assert.Contains("3x10", reading);
        Assert.Contains("the eager column of P01, P02, P04, P05, P06, P09", reading);
    }

    [Fact]
    public void Comparison_tables_show_medians_speed_ups_intervals_and_sample_shapes()
    {
        IElement[] rows = Document.QuerySelectorAll("#speedups tbody tr").ToArray();
        Assert.Equal(6 + 8 + 1, rows.Length); // P01: 3 sizes x 2 modes; P03: 2 sizes x 2 modes x 2 phases; P06: 1
        string[] cells = rows[0].QuerySelectorAll("td").Select(c => c.TextContent).ToArray();
        Assert.Equal("P01", cells[0]);
        Assert.Matches(@"µs$", cells[2]);
        Assert.Matches(@"^\d+\.\d+x \[\d+\.\d+x, \d+\.\d+x\]$", cells[4]);
        Assert.Equal("3x10 / 3x10", cells[7]);
    }

    [Fact]
    public void A_hostile_benchmark_name_stays_text_everywhere()
    {
        Assert.Empty(Document.QuerySelectorAll("script, img, [onload], [onerror]"));
        Assert.Contains(Document.QuerySelectorAll("#benchmarks td"), td => td.TextContent == ReportScenarios.ForeignHostileName);
        // In chart labels (ScottPlot's SVG text) as well as in tables.
        Assert.Contains(Document.QuerySelectorAll("svg text"), t => t.TextContent.Contains(ReportScenarios.HostileTag, StringComparison.Ordinal));
        Assert.Contains(Document.QuerySelectorAll("svg text"), t => t.TextContent.Contains(ReportScenarios.Hostile, StringComparison.Ordinal));
        Assert.Equal(0, CountOf(fixture.Html, "<script"));
    }

    [Fact]
    public void Suites_and_benchmark_counts_are_listed()
    {
        IElement[] suites = Document.QuerySelectorAll("#suites tbody tr").ToArray();
        Assert.Equal(4, suites.Length);
        Assert.All(suites, s => Assert.Equal("Succeeded", s.QuerySelectorAll("td")[2].TextContent));
        Assert.Equal(12 + 16 + 2 + 1, Document.QuerySelectorAll("#benchmarks tbody tr").Length);
    }

    [Fact]
    public void A_failed_suite_is_shown_as_failed_and_its_pattern_as_not_measured()
    {
        using var temporary = new TemporaryDirectory();
        string results = ReportScenarios.Rich().WriteTo(temporary.Combine("results"), m => ReportScenarios.WithFailedSuite(m, "P03"));
        File.Delete(Path.Combine(results, "P03Synthetic-report-full.json"));
        IDocument document = Render(results, temporary.Combine("report"));

        IElement failure = Single(document, ".banner.failure");
        Assert.Contains("Suite P03 failed.", failure.TextContent);
        Assert.Contains("<boom>", failure.TextContent);
        IElement p03 = document.QuerySelectorAll("#suites tbody tr").Single(r => r.TextContent.StartsWith("P03", StringComparison.Ordinal));
        Assert.Equal("Failed", p03.QuerySelector("td.status-failed")!.TextContent);
        IElement verdict = document.QuerySelectorAll("#reproduction tbody tr").Single(r => r.TextContent.StartsWith("P03", StringComparison.Ordinal));
        Assert.Equal("not measured", verdict.QuerySelectorAll("td")[4].TextContent);
        Assert.StartsWith("suite failed: process exited with code 134 <boom>", verdict.QuerySelectorAll("td")[5].TextContent);
    }

    [Fact]
    public void An_incomplete_run_is_marked_in_the_title_and_a_banner()
    {
        using var temporary = new TemporaryDirectory();
        string results = (ReportScenarios.Rich() with { Status = BenchHarness.Results.RunStatus.Incomplete }).WriteTo(temporary.Combine("results"));
        IDocument document = Render(results, temporary.Combine("report"));
        Assert.EndsWith("(incomplete)", document.Title);
        Assert.Contains("Incomplete run.", Single(document, ".banner.failure").TextContent);
    }

    [Fact]
    public void A_smoke_run_and_single_process_intervals_get_visible_warnings()
    {
        using var temporary = new TemporaryDirectory();
        var single = ReportScenarios.Rich() with
        {
            Benchmarks = ReportScenarios.Rich().Benchmarks.Select(b => b with { Processes = [b.Processes[0]] }).ToArray(),
        };
        string results = single.WriteTo(temporary.Combine("results"), ReportScenarios.AsSmoke);
        IDocument document = Render(results, temporary.Combine("report"));
        string[] warnings = document.QuerySelectorAll(".banner.warning").Select(b => b.TextContent).ToArray();
        Assert.Contains(warnings, w => w.StartsWith("Smoke profile: not for conclusions.", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("Single-process intervals.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_foreign_benchmarkdotnet_result_set_still_reports()
    {
        using var temporary = new TemporaryDirectory();
        var foreign = new SyntheticResultSet(
            [
                new SyntheticBenchmark("MyCompany.Parsing.JsonBench.Parse(Length: 100)", SyntheticBenchmark.Samples(5_000, 1, 15, 1)),
                new SyntheticBenchmark("MyCompany.Parsing.JsonBench.Parse(Length: 10000)", SyntheticBenchmark.Samples(400_000, 1, 15, 2)),
                new SyntheticBenchmark("MyCompany.Parsing.XmlBench.Load", SyntheticBenchmark.Samples(90_000, 1, 15, 3)),
            ],
            WithManifest: false);
        string results = foreign.WriteTo(temporary.Combine("results"));
        IDocument document = Render(results, temporary.Combine("report"));

        Assert.Contains("No manifest.", Single(document, ".banner.info").TextContent);
        Assert.Equal(3, document.QuerySelectorAll("#benchmarks tbody tr").Length);
        Assert.Equal(2, document.QuerySelectorAll("#distributions svg").Length);
        Assert.All(document.QuerySelectorAll("#reproduction tbody tr"), r => Assert.StartsWith("not measured", r.QuerySelectorAll("td")[4].TextContent));
    }

    [Fact]
    public void A_run_on_cpu_and_cuda_gets_a_cuda_vs_cpu_section()
    {
        using var temporary = new TemporaryDirectory();
        var benchmarks = new List<SyntheticBenchmark>();
        int seed = 1;
        foreach (BenchHarness.Identity.ComputeDevice device in Enum.GetValues<BenchHarness.Identity.ComputeDevice>())
            foreach (BenchHarness.Identity.PairMember member in Enum.GetValues<BenchHarness.Identity.PairMember>())
                benchmarks.Add(SyntheticBenchmark.Named("P11", member, BenchHarness.Identity.ExecutionMode.Eager, device, 256,
                    SyntheticBenchmark.Samples(device == BenchHarness.Identity.ComputeDevice.Cuda && member == BenchHarness.Identity.PairMember.Anti ? 90_000 : 30_000, 3, 10, seed++)));
        string results = new SyntheticResultSet(benchmarks).WriteTo(temporary.Combine("results"));
        IDocument document = Render(results, temporary.Combine("report"));
        IElement section = document.GetElementById("cuda-vs-cpu") ?? throw new Xunit.Sdk.XunitException("no CUDA vs CPU section");
        Assert.Single(section.QuerySelectorAll("svg.chart"));
        Assert.Equal(2, section.QuerySelectorAll("tbody tr").Length);
    }

    private static IDocument Render(string results, string output) =>
        new HtmlParser().ParseDocument(File.ReadAllText(ReportWriter.Write(results, output).IndexHtml));

    private static IElement Single(IDocument document, string selector) =>
        document.QuerySelector(selector) ?? throw new Xunit.Sdk.XunitException($"no {selector} in the page");

    private static int CountOf(string text, string value) => Regex.Matches(text, Regex.Escape(value), RegexOptions.IgnoreCase).Count;

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex UrlReference();
}
