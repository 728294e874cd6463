namespace BenchHarness.Analysis.Statistics;

/// <summary>
/// Whether a comparison could have detected a given relative change, and how many processes (or iterations, for a
/// single-process comparison) it would take.
/// </summary>
/// <param name="MinimumDetectableRatio">The smallest ratio (above 1) detectable at the interval's level with the
/// requested power: exp(SE (t_{df}(1 - alpha/2) + t_{df}(power))), with the estimate's log standard error and degrees
/// of freedom (for an estimate without them: SE = the interval's log half-width / z_{1-alpha/2}, normal quantiles).</param>
/// <param name="Threshold">The ratio the caller wants to detect, e.g. 1.05 for 5%.</param>
/// <param name="ProcessesNeeded">Processes per side to detect the threshold, assuming SE scales as 1/sqrt(processes)
/// and normal quantiles (enough processes make t close to normal); at least 2 (one process cannot measure process noise).</param>
/// <param name="IterationsNeeded">For <see cref="ResamplingLevel.IterationsOnly"/>: iterations per process to detect
/// it, assuming SE scales as 1/sqrt(iterations) (optimistic: process noise is unknown); null otherwise.</param>
public sealed record PowerAssessment(
    double MinimumDetectableRatio,
    double Threshold,
    int ProcessesNeeded,
    int? IterationsNeeded)
{
    public bool CanDetect => MinimumDetectableRatio <= Threshold;
}

public static class Power
{
    /// <summary>
    /// Assesses <paramref name="estimate"/> against a relative <paramref name="threshold"/> (a ratio, e.g. 1.05 for
    /// 5%; 0.95 is read as the same 5% the other way).
    /// </summary>
    public static PowerAssessment Assess(RatioEstimate estimate, double threshold, double power = 0.8)
    {
        if (!(threshold > 0) || threshold == 1 || !double.IsFinite(threshold))
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold must be a positive ratio other than 1.");
        if (power is <= 0 or >= 1)
            throw new ArgumentOutOfRangeException(nameof(power), power, "Power must lie in (0, 1).");
        double logThreshold = Math.Abs(Math.Log(threshold));
        double upper = 1 - (1 - estimate.Interval.ConfidenceLevel) / 2;
        double zAlpha = NormalQuantile(upper);
        (double standardError, double degreesOfFreedom) = double.IsNaN(estimate.LogStandardError)
            ? (estimate.Interval.LogHalfWidth / zAlpha, double.PositiveInfinity)
            : (estimate.LogStandardError, estimate.DegreesOfFreedom);
        double detectableLog = standardError * (WaldTest.TQuantile(upper, degreesOfFreedom) + WaldTest.TQuantile(power, degreesOfFreedom));
        // Needed n scales with the square of how far the (large-sample) detectable effect is from the wanted one.
        double scale = Math.Pow(standardError * (zAlpha + NormalQuantile(power)) / logThreshold, 2);
        int processes = estimate.Sides.Min(s => s.Processes);
        int iterations = estimate.Sides.Min(s => s.MinIterationsPerProcess);
        return new PowerAssessment(
            Math.Exp(detectableLog),
            Math.Exp(logThreshold),
            Math.Max(2, CeilingCount(processes * scale)),
            estimate.Level == ResamplingLevel.IterationsOnly ? Math.Max(iterations, CeilingCount(iterations * scale)) : null);
    }

    private static int CeilingCount(double value) => value >= int.MaxValue ? int.MaxValue : (int)Math.Ceiling(value - 1e-9);

    /// <summary>Standard normal quantile (Acklam's rational approximation, relative error below 1.2e-9).</summary>
    public static double NormalQuantile(double probability)
    {
        if (probability is <= 0 or >= 1)
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "The probability must lie in (0, 1).");
        ReadOnlySpan<double> a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00];
        ReadOnlySpan<double> b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01];
        ReadOnlySpan<double> c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00];
        ReadOnlySpan<double> d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00];
        const double low = 0.02425;
        if (probability < low || probability > 1 - low)
        {
            double q = Math.Sqrt(-2 * Math.Log(probability < low ? probability : 1 - probability));
            double tail = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
            return probability < low ? tail : -tail;
        }
        double r = probability - 0.5, s = r * r;
        return (((((a[0] * s + a[1]) * s + a[2]) * s + a[3]) * s + a[4]) * s + a[5]) * r
               / (((((b[0] * s + b[1]) * s + b[2]) * s + b[3]) * s + b[4]) * s + 1);
    }
}
