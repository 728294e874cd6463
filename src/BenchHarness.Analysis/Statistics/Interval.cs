namespace BenchHarness.Analysis.Statistics;

/// <summary>A closed interval [Lower, Upper] with the confidence level it was computed at.</summary>
public sealed record Interval(double Lower, double Upper, double ConfidenceLevel)
{
    public bool Contains(double value) => Lower <= value && value <= Upper;

    /// <summary>The whole interval lies above <paramref name="value"/>.</summary>
    public bool IsAbove(double value) => Lower > value;

    /// <summary>The whole interval lies below <paramref name="value"/>.</summary>
    public bool IsBelow(double value) => Upper < value;

    /// <summary>Half the width on the log scale: the natural spread measure for ratios (symmetric for a/b and b/a).</summary>
    public double LogHalfWidth => (Math.Log(Upper) - Math.Log(Lower)) / 2;
}
