using System.Text.Json.Nodes;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Markdig;
using BenchHarness.Gate.Configuration;
using BenchHarness.Gate.Contracts;
using BenchHarness.Gate.Export;
using BenchHarness.Gate.Verdicts;
using BenchHarness.Reports.Pages;
using BenchHarness.Identity;
using BenchHarness.Text;

namespace BenchHarness.Tests.Gate;

/// <summary>Every output says the same thing: the verdicts, their rules and numbers, and which baseline was compared.</summary>
public sealed class ExporterTests : IDisposable
{
    private readonly GateFixtures fixtures = new();
    private readonly GateReport report;
    private readonly PlannedBenchmark regressed = GateFixtures.StandardPlan[6];

    public ExporterTests()
    {
        IReadOnlyList<PlannedBenchmark> plan = GateFixtures.StandardPlan;
        string baseline = fixtures.Write(plan, 1, runId: "base-run");
        string current = fixtures.Write(plan, 2, scale: p => p == regressed ? 1.5 : 1, runId: "head-run");
        report = GateFixtures.Compare(baseline, current, GateConfig.Defaults with { Contracts = [PairContract.Parse("P03 Fix >= 100x Anti, Graph")] });
        Assert.Equal(GateOutcome.Regression, report.Outcome);
    }

    [Fact]
    public void Markdown_names_the_baseline_shows_only_changes_and_everything_with_all()
    {
        string changes = MarkdownWriter.Render(report, all: false);
        string everything = MarkdownWriter.Render(report, all: true);

        Assert.Contains("against **baseline** `base-run` (commit `000000000000` on `main`)", changes);
        Assert.Contains(":x: Benchmark gate: regression", changes);
        Assert.Contains($"`{regressed.ShortName}`", changes);
        Assert.Contains("contract breached", JUnitWriter.Render(report));
        string unchanged = report.Benchmarks.First(b => b.Verdict == ChangeVerdict.Same).Name;
        Assert.DoesNotContain(unchanged, changes);
        Assert.Contains(unchanged, everything);
        Assert.Contains("benchharness compare --baseline", changes);
        Assert.Contains("P03 Fix &gt;= 100x Anti, Graph", changes); // plain text is HTML-escaped: it renders as ">="
    }

    [Fact]
    public void Json_carries_schema_outcome_exit_code_and_every_verdict_with_its_rule()
    {
        JsonObject json = JsonNode.Parse(JsonVerdictWriter.Render(report))!.AsObject();

        Assert.Equal(GateReport.CurrentSchemaVersion, json["schemaVersion"]!.GetValue<int>());
        Assert.Equal("Regression", json["outcome"]!.GetValue<string>());
        Assert.Equal(ExitCodes.Regression, json["exitCode"]!.GetValue<int>());
        JsonNode slower = json["benchmarks"]!.AsArray().Single(b => b!["verdict"]!.GetValue<string>() == "Slower")!;
        Assert.Equal(regressed.ShortName, slower["name"]!.GetValue<string>());
        foreach (string field in new[] { "rule", "threshold", "thresholdFraction", "estimate", "samples" })
            Assert.NotNull(slower[field]);
        Assert.InRange(slower["estimate"]!["lower"]!.GetValue<double>(), 1.2, 1.6);
        Assert.Equal("base-run", json["baseline"]!["runId"]!.GetValue<string>());
    }

    [Fact]
    public void JUnit_has_one_case_per_verdict_and_check_with_failures_for_regressions()
    {
        XDocument xml = XDocument.Parse(JUnitWriter.Render(report));
        XElement[] cases = xml.Descendants("testcase").ToArray();

        Assert.Equal(report.Benchmarks.Count + report.PairChecks.Count, cases.Length);
        int failures = report.Benchmarks.Count(b => b.Verdict == ChangeVerdict.Slower) + report.PairChecks.Count(c => c.Outcome == CheckOutcome.Fails);
        Assert.Equal(failures, cases.Count(c => c.Element("failure") is not null));
        Assert.Equal(failures.ToString(System.Globalization.CultureInfo.InvariantCulture), xml.Root!.Attribute("failures")!.Value);
        XElement failed = cases.Single(c => $"{c.Attribute("classname")!.Value}.{c.Attribute("name")!.Value}" == regressed.ShortName);
        Assert.Contains("holm-adjusted p", failed.Element("failure")!.Attribute("message")!.Value);
    }

