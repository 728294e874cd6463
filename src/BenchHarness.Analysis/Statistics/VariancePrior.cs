namespace BenchHarness.Analysis.Statistics;

/// <summary>
/// An empirical-Bayes prior for many sample variances measured the same way (the between-process variances of every
/// benchmark of a run): each true variance is drawn from a scaled inverse chi-square with <see cref="DegreesOfFreedom"/>
/// d0 and scale <see cref="Variance"/> s0². A benchmark's own variance s² on d degrees of freedom is then moderated to
/// (d0 s0² + d s²) / (d0 + d), worth d0 + d degrees of freedom: each test borrows strength from the whole run.
/// </summary>
/// <remarks>
/// Smyth, "Linear models and empirical Bayes methods for assessing differential expression in microarray
/// experiments", Statistical Applications in Genetics and Molecular Biology 3(1), 2004; the hyperparameters are fitted
/// by matching the mean and variance of the log sample variances, as limma's <c>fitFDist</c> does (without a
/// covariate). When the variances spread no more than sampling alone explains, every test uses s0² (limma's infinite
/// d0); when they spread much more, d0 is small and each test keeps mostly its own variance, so the pooling adapts to
/// how alike the benchmarks' noise really is. Unlike limma, d0 is capped at the degrees of freedom of the variances
/// the prior was fitted on: s0² is estimated from them, and a run has tens of benchmarks, not thousands of genes.
/// </remarks>
/// <param name="Variance">The prior scale s0².</param>
/// <param name="DegreesOfFreedom">The prior degrees of freedom d0, 0 (no pooling) to infinity (full pooling).</param>
/// <param name="Count">How many variances it was fitted on.</param>
public sealed record VariancePrior(double Variance, double DegreesOfFreedom, int Count)
{
    /// <summary>No borrowing: every test keeps its own variance and degrees of freedom.</summary>
    public static VariancePrior None { get; } = new(double.NaN, 0, 0);

    /// <summary>Fewest variances to fit a prior on; below it <see cref="None"/> is used.</summary>
    public const int MinimumCount = 3;

    /// <summary>
    /// Fits the prior to sample variances and their degrees of freedom (non-finite, negative or zero-df entries are
    /// ignored; fewer than <see cref="MinimumCount"/> usable entries give <see cref="None"/>).
    /// </summary>
    public static VariancePrior Fit(IReadOnlyList<(double Variance, double DegreesOfFreedom)> variances)
    {
        var usable = variances.Where(v => double.IsFinite(v.Variance) && v.Variance >= 0 && v.DegreesOfFreedom > 0 && double.IsFinite(v.DegreesOfFreedom)).ToArray();
        if (usable.Length < MinimumCount)
            return None;
        double median = Estimators.Median(usable.Select(v => v.Variance).ToArray());
        // Zero variances (identical process minima, a timer's resolution) have no log: offset them, as limma does.
        double floor = 1e-5 * (median > 0 ? median : 1);
        double[] e = usable.Select(v => Math.Log(Math.Max(v.Variance, floor)) - Polygamma.Digamma(v.DegreesOfFreedom / 2) + Math.Log(v.DegreesOfFreedom / 2)).ToArray();
        double mean = e.Average();
        double spread = e.Sum(x => (x - mean) * (x - mean)) / (e.Length - 1) - usable.Average(v => Polygamma.Trigamma(v.DegreesOfFreedom / 2));
        // The prior is itself estimated: it can lend no more degrees of freedom than the variances it was fitted on hold.
        double available = usable.Sum(v => v.DegreesOfFreedom);
        if (!(spread > 0))
            return new VariancePrior(usable.Average(v => Math.Max(v.Variance, floor)), available, usable.Length);
        double degrees = 2 * Polygamma.TrigammaInverse(spread);
        double scale = Math.Exp(mean + Polygamma.Digamma(degrees / 2) - Math.Log(degrees / 2));
        return new VariancePrior(scale, Math.Min(degrees, available), usable.Length);
    }

    /// <summary>Whether the prior carries any information (fitted on enough variances).</summary>
    public bool IsInformative => DegreesOfFreedom > 0;

    /// <summary>The moderated variance of a sample variance <paramref name="variance"/> on <paramref name="degreesOfFreedom"/>.</summary>
    public double Moderate(double variance, double degreesOfFreedom) =>
        !IsInformative ? variance
        : double.IsPositiveInfinity(DegreesOfFreedom) ? Variance
        : (DegreesOfFreedom * Variance + degreesOfFreedom * variance) / (DegreesOfFreedom + degreesOfFreedom);

    /// <summary>The degrees of freedom of a moderated variance: the sample's plus the prior's.</summary>
    public double ModeratedDegreesOfFreedom(double degreesOfFreedom) => degreesOfFreedom + (IsInformative ? DegreesOfFreedom : 0);
}
