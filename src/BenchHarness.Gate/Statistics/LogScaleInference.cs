using Perfolizer.Mathematics.Distributions.ContinuousDistributions;

namespace BenchHarness.Gate.Statistics;

/// <summary>
/// Tests, power and sample-size advice read off a ratio's interval on the log scale, where ratios are symmetric
/// (1.25x slower and 1.25x faster are the same distance from 1). The interval comes from the analysis's
/// hierarchical bootstrap; its width gives the standard error of log(ratio), and everything here follows from that.
/// </summary>
public static class LogScaleInference
{
    public const double Power = 0.80;

    private static readonly NormalDistribution Normal = NormalDistribution.Standard;

    /// <summary>Standard error of log(ratio) from a two-sided interval at <paramref name="level"/>.</summary>
    public static double StandardError(double lower, double upper, double level)
    {
        double z = Normal.Quantile(0.5 + level / 2);
        return (Math.Log(upper) - Math.Log(lower)) / (2 * z);
    }

    /// <summary>Two-sided p-value of "the ratio is <paramref name="nullRatio"/>".</summary>
    public static double TwoSidedP(double ratio, double standardError, double nullRatio = 1)
    {
        double distance = Math.Abs(Math.Log(ratio) - Math.Log(nullRatio));
        if (standardError <= 0)
            return distance == 0 ? 1 : 0;
        return Math.Min(1, 2 * (1 - Normal.Cdf(distance / standardError)));
    }

    /// <summary>One-sided p-value of "the ratio is at least <paramref name="bound"/>": small when the ratio is clearly below it.</summary>
    public static double PBelow(double ratio, double standardError, double bound)
    {
        double distance = Math.Log(ratio) - Math.Log(bound);
        if (standardError <= 0)
            return distance < 0 ? 0 : 1;
        return Normal.Cdf(distance / standardError);
    }

    /// <summary>The smallest relative change (0.05 = 5%) a two-sided test at <paramref name="alpha"/> detects with 80% power.</summary>
    public static double MinimumDetectableEffect(double standardError, double alpha) =>
        Math.Exp((Normal.Quantile(1 - alpha / 2) + Normal.Quantile(Power)) * standardError) - 1;

    /// <summary>
    /// How many processes per side would bring the minimum detectable effect down to <paramref name="logDistance"/>,
    /// assuming the standard error shrinks as one over the square root of the process count (the process is the
    /// replicate). Null when the distance is zero (no sample size decides it).
    /// </summary>
    public static int? ProcessesNeeded(int processes, double standardError, double logDistance, double alpha)
    {
        if (logDistance <= 0 || processes <= 0)
            return null;
        double z = Normal.Quantile(1 - alpha / 2) + Normal.Quantile(Power);
        double needed = processes * Math.Pow(z * standardError / logDistance, 2);
        return needed > 1e6 ? null : Math.Max(processes + 1, (int)Math.Ceiling(needed));
    }
}
