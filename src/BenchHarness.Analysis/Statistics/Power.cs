namespace BenchHarness.Analysis.Statistics;

/// <summary>
/// Whether a comparison could have detected a given relative change with a two-sided test at a given level, and how
/// many units (processes, or rounds when paired) it would take.
/// </summary>
/// <param name="MinimumDetectableRatio">The smallest ratio (above 1) detected with the requested power by a two-sided
/// test at level alpha: exp(SE (t_df(1 - alpha/2) + t_df(power))), with the estimate's own standard error and degrees
/// of freedom.</param>
/// <param name="Threshold">The ratio the caller wants to detect, e.g. 1.05 for 5%.</param>
/// <param name="Alpha">The per-test level the power is computed at (for a corrected family, the level its first
/// step applies: alpha / m).</param>
/// <param name="ProcessesNeeded">Units per side that would detect the threshold: the standard error shrinks as
/// 1/sqrt(units) and the degrees of freedom grow with them; at least 2, at most <see cref="Power.MaximumUnits"/>
/// (where more measuring is not the remedy).</param>
/// <param name="IterationsNeeded">For <see cref="UnitOfNoise.Iteration"/>: iterations per process to detect it,
/// assuming SE scales as 1/sqrt(iterations) (optimistic: process noise is unknown); null otherwise.</param>
public sealed record PowerAssessment(
    double MinimumDetectableRatio,
    double Threshold,
    double Alpha,
    int ProcessesNeeded,
    int? IterationsNeeded)
{
    public bool CanDetect => MinimumDetectableRatio <= Threshold;
}

public static class Power
{
    /// <summary>Beyond this many units per side the advice says the machine, not the sample, is the problem.</summary>
    public const int MaximumUnits = 1000;

    /// <summary>
    /// Assesses <paramref name="estimate"/> against a relative <paramref name="threshold"/> (a ratio, e.g. 1.05 for
    /// 5%; 0.95 is read as the same 5% the other way), for a two-sided test at <paramref name="alpha"/>.
    /// </summary>
    public static PowerAssessment Assess(RatioEstimate estimate, double threshold, double alpha = 0.05, double power = 0.8)
    {
        if (!(threshold > 0) || threshold == 1 || !double.IsFinite(threshold))
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold must be a positive ratio other than 1.");
        if (alpha is <= 0 or >= 1)
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "Alpha must lie in (0, 1).");
        if (power is <= 0 or >= 1)
            throw new ArgumentOutOfRangeException(nameof(power), power, "Power must lie in (0, 1).");
        double logThreshold = Math.Abs(Math.Log(threshold));
        double standardError = estimate.LogStandardError, degrees = estimate.DegreesOfFreedom;
        double detectableLog = DetectableLog(standardError, degrees, alpha, power);

        int units = Math.Max(1, estimate.Units);
        // Own degrees of freedom grow with the units; what a variance prior lends does not.
        double lent = estimate.Unit == UnitOfNoise.Process ? Math.Max(0, degrees - OwnDegrees(estimate)) : 0;
        int needed = units;
        while (needed < MaximumUnits
               && DetectableLog(standardError * Math.Sqrt((double)units / needed), lent + OwnDegrees(estimate) * needed / units, alpha, power) > logThreshold)
            needed = Math.Min(MaximumUnits, Math.Max(needed + 1, (int)(needed * 1.1)));

        int iterations = estimate.Sides.Min(s => s.MinIterationsPerProcess);
        return new PowerAssessment(
            Math.Exp(detectableLog), Math.Exp(logThreshold), alpha,
            Math.Max(2, needed),
            estimate.Unit == UnitOfNoise.Iteration ? Math.Max(iterations, Scale(iterations, detectableLog / logThreshold)) : null);
    }

    private static double DetectableLog(double standardError, double degrees, double alpha, double power) =>
        double.IsFinite(standardError)
            ? standardError * (WaldTest.TQuantile(1 - alpha / 2, Math.Max(degrees, 0.5)) + WaldTest.TQuantile(power, Math.Max(degrees, 0.5)))
            : double.PositiveInfinity;

    // Degrees of freedom the estimate's own units give: rounds - 1 when paired, else about (units - 1) per side.
    private static double OwnDegrees(RatioEstimate estimate) =>
        estimate.Paired ? estimate.Units - 1 : Math.Max(1, estimate.Sides.Sum(s => s.Processes - 1));

    private static int Scale(int count, double ratio) =>
        double.IsFinite(ratio) && count * ratio * ratio < int.MaxValue ? (int)Math.Ceiling(count * ratio * ratio - 1e-9) : int.MaxValue;
}
