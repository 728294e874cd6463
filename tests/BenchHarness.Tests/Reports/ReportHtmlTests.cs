using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BenchHarness.Catalog;
using BenchHarness.Reports.Exporters;

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

    [Fact]
    public void The_lead_comes_first_with_the_outcome_badges_and_the_overview_chart_and_the_metadata_is_folded()
    {
        string[] order = Document.Body!.Children.Select(e => e.LocalName + (e.ClassName is { Length: > 0 } c ? "." + c.Split(' ')[0] : "")).ToArray();
        Assert.Equal(["header", "div.lead"], order.Take(2).ToArray());
        Assert.True(Array.IndexOf(order, "div.lead") < Array.IndexOf(order, "nav"));

        IElement outcome = Document.QuerySelector(".lead > #outcome")!;
        Assert.StartsWith($"Of the study's {PatternCatalog.All.Count} catalog entries:", outcome.TextContent);
        string[] badges = outcome.QuerySelectorAll("span.badge").Select(b => b.TextContent).ToArray();
        Assert.Matches(@"^\d+ reproduced$", badges[0]);
        Assert.Matches(@"^\d+ not reproduced$", badges[1]);
        Assert.Matches(@"^\d+ inconclusive$", badges[2]);
        // Every caveat is a badge that links to its banner.
        IElement[] caveats = outcome.QuerySelectorAll("a.badge.caveat").ToArray();
        Assert.NotEmpty(caveats);
        Assert.All(caveats, a => Assert.Equal("banner", Document.GetElementById(a.GetAttribute("href")![1..])!.ClassName!.Split(' ')[0]));

        IElement chart = Assert.Single(Document.QuerySelectorAll(".lead figure.chart"));
        string[] labels = chart.QuerySelectorAll("svg text").Select(t => t.TextContent.Trim()).ToArray();
        Assert.Contains(labels, l => l.StartsWith("P01 missing-hybridization · Graph · Size=", StringComparison.Ordinal));
        Assert.Contains(labels, l => l.StartsWith("P03 scalar-retracing · ", StringComparison.Ordinal));
        Assert.DoesNotContain(labels, l => l.StartsWith("P12", StringComparison.Ordinal)); // judged by behaviour, not time
        Assert.Contains("judged by behaviour, not time", chart.QuerySelector("figcaption")!.TextContent);

        IElement metadata = Document.QuerySelector("#overview details.metadata")!;
        Assert.Null(metadata.GetAttribute("open"));
        Assert.Equal(["result set", "run id", "status", "started", "finished", "command", "profile", "seed", "git", "machine", "OS / .NET", "engine", "threads", "devices", "benchmarks"],
            metadata.QuerySelectorAll("dl.facts dt").Select(d => d.TextContent).ToArray());
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
    public void The_reproduction_tables_group_every_catalog_entry_by_finding_with_an_allowed_verdict_and_its_sources_in_notes()
    {
        string[] headings = Document.QuerySelectorAll("#reproduction h3").Select(h => h.TextContent).ToArray();
        Assert.Equal(3, headings.Length);
        Assert.StartsWith("Finding (i): ", headings[0]);
        Assert.StartsWith("Finding (ii): ", headings[1]);
        Assert.StartsWith("Finding (iii): ", headings[2]);
        Assert.Equal(["P08", "P14", "P15", "P16", "P17"], RowIds(Document.QuerySelectorAll("#reproduction table")[0]));
        Assert.Equal(["P12", "P18", "P19", "P20", "P21"], RowIds(Document.QuerySelectorAll("#reproduction table")[2]));
        Assert.Single(Document.QuerySelectorAll("#reproduction p"), p => p.TextContent.Contains("magnitudes are TensorFlow's", StringComparison.Ordinal)
            && p.TextContent.Contains("only their directions are reproduced here", StringComparison.Ordinal));

        IElement[] rows = Document.QuerySelectorAll("#reproduction tbody tr").ToArray();
        AntiPattern[] byFinding = PatternCatalog.All.OrderBy(p => p.Finding).ToArray();
        Assert.Equal(byFinding.Length, rows.Length);
        string[] notes = Document.QuerySelectorAll("#reproduction ol.sources li").Select(li => li.TextContent).ToArray();
        for (int i = 0; i < rows.Length; i++)
        {
            AntiPattern pattern = byFinding[i];
            string[] cells = rows[i].QuerySelectorAll("td").Select(c => c.TextContent).ToArray();
            Assert.StartsWith(pattern.Id, cells[0]);
            Assert.Matches($@"^[a-z].{{3,60}} \[{i + 1}\]$", cells[1]);
            Assert.Equal($"{pattern.Id}: {pattern.ExpectedEffect}. Source: {pattern.Evidence}.", notes[i]);
            Assert.Matches("^(reproduced|not reproduced|inconclusive|not measured)( \\(behaviour\\))?$", cells[3]);
        }
        // P01's eager column runs identical code in both members: a control, not evidence.
        IElement p01 = Row(Document, "P01");
        string[] measured = p01.QuerySelectorAll("td")[2].TextContent.Split('\n');
        Assert.Equal(3, measured.Length);
        Assert.All(measured, line => Assert.Matches(@"^Graph · Cpu · Size=\d+: \d+\.\d+x \[\d+\.\d+x, \d+\.\d+x\]$", line));
        Assert.Equal($"fix faster in graph mode [{Array.FindIndex(byFinding, p => p.Id == "P01") + 1}]", p01.QuerySelectorAll("td")[1].TextContent);
        string[] controls = p01.QuerySelectorAll("td")[5].TextContent.Split('\n');
        Assert.Equal(3, controls.Length);
        Assert.All(controls, line => Assert.Matches(@"^Eager · Cpu · Size=\d+: \d+\.\d+x \[.*\]: (about 1\.0x|too noisy to confirm)$", line));
        Assert.Matches(@"^Graph · Cpu · Tag=.*: \d+\.\d+x \[", Row(Document, "P06").QuerySelectorAll("td")[2].TextContent);
        Assert.Equal("reproduced", p01.QuerySelectorAll("td")[3].TextContent);
        Assert.Equal("not measured", Row(Document, "P12").QuerySelectorAll("td")[3].TextContent);
    }

    [Fact]
    public void The_deciding_comparison_comes_first_in_the_paper_table_and_stands_for_its_pattern_on_the_overview()
    {
        using var temporary = new TemporaryDirectory();
        var benchmarks = new List<SyntheticBenchmark>();
        int seed = 1;
        // Graph mode: 1.2x at Size=16, 2x at Size=256, 1.5x at Size=4096; the clearest speed-up is the middle one.
        foreach ((int size, double speedUp) in new[] { (16, 1.2), (256, 2.0), (4096, 1.5) })
            foreach (BenchHarness.Identity.ExecutionMode mode in Enum.GetValues<BenchHarness.Identity.ExecutionMode>())
            {
                bool graph = mode == BenchHarness.Identity.ExecutionMode.Graph;
                benchmarks.Add(SyntheticBenchmark.Named("P01", BenchHarness.Identity.PairMember.Anti, mode, BenchHarness.Identity.ComputeDevice.Cpu, size,
                    SyntheticBenchmark.Samples(60_000, 4, 10, seed++, 0.01, 0.005)));
                benchmarks.Add(SyntheticBenchmark.Named("P01", BenchHarness.Identity.PairMember.Fix, mode, BenchHarness.Identity.ComputeDevice.Cpu, size,
                    SyntheticBenchmark.Samples(graph ? 60_000 / speedUp : 60_000, 4, 10, seed++, 0.01, 0.005)));
            }
        IDocument document = Render(new SyntheticResultSet(benchmarks).WriteTo(temporary.Combine("results")), temporary.Combine("report"));

        string[] measured = Row(document, "P01").QuerySelectorAll("td")[2].TextContent.Split('\n');
        Assert.Matches(@"^Graph · Cpu · Size=256: (1\.9|2\.0)\d\dx \[", measured[0]); // about 2x, the ratio to three decimals
        Assert.StartsWith("Graph · Cpu · Size=16: 1.", measured[1]);
        Assert.Contains(document.QuerySelectorAll(".lead svg text"), t => t.TextContent.Trim() == "P01 missing-hybridization · Graph · Size=256");
    }

    [Fact]
    public void A_biased_control_is_flagged_and_the_verdict_is_inconclusive()
    {
        using var temporary = new TemporaryDirectory();
        string results = ReportScenarios.WithBiasedP01Control().WriteTo(temporary.Combine("results"));
        IDocument document = Render(results, temporary.Combine("report"));

        string[] cells = Row(document, "P01").QuerySelectorAll("td").Select(c => c.TextContent).ToArray();
        Assert.Contains(cells[5].Split('\n'), line => line.EndsWith(": biased", StringComparison.Ordinal));
        Assert.Equal("inconclusive", cells[3]);
        Assert.Contains("control biased", cells[4]);
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
        IElement verdict = Row(document, "P03");
        Assert.Equal("not measured", verdict.QuerySelectorAll("td")[3].TextContent);
        Assert.StartsWith("suite failed: process exited with code 134 <boom>", verdict.QuerySelectorAll("td")[4].TextContent);
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
    public void A_warning_most_benchmarks_carry_is_said_once_at_the_top_and_rows_keep_a_short_marker()
    {
        using var temporary = new TemporaryDirectory();
        var benchmarks = new List<SyntheticBenchmark>();
        int seed = 1;
        foreach (int size in new[] { 16, 256 })
            foreach (BenchHarness.Identity.ExecutionMode mode in Enum.GetValues<BenchHarness.Identity.ExecutionMode>())
                foreach (BenchHarness.Identity.PairMember member in Enum.GetValues<BenchHarness.Identity.PairMember>())
                    benchmarks.Add(SyntheticBenchmark.Named("P01", member, mode, BenchHarness.Identity.ComputeDevice.Cpu, size,
                        SyntheticBenchmark.Samples(50_000, 4, 10, seed++, 0.01, processNoise: 0.3)));
        IDocument document = Render(new SyntheticResultSet(benchmarks).WriteTo(temporary.Combine("results")), temporary.Combine("report"));

        IElement caveat = Assert.Single(document.QuerySelectorAll(".banner"), b => b.TextContent.StartsWith("Processes disagree.", StringComparison.Ordinal));
        Assert.Matches(@"In \d of 8 benchmarks the processes' fastest iterations differ by more than 1\.100x", caveat.TextContent);
        Assert.Equal("#benchmarks", caveat.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains(document.QuerySelectorAll("#outcome a.badge"), a => a.GetAttribute("href") == $"#{caveat.Id}");
        // Rows say it in two words; the numbers stay in the cell's title.
        string[] notes = document.QuerySelectorAll("#benchmarks tbody td:nth-child(7)").Select(td => td.TextContent).ToArray();
        Assert.Contains("processes disagree", notes);
        Assert.Contains(document.QuerySelectorAll("#speedups tbody td:last-child"), td => td.TextContent.Contains("processes disagree", StringComparison.Ordinal));
        Assert.DoesNotContain("fastest iterations differ", document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(document.QuerySelectorAll("#benchmarks td[title]"), td => td.GetAttribute("title")!.Contains("fastest iterations differ", StringComparison.Ordinal));
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
        Assert.All(document.QuerySelectorAll("#reproduction tbody tr"), r => Assert.StartsWith("not measured", r.QuerySelectorAll("td")[3].TextContent));
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

    private static IElement Row(IDocument document, string patternId) =>
        document.QuerySelectorAll("#reproduction tbody tr").Single(r => r.QuerySelector("td")!.TextContent.StartsWith(patternId + " ", StringComparison.Ordinal));

    private static string[] RowIds(IElement table) =>
        table.QuerySelectorAll("tbody tr").Select(r => r.QuerySelector("td")!.TextContent.Split(' ')[0]).ToArray();

    private static IElement Single(IDocument document, string selector) =>
        document.QuerySelector(selector) ?? throw new Xunit.Sdk.XunitException($"no {selector} in the page");

    private static int CountOf(string text, string value) => Regex.Matches(text, Regex.Escape(value), RegexOptions.IgnoreCase).Count;

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex UrlReference();
}