    [Fact]
    public void Markdown_fields_from_the_result_sets_cannot_inject_markup()
    {
        const string runId = "x`<img src=x onerror=alert(1)>`y";
        GateReport hostile = report with
        {
            Current = report.Current with { RunId = runId, Branch = "b``<script>alert(1)</script>", Machine = "m|<b>bold</b>" },
            Notes = ["![pixel](evil.png) [click](javascript:alert(1)) <img src=y> *loud*"],
            Reproduce = ["benchharness run --out \"a\n```\n<img src=z onerror=alert(2)>\n```\""],
        };

        string html = Markdown.ToHtml(MarkdownWriter.Render(hostile, all: true),
            new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());
        var document = new HtmlParser().ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("img, script, a, b, em"));
        Assert.Contains(document.QuerySelectorAll("code"), c => c.TextContent == runId);
        Assert.Contains(document.QuerySelectorAll("code"), c => c.TextContent == "b``<script>alert(1)</script>");
        Assert.Contains("![pixel](evil.png) [click](javascript:alert(1)) <img src=y> *loud*", document.Body!.TextContent);
        Assert.Contains(document.QuerySelectorAll("pre code"), c => c.TextContent.Contains("\n```\n<img src=z onerror=alert(2)>", StringComparison.Ordinal));
    }

    [Fact]
    public void JUnit_escapes_characters_xml_cannot_carry()
    {
        BenchmarkVerdict first = report.Benchmarks[0];
        GateReport odd = report with { Benchmarks = [first with { Name = "Odd.Name(Text: a\u0000b\u001b\uFFFE\uD800)" }, .. report.Benchmarks.Skip(1)] };

        XDocument xml = XDocument.Parse(JUnitWriter.Render(odd));

        Assert.Contains(xml.Descendants("testcase"), c => c.Attribute("name")!.Value == "Name(Text: a\\u0000b\\u001B\\uFFFE\\uD800)");
    }

    [Fact]
    public void Html_encodes_text_from_the_result_sets()
    {
        GateReport hostile = report with { Notes = ["<script>alert(1)</script>"] };

        var document = new HtmlParser().ParseDocument(GatePage.Render(hostile));

        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Contains("<script>alert(1)</script>", document.Body!.TextContent);
        Assert.Equal(report.Benchmarks.Count, document.QuerySelectorAll("#benchmarks tbody tr").Length);
        Assert.Equal(report.PairChecks.Count, document.QuerySelectorAll("#pair-checks tbody tr").Length);
        Assert.Equal(2, document.QuerySelectorAll("#slopes svg").Length); // P01 and P03, steady state
    }

    [Fact]
    public void The_console_table_lists_every_benchmark_and_the_summary()
    {
        var console = new StringWriter();
        ConsoleTableWriter.Write(report, console);
        string text = console.ToString();

        Assert.All(report.Benchmarks, b => Assert.Contains(b.Name, text));
        Assert.Contains("baseline  base-run", text);
        Assert.EndsWith(VerdictText.Summary(report) + Environment.NewLine, text);
    }

    [Fact]
    public void Console_markdown_junit_and_page_spell_a_verdict_s_numbers_alike()
    {
        BenchmarkVerdict slower = report.Benchmarks.Single(b => b.Verdict == ChangeVerdict.Slower);
        var console = new StringWriter();
        ConsoleTableWriter.Write(report, console);
        string[] outputs = [console.ToString(), MarkdownWriter.Render(report, all: true), JUnitWriter.Render(report), GatePage.Render(report)];

        string ratio = Numbers.RatioWithInterval(slower.Estimate.Ratio, slower.Estimate.Lower, slower.Estimate.Upper);
        Assert.Matches(@"^\d\.\d{3}x \[\d\.\d{3}x, \d\.\d{3}x\]$", ratio);
        Assert.All(outputs, output => Assert.Contains(ratio, output));
        Assert.All(outputs.Where(o => !o.StartsWith("<?xml", StringComparison.Ordinal)), output => Assert.Contains(Numbers.Time(slower.BaselineTimeNs), output));
    }

    [Fact]
    public void Interval_labels_and_the_rule_read_the_level_the_estimates_were_computed_at()
    {
        GateReport at90 = report with
        {
            Benchmarks = [.. report.Benchmarks.Select(b => b with { Estimate = b.Estimate with { ConfidenceLevel = 0.9 } })],
            PairChecks = [.. report.PairChecks.Select(c => c with { Estimate = c.Estimate is { } e ? e with { ConfidenceLevel = 0.9 } : null })],
        };

        string markdown = MarkdownWriter.Render(at90, all: true);

        Assert.Equal(0.05, at90.Alpha);
        Assert.Contains("ratio [90% CI]", markdown);
        Assert.DoesNotContain("ratio [95% CI]", markdown);
        Assert.Contains("its 90% interval reaches the threshold", VerdictText.Rule(at90));
    }

    public void Dispose() => fixtures.Dispose();
}
