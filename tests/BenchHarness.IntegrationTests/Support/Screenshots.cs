using SkiaSharp;

namespace BenchHarness.IntegrationTests.Support;

/// <summary>What a screenshot shows, by colour: the page's probes are colours nothing else on it uses.</summary>
public static class Screenshots
{
    /// <summary>The outcome line's background (PageStyle's <c>.outcome</c>).</summary>
    public static readonly SKColor OutcomeBackground = new(0xF4, 0xF1, 0xEA);

    /// <summary>The overview chart's expected region (ChartColors.Expected).</summary>
    public static readonly SKColor ExpectedRegion = new(0xE3, 0xF2, 0xE9);

    /// <summary>The longest straight run of pixels of exactly this colour (within 3 per channel), along rows or columns.</summary>
    public static int LongestRun(SKBitmap bitmap, SKColor target, bool horizontal)
    {
        int longest = 0;
        int lines = horizontal ? bitmap.Height : bitmap.Width, length = horizontal ? bitmap.Width : bitmap.Height;
        for (int line = 0; line < lines; line++)
        {
            int run = 0;
            for (int along = 0; along < length; along++)
            {
                SKColor c = horizontal ? bitmap.GetPixel(along, line) : bitmap.GetPixel(line, along);
                run = Near(c, target, 3) ? run + 1 : 0;
                longest = Math.Max(longest, run);
            }
        }
        return longest;
    }

    /// <summary>Pixels near a colour, sampling every second row and column.</summary>
    public static int CountNear(SKBitmap bitmap, SKColor target, int tolerance = 24)
    {
        int count = 0;
        for (int y = 0; y < bitmap.Height; y += 2)
            for (int x = 0; x < bitmap.Width; x += 2)
                if (Near(bitmap.GetPixel(x, y), target, tolerance))
                    count++;
        return count;
    }

    private static bool Near(SKColor c, SKColor target, int tolerance) =>
        Math.Abs(c.Red - target.Red) <= tolerance && Math.Abs(c.Green - target.Green) <= tolerance && Math.Abs(c.Blue - target.Blue) <= tolerance;
}
