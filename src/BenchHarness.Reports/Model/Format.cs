using System.Globalization;
using BenchHarness.Analysis.Pairs;
using BenchHarness.Analysis.Statistics;
using BenchHarness.Reports.Charts;

namespace BenchHarness.Reports.Model;

/// <summary>How numbers and comparisons are written, the same in the page, the markdown and the JSON's text fields.</summary>
public static class Format
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Time(double nanoseconds) => !double.IsFinite(nanoseconds) ? "n/a" : nanoseconds < 0 ? $"-{Time(-nanoseconds)}" : nanoseconds switch
    {
        >= 1e9 => $"{(nanoseconds / 1e9).ToString("0.00", Invariant)} s",
        >= 1e6 => $"{(nanoseconds / 1e6).ToString("0.00", Invariant)} ms",
        >= 1e3 => $"{(nanoseconds / 1e3).ToString("0.00", Invariant)} µs",
        _ => $"{nanoseconds.ToString("0.0", Invariant)} ns",
    };

    public static string Ratio(double ratio) => double.IsFinite(ratio)
        ? $"{ratio.ToString(ratio >= 100 ? "0" : ratio >= 10 ? "0.0" : "0.00", Invariant)}x"
        : "n/a";

    /// <summary>"1.23x [1.10x, 1.37x]".</summary>
    public static string RatioWithInterval(RatioEstimate estimate) =>
        $"{Ratio(estimate.Estimate)} [{Ratio(estimate.Interval.Lower)}, {Ratio(estimate.Interval.Upper)}]";

    /// <summary>A p-value to four decimals, "&lt; 0.0001" below that.</summary>
    public static string PValue(double p) => p < 0.0001 ? "< 0.0001" : p.ToString("0.####", Invariant);

    public static string Percent(double level) => $"{(level * 100).ToString("0.#", Invariant)}%";

    public static string Number(double value, string format = "0.###") => value.ToString(format, Invariant);

    public static string Utc(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", Invariant);

    /// <summary>The row label of a comparison: the axes it holds equal, e.g. "Graph · Cpu · Size=16 · first call".</summary>
    public static string Held(ComparisonKey key)
    {
        var parts = new List<string>();
        if (key.Member is { } member) parts.Add(member.ToString());
        if (key.Mode is { } mode) parts.Add(mode.ToString());
        if (key.Device is { } device) parts.Add(device.ToString());
        if (key.Case.Length > 0) parts.Add(key.Case);
        if (BenchHarness.Identity.CallPhases.Words(key.Phase) is { } phase) parts.Add(phase);
        return string.Join(" · ", parts);
    }

    /// <summary>What the speed-up of a comparison kind is of, and against what.</summary>
    public static (string Candidate, string Reference) Sides(ComparisonKind kind) => kind switch
    {
        ComparisonKind.FixVsAnti => ("fix", "anti-pattern"),
        ComparisonKind.GraphVsEager => ("graph", "eager"),
        _ => ("CUDA", "CPU"),
    };

    public static RatioInterval ToChart(RatioEstimate estimate) =>
        new(estimate.Estimate, estimate.Interval.Lower, estimate.Interval.Upper);

    /// <summary>"faster", "slower" or "unclear": which side of 1x the interval lies on.</summary>
    public static EffectDirection Direction(RatioEstimate estimate) => ToChart(estimate).Direction;

    public static string Words(EffectDirection direction, ComparisonKind kind)
    {
        string candidate = Sides(kind).Candidate;
        return direction switch
        {
            EffectDirection.Faster => $"{candidate} faster",
            EffectDirection.Slower => $"{candidate} slower",
            _ => "no clear difference",
        };
    }
}
