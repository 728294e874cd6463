using SkiaSharp;

namespace BenchHarness.Reports.Charts;

/// <summary>
/// Chooses the font charts are drawn with. ScottPlot's default resolves to a serif face on Linux, and with no
/// font installed at all it draws charts without any text and raises no error: callers ask <see cref="Warning"/>.
/// </summary>
public static class ChartFonts
{
    private static readonly string[] Preferred = ["DejaVu Sans", "Liberation Sans", "Noto Sans", "Open Sans", "Arial", "Helvetica"];
    private static readonly Lazy<string?> Chosen = new(Choose);

    /// <summary>The font family charts use, or null when the machine has no font at all.</summary>
    public static string? Family => Chosen.Value;

    /// <summary>A sentence for the report when chart text cannot render, otherwise null.</summary>
    public static string? Warning => Family is null
        ? "No font is installed, so the charts have no text (axes, labels, legends); install fonts-dejavu-core and run the report again. The tables are complete."
        : null;

    /// <summary>Points ScottPlot at the chosen font; idempotent and cheap after the first call.</summary>
    public static void Apply()
    {
        if (Family is { } family && ScottPlot.Fonts.Default != family)
            ScottPlot.Fonts.Default = family;
    }

    private static string? Choose()
    {
        var installed = new HashSet<string>(SKFontManager.Default.FontFamilies, StringComparer.OrdinalIgnoreCase);
        return Preferred.FirstOrDefault(installed.Contains) ?? installed.Order(StringComparer.Ordinal).FirstOrDefault();
    }
}
