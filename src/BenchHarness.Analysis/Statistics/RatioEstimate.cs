namespace BenchHarness.Analysis.Statistics;

/// <summary>
/// A ratio of timing samples (or, for erosion, a ratio of ratios) with its interval and p-values, all from one
/// construction: a t statistic on the log scale, ln(ratio) / SE on <see cref="DegreesOfFreedom"/>. The interval
/// printed beside a verdict and the p-value that decided it therefore always agree.
/// </summary>
/// <param name="Estimate">The ratio of the geometric means of the sides' process minima (or the ratio of such ratios).</param>
/// <param name="Interval">exp(ln Estimate ± t(df, 1 - alpha/2) SE) at the confidence level asked for.</param>
/// <param name="PValue">Two-sided p-value against a ratio of 1.</param>
/// <param name="Unit">Whether processes or (for a single-process side) iterations were the units: iteration-level
/// intervals omit between-process noise.</param>
/// <param name="Sides">The shape of each input sample, in argument order.</param>
/// <param name="LogStandardError">Standard error of ln(Estimate).</param>
/// <param name="DegreesOfFreedom">Of the t statistic: the units' own, plus what the run's variance prior lends (see
/// <see cref="VariancePrior"/>), combined across sides by Welch-Satterthwaite; infinite for a fully pooled variance.</param>
/// <param name="Paired">Whether the sides were paired round by round (an interleaved run), so that noise shared by a
/// round cancels in the ratio.</param>
/// <param name="Units">Units the standard error rests on: pairs of rounds when paired, else the fewest units of a side.</param>
public sealed record RatioEstimate(
    double Estimate,
    Interval Interval,
    double PValue,
    UnitOfNoise Unit,
    IReadOnlyList<SampleShape> Sides,
    double LogStandardError,
    double DegreesOfFreedom,
    bool Paired,
    int Units)
{
    /// <summary>The interval excludes 1 (equivalently, <see cref="PValue"/> is below 1 minus its level).</summary>
    public bool Significant => Interval.IsAbove(1) || Interval.IsBelow(1);

    /// <summary>A single process on some side: the interval omits between-process noise.</summary>
    public bool SingleProcess => Unit == UnitOfNoise.Iteration;

    /// <summary>Two-sided p-value of "the true ratio is <paramref name="nullRatio"/>".</summary>
    public double PValueAgainst(double nullRatio) => WaldTest.TwoSided(Estimate, nullRatio, LogStandardError, DegreesOfFreedom);

    /// <summary>One-sided p-value of "the true ratio is at most <paramref name="ratio"/>": small when the data show it
    /// above (e.g. current/baseline above 1.05: slower by more than 5%).</summary>
    public double PValueAbove(double ratio) => WaldTest.Upper(Estimate, ratio, LogStandardError, DegreesOfFreedom);

    /// <summary>One-sided p-value of "the true ratio is at least <paramref name="ratio"/>": small when the data show it below.</summary>
    public double PValueBelow(double ratio) => WaldTest.Upper(ratio, Estimate, LogStandardError, DegreesOfFreedom);

    /// <summary>The interval at another confidence level (e.g. one adjusted for multiplicity), by the same construction.</summary>
    public Interval IntervalAt(double confidenceLevel) => IntervalOf(Estimate, LogStandardError, DegreesOfFreedom, confidenceLevel);

    /// <summary>exp(ln estimate ± t(df, 1 - alpha/2) SE): the construction every interval of this type uses.</summary>
    public static Interval IntervalOf(double estimate, double logStandardError, double degreesOfFreedom, double confidenceLevel)
    {
        if (confidenceLevel is <= 0 or >= 1)
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel, "The confidence level must lie in (0, 1).");
        double halfWidth = logStandardError > 0 ? WaldTest.TQuantile(1 - (1 - confidenceLevel) / 2, degreesOfFreedom) * logStandardError : 0;
        return new Interval(estimate * Math.Exp(-halfWidth), estimate * Math.Exp(halfWidth), confidenceLevel);
    }
}
