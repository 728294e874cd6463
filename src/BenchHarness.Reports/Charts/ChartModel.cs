namespace BenchHarness.Reports.Charts;

/// <summary>Which side of 1x an interval lies on.</summary>
public enum EffectDirection
{
    /// <summary>Wholly above 1x: the subject (the fix, graph mode, the current run) is faster.</summary>
    Faster,

    /// <summary>Wholly below 1x: the subject is slower.</summary>
    Slower,

    /// <summary>The interval includes 1x.</summary>
    Unclear,
}

/// <summary>
/// A speed-up with its interval: <c>reference time / subject time</c>, so above 1 means the subject is faster.
/// </summary>
public sealed record RatioInterval(double Estimate, double Lower, double Upper)
{
    public EffectDirection Direction =>
        Lower > 1 ? EffectDirection.Faster : Upper < 1 ? EffectDirection.Slower : EffectDirection.Unclear;

    public bool IsFinitePositive => Estimate > 0 && Lower > 0 && Upper > 0
                                    && double.IsFinite(Estimate) && double.IsFinite(Lower) && double.IsFinite(Upper);
}

/// <summary>The chart as inline-ready SVG markup, with the size it was drawn at and what it shows.</summary>
/// <param name="Markup">ScottPlot's SVG document; give it a unique id prefix before putting it in a page.</param>
/// <param name="Description">One sentence for screen readers and the SVG's title.</param>
public sealed record ChartSvg(string Markup, int Width, int Height, string Description);
