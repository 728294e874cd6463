using BenchHarness.Reports.Charts;

namespace BenchHarness.Reports.Exporters;

/// <summary>Draws independent charts, in parallel when there are several.</summary>
public static class ChartRendering
{
    public static ChartSvg[] DrawAll(IReadOnlyList<Func<ChartSvg>> draws)
    {
        ChartFonts.Apply();
        var drawn = new ChartSvg[draws.Count];
        Parallel.For(0, draws.Count, i => drawn[i] = draws[i]());
        return drawn;
    }
}
