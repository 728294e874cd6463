namespace BenchHarness.Analysis.Statistics;

/// <summary>Normal-theory p-values for a ratio on the log scale, given a standard error (here: the bootstrap's).</summary>
public static class WaldTest
{
    /// <summary>Two-sided p-value of H0: ratio = <paramref name="nullRatio"/>.</summary>
    public static double TwoSided(double estimate, double nullRatio, double logStandardError) =>
        Math.Min(1, 2 * Upper(Math.Max(estimate, nullRatio), Math.Min(estimate, nullRatio), logStandardError));

    /// <summary>One-sided p-value of H0: ratio ≤ <paramref name="nullRatio"/> against ratio &gt; it.</summary>
    public static double Upper(double estimate, double nullRatio, double logStandardError)
    {
        double distance = Math.Log(estimate) - Math.Log(nullRatio);
        if (logStandardError <= 0)
            return distance > 0 ? 0 : distance < 0 ? 1 : 0.5;
        return NormalUpperTail(distance / logStandardError);
    }

    /// <summary>P(Z &gt; z) for a standard normal Z, via erfc (Numerical Recipes' Chebyshev fit, relative error below 1.2e-7).</summary>
    public static double NormalUpperTail(double z) => Erfc(z / Math.Sqrt(2)) / 2;

    private static double Erfc(double x)
    {
        double z = Math.Abs(x), t = 1 / (1 + 0.5 * z);
        double r = t * Math.Exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
            + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
