using BenchHarness.IntegrationTests.Support;
using SkiaSharp;

namespace BenchHarness.IntegrationTests.Reports;

/// <summary>The page as a person sees it: rendered by headless Chromium, not blank, no console messages.</summary>
public class ReportBrowserTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    [Fact]
    public void The_report_renders_in_chromium_with_charts_and_without_console_errors()
    {
        HeadlessChromium.RequireInstalled();
        using var temporary = new TemporaryDirectory();
        string png = temporary.Combine("report.png");

        // Tall enough to reach the time charts below the tables.
        ChromiumRun run = HeadlessChromium.Screenshot(fixture.Report.IndexHtml, png, 1280, 16000);

        Assert.True(File.Exists(png), $"no screenshot (exit {run.ExitCode}): {run.StandardError}");
        Assert.Empty(run.ConsoleMessages);
        using SKBitmap bitmap = SKBitmap.Decode(png);
        Assert.Equal(1280, bitmap.Width);
        Assert.True(LuminanceVariance(bitmap) > 200, "the screenshot is (nearly) blank");
        // The fix's green is drawn by the charts only (the stylesheet never uses it): it shows the inline SVG rendered.
        Assert.True(Screenshots.CountNear(bitmap, new SKColor(0x00, 0x9E, 0x73)) > 200, "no chart green on screen: the SVG charts did not render");
    }

    [Fact]
    public void The_first_screen_at_1280x800_shows_the_outcome_line_and_the_overview_chart()
    {
        HeadlessChromium.RequireInstalled();
        string png = TestArtifacts.PathFor("report-first-screen.png");
        File.Delete(png);

        ChromiumRun run = HeadlessChromium.Screenshot(fixture.Report.IndexHtml, png, 1280, 800);

        Assert.True(File.Exists(png), $"no screenshot (exit {run.ExitCode}): {run.StandardError}");
        using SKBitmap bitmap = SKBitmap.Decode(png);
        Assert.Equal((1280, 800), (bitmap.Width, bitmap.Height));
        // The outcome line spans the page's column; the chart's expected region spans its data area's height.
        int outcome = Screenshots.LongestRun(bitmap, Screenshots.OutcomeBackground, horizontal: true);
        Assert.True(outcome >= 600, $"the outcome line is not on the first screen (longest run of its background: {outcome} px; screenshot {png})");
        int region = Screenshots.LongestRun(bitmap, Screenshots.ExpectedRegion, horizontal: false);
        Assert.True(region >= 60, $"the overview chart is not on the first screen (longest run of its expected region: {region} px; screenshot {png})");
    }

    [Fact]
    public void The_console_check_sees_errors_on_a_broken_page()
    {
        HeadlessChromium.RequireInstalled();
        using var temporary = new TemporaryDirectory();
        string page = temporary.Combine("broken.html");
        File.WriteAllText(page, "<!DOCTYPE html><html><body><p>broken</p><script>undefinedFunction();</script></body></html>");

        ChromiumRun run = HeadlessChromium.Screenshot(page, temporary.Combine("broken.png"), 400, 300);

        Assert.Contains(run.ConsoleMessages, m => m.Contains("undefinedFunction is not defined", StringComparison.Ordinal));
    }

    internal static double LuminanceVariance(SKBitmap bitmap)
    {
        double sum = 0, squares = 0;
        int count = 0;
        for (int y = 0; y < bitmap.Height; y += 3)
            for (int x = 0; x < bitmap.Width; x += 3)
            {
                SKColor c = bitmap.GetPixel(x, y);
                double luminance = 0.2126 * c.Red + 0.7152 * c.Green + 0.0722 * c.Blue;
                sum += luminance;
                squares += luminance * luminance;
                count++;
            }
        double mean = sum / count;
        return squares / count - mean * mean;
    }

    internal static int CountNear(SKBitmap bitmap, SKColor target, int tolerance = 24)
    {
        int count = 0;
        for (int y = 0; y < bitmap.Height; y += 2)
            for (int x = 0; x < bitmap.Width; x += 2)
            {
                SKColor c = bitmap.GetPixel(x, y);
                if (Math.Abs(c.Red - target.Red) <= tolerance && Math.Abs(c.Green - target.Green) <= tolerance && Math.Abs(c.Blue - target.Blue) <= tolerance)
                    count++;
            }
        return count;
    }
}
