using Perfolizer.Mathematics.Distributions.ContinuousDistributions;

namespace BenchHarness.Analysis.Statistics;

/// <summary>
/// p-values for a ratio on the log scale given a standard error: z = ln(estimate / null) / SE, referred to Student's t
/// with the given degrees of freedom (the normal distribution when they are infinite).
/// </summary>
public static class WaldTest
{
    /// <summary>Two-sided p-value of H0: ratio = <paramref name="nullRatio"/>.</summary>
    public static double TwoSided(double estimate, double nullRatio, double logStandardError, double degreesOfFreedom = double.PositiveInfinity) =>
        Math.Min(1, 2 * Upper(Math.Max(estimate, nullRatio), Math.Min(estimate, nullRatio), logStandardError, degreesOfFreedom));

    /// <summary>One-sided p-value of H0: ratio ≤ <paramref name="nullRatio"/> against ratio &gt; it.</summary>
    public static double Upper(double estimate, double nullRatio, double logStandardError, double degreesOfFreedom = double.PositiveInfinity)
    {
        double distance = Math.Log(estimate) - Math.Log(nullRatio);
        if (logStandardError <= 0)
            return distance > 0 ? 0 : distance < 0 ? 1 : 0.5;
        double statistic = distance / logStandardError;
        return UsesNormal(degreesOfFreedom)
            ? StandardNormal.UpperTail(statistic)
            : statistic >= 0
                ? new StudentDistribution(degreesOfFreedom).Cdf(-statistic)
                : 1 - new StudentDistribution(degreesOfFreedom).Cdf(statistic);
    }

    /// <summary>Student's t quantile (the normal quantile for infinite or very large degrees of freedom).</summary>
    public static double TQuantile(double probability, double degreesOfFreedom) =>
        UsesNormal(degreesOfFreedom) ? StandardNormal.Quantile(probability) : new StudentDistribution(degreesOfFreedom).Quantile(probability);

    // Beyond 1e6 degrees of freedom t and normal quantiles agree to 1e-6.
    private static bool UsesNormal(double degreesOfFreedom) => double.IsInfinity(degreesOfFreedom) || degreesOfFreedom > 1e6;
}
