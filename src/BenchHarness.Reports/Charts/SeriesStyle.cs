using BenchHarness.Identity;
using ScottPlot;

namespace BenchHarness.Reports.Charts;

/// <summary>How one series is drawn. Member is colour, mode is line and marker, the same in every time chart.</summary>
public sealed record SeriesStyle(Color Color, LinePattern Line, MarkerShape Marker)
{
    public static SeriesStyle For(PairMember member, ExecutionMode mode) => new(
        member == PairMember.Anti ? ChartColors.Anti : ChartColors.Fix,
        mode == ExecutionMode.Graph ? LinePattern.Solid : LinePattern.Dashed,
        mode == ExecutionMode.Graph ? MarkerShape.FilledCircle : MarkerShape.OpenCircle);

    public static string Name(PairMember member, ExecutionMode mode) =>
        $"{member} {mode.ToString().ToLowerInvariant()}";
}
