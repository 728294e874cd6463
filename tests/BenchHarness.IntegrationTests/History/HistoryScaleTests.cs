using System.Text.Json;
using BenchHarness.IntegrationTests.Support;
using SkiaSharp;

namespace BenchHarness.IntegrationTests.History;

/// <summary>A history of 1,000 result sets, added in one command and reported once, for the tests below.</summary>
public sealed class HistoryScaleFixture : IDisposable
{
    public const int Runs = 1_000;

    private readonly TemporaryDirectory _temporary = new();

    public HistoryScaleFixture()
    {
        string[] runs = Enumerable.Range(0, Runs)
            .Select(i => SyntheticHistory.WriteRun(_temporary.Combine("runs"), i, SyntheticHistory.Steady, processes: 3))
            .ToArray();
        Store = _temporary.Combine("history.db");
        Output = _temporary.Combine("page");
        Add = BuiltPrograms.RunCli(["history", "add", "--store", Store, .. runs]);
        Report = BuiltPrograms.RunCli("history", "report", "--store", Store, "--out", Output);
    }

    public string Store { get; }
    public string Output { get; }
    public ProgramRun Add { get; }
    public ProgramRun Report { get; }

    public string IndexHtml => Path.Combine(Output, "index.html");

    public void Dispose() => _temporary.Dispose();
}

/// <summary>1,000 result sets load into the store, and their page is bounded in size and renders in a browser.</summary>
public class HistoryScaleTests(HistoryScaleFixture fixture) : IClassFixture<HistoryScaleFixture>
{
    [Fact]
    public void A_thousand_result_sets_load_and_their_page_stays_bounded()
    {
        Assert.True(fixture.Add.ExitCode == 0, fixture.Add.StandardError);
        Assert.True(fixture.Report.ExitCode == 0, fixture.Report.StandardError);

        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(Path.Combine(fixture.Output, "history.json")));
        Assert.Equal(HistoryScaleFixture.Runs, json.RootElement.GetProperty("runs").GetInt32());
        JsonElement machine = Assert.Single(json.RootElement.GetProperty("machines").EnumerateArray());
        Assert.Equal(HistoryScaleFixture.Runs, machine.GetProperty("commits").GetArrayLength());
        Assert.All(machine.GetProperty("series").EnumerateArray(),
            s => Assert.Equal(HistoryScaleFixture.Runs, s.GetProperty("points").GetArrayLength()));

        long size = new FileInfo(fixture.IndexHtml).Length;
        TestContext.Current.TestOutputHelper?.WriteLine($"index.html: {size:N0} bytes; history.json: {new FileInfo(Path.Combine(fixture.Output, "history.json")).Length:N0} bytes; store: {new FileInfo(fixture.Store).Length:N0} bytes");
        Assert.True(size < 2_000_000, $"index.html of {HistoryScaleFixture.Runs} commits is {size:N0} bytes");
        Assert.Contains("Charts show the newest 120 commits", File.ReadAllText(fixture.IndexHtml));
    }

    [Fact]
    public void The_page_of_a_thousand_result_sets_renders_in_chromium()
    {
        HeadlessChromium.RequireInstalled();
        Assert.True(fixture.Report.ExitCode == 0, fixture.Report.StandardError);
        using var temporary = new TemporaryDirectory();
        string png = temporary.Combine("history.png");

        ChromiumRun run = HeadlessChromium.Screenshot(fixture.IndexHtml, png, 1280, 3000);

        Assert.True(File.Exists(png), $"no screenshot (exit {run.ExitCode}): {run.StandardError}");
        Assert.Empty(run.ConsoleMessages);
        using SKBitmap bitmap = SKBitmap.Decode(png);
        Assert.True(Reports.ReportBrowserTests.LuminanceVariance(bitmap) > 200, "the screenshot is (nearly) blank");
        // The palette's green is the times chart's third line; the stylesheet never uses it.
        Assert.True(Reports.ReportBrowserTests.CountNear(bitmap, new SKColor(0x00, 0x9E, 0x73)) > 100, "no chart green on screen: the SVG charts did not render");
    }
}
