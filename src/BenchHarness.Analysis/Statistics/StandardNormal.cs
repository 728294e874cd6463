namespace BenchHarness.Analysis.Statistics;

/// <summary>
/// The standard normal distribution's quantile and upper tail, written here because Perfolizer 0.6.1's
/// <c>NormalDistribution</c> loses them in the tails that corrected p-values reach (its Cdf is 0 beyond |z| = 6, its
/// Quantile about 1e-4 off at p = 1e-10): StandardNormalTests measures both against 50-digit values.
/// </summary>
public static class StandardNormal
{
    /// <summary>Φ⁻¹(p) (Acklam's rational approximation, relative error below 1.2e-9).</summary>
    public static double Quantile(double probability)
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

    /// <summary>P(Z &gt; z), via erfc (Numerical Recipes' Chebyshev fit, relative error below 1.2e-7).</summary>
    public static double UpperTail(double z) => Erfc(z / Math.Sqrt(2)) / 2;

    private static double Erfc(double x)
    {
        double z = Math.Abs(x), t = 1 / (1 + 0.5 * z);
        double r = t * Math.Exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
            + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
