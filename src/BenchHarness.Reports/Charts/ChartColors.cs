using ScottPlot;

namespace BenchHarness.Reports.Charts;

/// <summary>
/// The report's colours, from the Okabe-Ito palette so they stay distinct for colour-blind readers. Each colour
/// means one thing everywhere: a reader who learns it on the forest plot can read every other chart with it.
/// </summary>
public static class ChartColors
{
    /// <summary>The interval lies wholly on the faster side of 1x.</summary>
    public static Color Faster { get; } = Color.FromHex("#0072B2");

    /// <summary>The interval lies wholly on the slower side of 1x.</summary>
    public static Color Slower { get; } = Color.FromHex("#D55E00");

    /// <summary>The interval includes 1x: no difference can be claimed.</summary>
    public static Color Unclear { get; } = Color.FromHex("#8C8C8C");

    /// <summary>The anti-pattern, in time charts.</summary>
    public static Color Anti { get; } = Color.FromHex("#CC79A7");

    /// <summary>The fix, in time charts.</summary>
    public static Color Fix { get; } = Color.FromHex("#009E73");

    /// <summary>The region where the study expects the fix to be (the overview chart): used by nothing else.</summary>
    public static Color Expected { get; } = Color.FromHex("#E3F2E9");

    public static Color Reference { get; } = Color.FromHex("#222222");
    public static Color Grid { get; } = Color.FromHex("#E4E4E4");
    public static Color Text { get; } = Color.FromHex("#222222");

    public static Color For(EffectDirection direction) => direction switch
    {
        EffectDirection.Faster => Faster,
        EffectDirection.Slower => Slower,
        _ => Unclear,
    };
}
