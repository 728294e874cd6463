using BenchHarness.Analysis.Pairs;
using BenchHarness.Analysis.Statistics;
using BenchHarness.Identity;
using BenchHarness.Reports.Charts;
using BenchHarness.Text;

namespace BenchHarness.Reports.Model;

/// <summary>How a comparison is put in words: what it holds equal, what its two sides are, which way it points.</summary>
public static class ComparisonText
{
    /// <summary>"1.230x [1.100x, 1.370x]": <see cref="Numbers.RatioWithInterval"/> of a speed-up estimate.</summary>
    public static string RatioWithInterval(RatioEstimate estimate) =>
        Numbers.RatioWithInterval(estimate.Estimate, estimate.Interval.Lower, estimate.Interval.Upper);

    /// <summary>The row label of a comparison: the axes it holds equal, e.g. "Graph · Cpu · Size=16 · first call".</summary>
    public static string HeldEqual(ComparisonKey key)
    {
        var parts = new List<string>();
        if (key.Member is { } member) parts.Add(member.ToString());
        if (key.Mode is { } mode) parts.Add(mode.ToString());
        if (key.Device is { } device) parts.Add(device.ToString());
        if (key.Case.Length > 0) parts.Add(key.Case);
        if (CallPhases.Words(key.Phase) is { } phase) parts.Add(phase);
        return string.Join(" · ", parts);
    }

    /// <summary>What the speed-up of a comparison kind is of, and against what: ("fix", "anti-pattern").</summary>
    public static (string Candidate, string Reference) SidesOf(ComparisonKind kind) => kind switch
    {
        ComparisonKind.FixVsAnti => ("fix", "anti-pattern"),
        ComparisonKind.GraphVsEager => ("graph", "eager"),
        _ => ("CUDA", "CPU"),
    };

    public static RatioInterval ToChart(RatioEstimate estimate) =>
        new(estimate.Estimate, estimate.Interval.Lower, estimate.Interval.Upper);

    /// <summary>"faster", "slower" or "unclear": which side of 1x the interval lies on.</summary>
    public static EffectDirection Direction(RatioEstimate estimate) => ToChart(estimate).Direction;

    /// <summary>"fix faster", "graph slower", "no clear difference": a direction said of the kind's candidate.</summary>
    public static string DirectionWords(EffectDirection direction, ComparisonKind kind)
    {
        string candidate = SidesOf(kind).Candidate;
        return direction switch
        {
            EffectDirection.Faster => $"{candidate} faster",
            EffectDirection.Slower => $"{candidate} slower",
            _ => "no clear difference",
        };
    }
}
