namespace BenchHarness.Analysis.Statistics;

/// <summary>
/// Estimates ratios of timing samples on the log scale with a t interval and p-value from one construction, borrowing
/// strength across the family of ratios a run computes together (Smyth's moderated t, see <see cref="VariancePrior"/>).
/// </summary>
/// <remarks>
/// <para>Unpaired, a ratio's log is Σ ± mean(ln process minimum) over its sides, with variance Σ s̃ᵢ² / nᵢ, where s̃ᵢ² is
/// side i's between-process variance moderated by a prior fitted over every process-level side of the family, and
/// Welch-Satterthwaite degrees of freedom from (nᵢ - 1 + d0) per side. Paired (an interleaved run), it is the mean of
/// the per-round log ratios over the rounds all sides share, with their variance moderated by a prior fitted over the
/// family's paired ratios, on (rounds - 1 + d0) degrees of freedom.</para>
/// <para>Sides with a single process use their iterations as units (<see cref="UnitOfNoise.Iteration"/>): they are
/// neither moderated nor used to fit a prior, because within-process variance is not the run's between-process noise.</para>
/// </remarks>
public static class RatioInference
{
    /// <summary>The method in one paragraph, for pages that show intervals.</summary>
    public const string Method =
        "Each process's fastest iteration is one unit; a ratio is the ratio of the geometric means of the sides' process minima, " +
        "with a t interval and p-value on the log scale from the same standard error, so the interval and the verdict never disagree. " +
        "Between-process variances are moderated across every benchmark of the run (an empirical-Bayes prior, Smyth 2004), " +
        "which lends each test the degrees of freedom of the whole run; in an interleaved run the processes of one round are " +
        "paired, so drift between rounds cancels. With a single process the iterations are the units and the interval is too narrow.";

    /// <summary>One ratio on its own (no variance is borrowed).</summary>
    public static RatioEstimate Estimate(RatioSpec ratio, InferenceOptions? options = null) =>
        Family([ratio], (options ?? InferenceOptions.Default) with { BorrowVariance = false })[0];

    /// <summary>A family of ratios computed together: each is moderated by priors fitted over the whole family.</summary>
    public static IReadOnlyList<RatioEstimate> Family(IReadOnlyList<RatioSpec> ratios, InferenceOptions? options = null)
    {
        options ??= InferenceOptions.Default;
        var pairings = ratios.Select(r => r.PairByRound ? SharedRounds(r) : null).ToArray();
        VariancePrior sidePrior = VariancePrior.None, pairedPrior = VariancePrior.None;
        if (options.BorrowVariance)
        {
            sidePrior = VariancePrior.Fit(ratios.Where((_, i) => pairings[i] is null)
                .SelectMany(r => r.Terms.Select(t => t.Sample))
                .Where(s => s.Unit == UnitOfNoise.Process)
                .Distinct()
                .Select(s => (s.Variance, (double)s.DegreesOfFreedom))
                .ToArray());
            pairedPrior = VariancePrior.Fit(pairings.OfType<double[]>().Select(d => (SampleVariance(d), d.Length - 1.0)).ToArray());
        }
        return ratios.Select((r, i) => pairings[i] is { } differences
                ? Paired(r, differences, pairedPrior, options.ConfidenceLevel)
                : Unpaired(r, sidePrior, options.ConfidenceLevel))
            .ToArray();
    }

    private static RatioEstimate Unpaired(RatioSpec ratio, VariancePrior prior, double confidenceLevel)
    {
        var terms = ratio.Terms.ToArray();
        double logEstimate = terms.Sum(t => t.Sign * t.Sample.Mean);
        var parts = terms.Select(t =>
        {
            LogSample s = t.Sample;
            bool moderated = s.Unit == UnitOfNoise.Process;
            double variance = moderated ? prior.Moderate(s.Variance, s.DegreesOfFreedom) : s.Variance;
            double degrees = moderated ? prior.ModeratedDegreesOfFreedom(s.DegreesOfFreedom) : s.DegreesOfFreedom;
            return (Share: variance / s.Count, Degrees: degrees);
        }).ToArray();
        double squaredError = parts.Sum(p => p.Share);
        double denominator = parts.Sum(p => double.IsPositiveInfinity(p.Degrees) ? 0 : p.Share * p.Share / p.Degrees);
        double degreesOfFreedom = denominator > 0 ? squaredError * squaredError / denominator : double.PositiveInfinity;
        return Build(ratio, logEstimate, Math.Sqrt(squaredError), degreesOfFreedom, paired: false,
            units: terms.Min(t => t.Sample.Count), confidenceLevel);
    }

    private static RatioEstimate Paired(RatioSpec ratio, double[] differences, VariancePrior prior, double confidenceLevel)
    {
        double variance = prior.Moderate(SampleVariance(differences), differences.Length - 1);
        return Build(ratio, differences.Average(), Math.Sqrt(variance / differences.Length),
            prior.ModeratedDegreesOfFreedom(differences.Length - 1), paired: true, units: differences.Length, confidenceLevel);
    }

    private static RatioEstimate Build(RatioSpec ratio, double logEstimate, double standardError, double degreesOfFreedom,
        bool paired, int units, double confidenceLevel)
    {
        var sides = ratio.Terms.Select(t => t.Sample).ToArray();
        double estimate = Math.Exp(logEstimate);
        // Units are iterations when any side had a single process: such an interval omits process noise.
        UnitOfNoise unit = sides.All(s => s.Unit == UnitOfNoise.Process) ? UnitOfNoise.Process : UnitOfNoise.Iteration;
        if (!double.IsFinite(standardError))
            standardError = double.PositiveInfinity;
        return new RatioEstimate(estimate, RatioEstimate.IntervalOf(estimate, standardError, degreesOfFreedom, confidenceLevel),
            WaldTest.TwoSided(estimate, 1.0, standardError, degreesOfFreedom), unit,
            sides.Select(s => s.Shape).ToArray(), standardError, degreesOfFreedom, paired, units);
    }

    /// <summary>The per-round log ratio over the rounds every side has, or null when fewer than two rounds are shared.</summary>
    private static double[]? SharedRounds(RatioSpec ratio)
    {
        var terms = ratio.Terms.ToArray();
        if (terms.Any(t => t.Sample.Rounds is null))
            return null;
        var shared = terms.Select(t => (IEnumerable<int>)t.Sample.Rounds!).Aggregate((a, b) => a.Intersect(b)).Order().ToArray();
        if (shared.Length < 2)
            return null;
        return shared.Select(round => terms.Sum(t => t.Sample.TryGetRound(round, out double value) ? t.Sign * value : double.NaN)).ToArray();
    }

    private static double SampleVariance(double[] values)
    {
        double mean = values.Average();
        return values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1);
    }
}
