using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BenchHarness.Gate.Configuration;
using BenchHarness.Gate.Export;
using BenchHarness.Gate.Verdicts;
using BenchHarness.IntegrationTests.Support;
using BenchHarness.Reports.Pages;
using SkiaSharp;

namespace BenchHarness.IntegrationTests.Gate;

/// <summary>gate.html answers first: the outcome and the regressions, then charts whose labels never overlap, then the rows.</summary>
public sealed class GatePageTests : IDisposable
{
    private readonly GateFixtures fixtures = new();
    private readonly GateReport report;
    private readonly IDocument page;
    private readonly PlannedBenchmark regressed = GateFixtures.StandardPlan[6];

    public GatePageTests()
    {
        // P01's eager members and its graph fix take the same time at each size: three labels want the same place.
        string baseline = fixtures.Write(GateFixtures.StandardPlan, 1, runId: "base-run");
        string current = fixtures.Write(GateFixtures.StandardPlan, 2, scale: p => p == regressed ? 1.5 : 1, runId: "head-run");
        report = GateFixtures.Compare(baseline, current, GateConfig.Defaults);
        page = new HtmlParser().ParseDocument(GatePage.Render(report));
    }

    [Fact]
    public void The_outcome_and_the_regressions_come_before_the_charts_and_the_rows()
    {
        Assert.Equal(GateOutcome.Regression, report.Outcome);
        IElement lead = page.QuerySelector("body > div.lead")!;
        Assert.True(lead.CompareDocumentPosition(page.QuerySelector("nav")!).HasFlag(DocumentPositions.Following));
        IElement outcome = lead.QuerySelector("#outcome")!;
        Assert.StartsWith("regression:", outcome.TextContent);
        Assert.Contains($"{report.Count(ChangeVerdict.Slower)} slower", outcome.QuerySelectorAll(".badge").Select(b => b.TextContent));

        IElement[] regressions = lead.QuerySelector("#regressions table")!.QuerySelectorAll("tbody tr").ToArray();
        IElement row = Assert.Single(regressions);
        Assert.Equal(regressed.ShortName, row.QuerySelectorAll("td")[1].TextContent);
        // The full table also starts with the regression.
        Assert.Equal("slower", page.QuerySelector("#benchmarks tbody tr td")!.TextContent);
    }

    [Fact]
    public void The_rule_is_stated_once_and_each_row_gives_only_its_numbers()
    {
        string rule = VerdictText.Rule(report);
        Assert.Equal(1, CountOf(page.Body!.TextContent, rule));
        string[] numbers = page.QuerySelectorAll("#benchmarks tbody tr").Select(r => r.QuerySelectorAll("td")[^1].TextContent).ToArray();
        Assert.Equal(report.Benchmarks.Count, numbers.Length);
        Assert.All(numbers, n => Assert.DoesNotContain("lies within the band", n, StringComparison.Ordinal));
        Assert.Contains(numbers, n => n.StartsWith("p ", StringComparison.Ordinal) && n.Contains(" reaches ", StringComparison.Ordinal));
        Assert.Contains(numbers, n => System.Text.RegularExpressions.Regex.IsMatch(n, @"^\[\d\.\d+x, \d\.\d+x\] inside \[\d\.\d+x, \d\.\d+x\]$"));
    }

    [Fact]
    public void No_two_labels_of_a_slope_chart_overlap_even_where_benchmarks_end_at_the_same_time()
    {
        IElement[] charts = page.QuerySelectorAll("#slopes svg.chart").ToArray();
        Assert.Equal(2, charts.Length);
        foreach (IElement chart in charts)
        {
            IReadOnlyList<LabelBox> boxes = SvgLabels.Boxes(chart);
            Assert.Contains(boxes, b => b.Text.StartsWith("Fix Eager Cpu Size=16", StringComparison.Ordinal));
            Assert.Empty(SvgLabels.Overlapping(chart).Select(o => $"{o.A} over {o.B}"));
        }
    }

    [Fact]
    public void The_first_screen_at_1280x800_shows_the_outcome_line_and_the_regression()
    {
        HeadlessChromium.RequireInstalled();
        string html = Path.Combine(fixtures.Root, "gate.html");
        File.WriteAllText(html, GatePage.Render(report));
        string png = TestArtifacts.PathFor("gate-first-screen.png");
        File.Delete(png);

        ChromiumRun run = HeadlessChromium.Screenshot(html, png, 1280, 800);

        Assert.True(File.Exists(png), $"no screenshot (exit {run.ExitCode}): {run.StandardError}");
        Assert.Empty(run.ConsoleMessages);
        using SKBitmap bitmap = SKBitmap.Decode(png);
        Assert.True(Screenshots.LongestRun(bitmap, Screenshots.OutcomeBackground, horizontal: true) >= 600, $"no outcome line on the first screen ({png})");
        // The "1 slower" badge and the regression's verdict cell are the page's only vermillion above the charts.
        Assert.True(Screenshots.CountNear(bitmap, new SKColor(0xD5, 0x5E, 0x00)) > 150, $"no regression on the first screen ({png})");
    }

    private static int CountOf(string text, string value)
    {
        int count = 0;
        for (int at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
            count++;
        return count;
    }

    public void Dispose() => fixtures.Dispose();
}
