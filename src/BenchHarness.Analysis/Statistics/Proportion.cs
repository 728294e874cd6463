using Perfolizer.Mathematics.Distributions.ContinuousDistributions;

namespace BenchHarness.Analysis.Statistics;

/// <summary>A rate counted over trials, with its exact (Clopper-Pearson) confidence interval.</summary>
public sealed record Proportion(int Successes, int Trials, Interval Interval)
{
    public double Rate => Trials == 0 ? double.NaN : (double)Successes / Trials;

    /// <summary>Clopper and Pearson's interval from beta quantiles: never narrower than the binomial allows.</summary>
    public static Proportion Of(int successes, int trials, double confidenceLevel = 0.95)
    {
        if (trials < 0 || successes < 0 || successes > trials)
            throw new ArgumentOutOfRangeException(nameof(successes), successes, "Successes must lie between 0 and the trials.");
        double tail = (1 - confidenceLevel) / 2;
        double lower = successes == 0 ? 0 : new BetaDistribution(successes, trials - successes + 1).Quantile(tail);
        double upper = successes == trials ? 1 : new BetaDistribution(successes + 1, trials - successes).Quantile(1 - tail);
        return new Proportion(successes, trials, new Interval(lower, upper, confidenceLevel));
    }
}
