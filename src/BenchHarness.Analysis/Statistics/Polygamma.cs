namespace BenchHarness.Analysis.Statistics;

/// <summary>
/// The digamma and trigamma functions (first and second derivatives of ln Γ) and the inverse of trigamma: what the
/// empirical-Bayes variance prior (<see cref="VariancePrior"/>) needs to match the moments of log sample variances.
/// </summary>
public static class Polygamma
{
    // Below this the recurrence ψ(x) = ψ(x + 1) - 1/x moves x up; above it the asymptotic series is accurate to about 1e-15.
    private const double AsymptoticFrom = 10;

    /// <summary>ψ(x) for x &gt; 0.</summary>
    public static double Digamma(double x)
    {
        RequirePositive(x);
        double shift = 0;
        for (; x < AsymptoticFrom; x++)
            shift -= 1 / x;
        double f = 1 / (x * x);
        // ψ(x) ~ ln x - 1/(2x) - Σ B_2k / (2k x^2k)
        double series = f * (1.0 / 12 - f * (1.0 / 120 - f * (1.0 / 252 - f * (1.0 / 240 - f * (1.0 / 132)))));
        return shift + Math.Log(x) - 0.5 / x - series;
    }

    /// <summary>ψ'(x) for x &gt; 0.</summary>
    public static double Trigamma(double x)
    {
        RequirePositive(x);
        double shift = 0;
        for (; x < AsymptoticFrom; x++)
            shift += 1 / (x * x);
        double f = 1 / (x * x);
        // ψ'(x) ~ 1/x + 1/(2x^2) + Σ B_2k / x^(2k+1)
        double series = (1 + f * (1.0 / 6 - f * (1.0 / 30 - f * (1.0 / 42 - f * (1.0 / 30 - f * (5.0 / 66)))))) / x;
        return shift + series + 0.5 * f;
    }

    /// <summary>The x &gt; 0 with ψ'(x) = <paramref name="y"/> (Newton's method on 1/ψ', as limma's trigammaInverse).</summary>
    public static double TrigammaInverse(double y)
    {
        RequirePositive(y);
        if (y > 1e7)
            return 1 / Math.Sqrt(y);
        if (y < 1e-6)
            return 1 / y;
        double x = 0.5 + 1 / y;
        for (int iteration = 0; iteration < 50; iteration++)
        {
            double trigamma = Trigamma(x);
            double step = trigamma * (1 - trigamma / y) / Tetragamma(x);
            x += step;
            if (-step / x < 1e-8)
                break;
        }
        return x;
    }

    /// <summary>ψ''(x) for x &gt; 0 (only Newton's steps need it).</summary>
    private static double Tetragamma(double x)
    {
        double shift = 0;
        for (; x < AsymptoticFrom; x++)
            shift -= 2 / (x * x * x);
        double f = 1 / (x * x);
        // ψ''(x) ~ -1/x^2 - 1/x^3 - Σ (2k+1) B_2k / x^(2k+2)
        double series = f * (1 + 1 / x + f * (0.5 - f * (1.0 / 6 - f * (1.0 / 6 - f * (3.0 / 10)))));
        return shift - series;
    }

    private static void RequirePositive(double x)
    {
        if (!(x > 0) || double.IsPositiveInfinity(x))
            throw new ArgumentOutOfRangeException(nameof(x), x, "The argument must be finite and positive.");
    }
}
