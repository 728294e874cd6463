namespace BenchHarness.Analysis.Statistics;

/// <summary>How the bootstrap could resample: what the interval's width accounts for.</summary>
public enum ResamplingLevel
{
    /// <summary>Every side had two or more processes: processes, then iterations within them, were resampled,
    /// so the interval includes between-process noise (the dominant noise on this machine kind).</summary>
    ProcessesThenIterations,

    /// <summary>Some side had a single process: its iterations were resampled alone, so between-process noise is
    /// not in the interval, which is then too narrow. Callers should warn and not gate on it alone.</summary>
    IterationsOnly,
}

/// <summary>Settings of the hierarchical bootstrap. The defaults are what the report and the gate use.</summary>
/// <param name="Resamples">Bootstrap replicates; 2000 keeps the 2.5% and 97.5% quantiles within about 1% of their
/// limit while analysing 500 benchmarks in well under a second.</param>
/// <param name="ConfidenceLevel">Of the interval (<see cref="RatioEstimate.IntervalAt"/> gives other levels).</param>
/// <param name="Seed">Fixed, so the same data always gives the same interval and p-value.</param>
public sealed record BootstrapOptions(int Resamples = 2000, double ConfidenceLevel = 0.95, int Seed = 20220125)
{
    public static BootstrapOptions Default { get; } = new();
}

/// <summary>How many processes and iterations one side of a comparison had.</summary>
public sealed record SampleShape(int Processes, int Iterations, int MinIterationsPerProcess)
{
    public static SampleShape Of(IReadOnlyList<double[]> processes) =>
        new(processes.Count, processes.Sum(p => p.Length), processes.Count == 0 ? 0 : processes.Min(p => p.Length));

    public override string ToString() => $"{Processes}x{MinIterationsPerProcess}";
}

/// <summary>
/// The raw bootstrap distribution of a ratio statistic, kept sorted. Its percentile intervals and p-values are not
/// corrected for few processes: prefer <see cref="RatioEstimate.IntervalAt"/> and the p-values of <see cref="RatioEstimate"/>.
/// </summary>
public sealed class BootstrapDistribution
{
    private readonly double[] sorted;

    /// <param name="replicates">The statistic's value in each bootstrap replicate (copied and sorted).</param>
    public BootstrapDistribution(IEnumerable<double> replicates)
    {
        sorted = replicates.ToArray();
        if (sorted.Length == 0)
            throw new ArgumentException("A bootstrap distribution needs at least one replicate.", nameof(replicates));
        Array.Sort(sorted);
        double mean = sorted.Average(Math.Log);
        LogStandardError = sorted.Length < 2 ? 0 : Math.Sqrt(sorted.Sum(r => Math.Pow(Math.Log(r) - mean, 2)) / (sorted.Length - 1));
    }

    public int Count => sorted.Length;

    /// <summary>Standard deviation of the log replicates: the plain bootstrap standard error of the log ratio
    /// (too small for few processes; <see cref="RatioEstimate.LogStandardError"/> is corrected).</summary>
    public double LogStandardError { get; }

    /// <summary>Linear-interpolated quantile of the replicates.</summary>
    public double Quantile(double probability)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(probability, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(probability, 1.0);
        double position = probability * (sorted.Length - 1);
        int below = (int)Math.Floor(position);
        int above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    /// <summary>Percentile interval at <paramref name="confidenceLevel"/>.</summary>
    public Interval PercentileInterval(double confidenceLevel)
    {
        double tail = (1 - confidenceLevel) / 2;
        return new Interval(Quantile(tail), Quantile(1 - tail), confidenceLevel);
    }

    /// <summary>Share of replicates at or below <paramref name="value"/>, with the (k+1)/(B+1) correction so it is never 0.</summary>
    public double FractionAtOrBelow(double value) => (CountAtOrBelow(value) + 1.0) / (sorted.Length + 1.0);

    /// <summary>Share of replicates at or above <paramref name="value"/>, with the (k+1)/(B+1) correction.</summary>
    public double FractionAtOrAbove(double value) => (sorted.Length - CountBelow(value) + 1.0) / (sorted.Length + 1.0);

    /// <summary>
    /// Two-sided p-value of "the true ratio is <paramref name="nullValue"/>": the smallest alpha at which the
    /// (1 - alpha) percentile interval excludes it, 2 min(P(R* ≤ null), P(R* ≥ null)), at most 1.
    /// </summary>
    /// <remarks>Never below 2 / (Count + 1): too coarse for multiplicity corrections over many comparisons; see
    /// <see cref="RatioEstimate.PValue"/> for the p-value that is not.</remarks>
    public double TwoSidedPValue(double nullValue = 1.0) =>
        Math.Min(1.0, 2 * Math.Min(FractionAtOrBelow(nullValue), FractionAtOrAbove(nullValue)));

    private int CountBelow(double value)
    {
        int index = Array.BinarySearch(sorted, value);
        if (index < 0)
            return ~index;
        while (index > 0 && sorted[index - 1] == value)
            index--;
        return index;
    }

    private int CountAtOrBelow(double value)
    {
        int index = Array.BinarySearch(sorted, value);
        if (index < 0)
            return ~index;
        while (index < sorted.Length - 1 && sorted[index + 1] == value)
            index++;
        return index + 1;
    }
}

/// <summary>
/// A ratio of two (or, for erosion, four) timing samples with its bootstrap interval and p-value.
/// </summary>
/// <param name="Estimate">The statistic on the data: ratio of pooled medians (or ratio of such ratios).</param>
/// <param name="Interval">The bootstrap percentile interval, widened for few processes (see <see cref="HierarchicalBootstrap"/>).</param>
/// <param name="PValue">Two-sided p-value against a ratio of 1: a t test on the log scale with the small-sample
/// corrected bootstrap standard error (<paramref name="LogStandardError"/>, <paramref name="DegreesOfFreedom"/>).
/// Unlike the percentile p-value, whose floor is 2 / (resamples + 1), it resolves the small p-values that Holm or
/// Benjamini-Hochberg over hundreds of comparisons need.</param>
/// <param name="Level">Whether process noise is in the interval.</param>
/// <param name="Sides">The shape of each input sample, in argument order.</param>
/// <param name="Distribution">The raw bootstrap replicates of the statistic.</param>
/// <param name="LogStandardError">Standard error of ln(Estimate): the per-side bootstrap variances of the log
/// medians, each multiplied by u / (u - 1) for its u resampled units (processes, or iterations for a single
/// process), summed. NaN when not computed (then the replicates' standard deviation is used).</param>
/// <param name="DegreesOfFreedom">Welch-Satterthwaite degrees of freedom of that standard error, from the units per side.</param>
public sealed record RatioEstimate(
    double Estimate,
    Interval Interval,
    double PValue,
    ResamplingLevel Level,
    IReadOnlyList<SampleShape> Sides,
    BootstrapDistribution Distribution,
    double LogStandardError = double.NaN,
    double DegreesOfFreedom = double.PositiveInfinity)
{
    /// <summary>The interval excludes 1.</summary>
    public bool Significant => Interval.IsAbove(1) || Interval.IsBelow(1);

    /// <summary>A single process on some side: the interval omits between-process noise (see <see cref="ResamplingLevel.IterationsOnly"/>).</summary>
    public bool SingleProcess => Level == ResamplingLevel.IterationsOnly;

    private double StandardError => double.IsNaN(LogStandardError) ? Distribution.LogStandardError : LogStandardError;

    /// <summary>Two-sided p-value of "the true ratio is <paramref name="nullRatio"/>" (t test on the log scale).</summary>
    public double PValueAgainst(double nullRatio) => WaldTest.TwoSided(Estimate, nullRatio, StandardError, DegreesOfFreedom);

    /// <summary>One-sided p-value of "the true ratio is at most <paramref name="ratio"/>": small when the data show it
    /// above (e.g. current/baseline above 1.05: slower by more than 5%).</summary>
    public double PValueAbove(double ratio) => WaldTest.Upper(Estimate, ratio, StandardError, DegreesOfFreedom);

    /// <summary>One-sided p-value of "the true ratio is at least <paramref name="ratio"/>": small when the data show it below.</summary>
    public double PValueBelow(double ratio) => WaldTest.Upper(ratio, Estimate, StandardError, DegreesOfFreedom);

    /// <summary>
    /// The interval at another confidence level (e.g. one adjusted for multiplicity), corrected as
    /// <see cref="Interval"/> is: the percentile interval widened about the estimate on the log scale by
    /// t(df, 1 - alpha/2) SE / (z(1 - alpha/2) SE_boot), never narrowed.
    /// </summary>
    public Interval IntervalAt(double confidenceLevel) =>
        Widen(Estimate, Distribution.PercentileInterval(confidenceLevel), StandardError, DegreesOfFreedom, Distribution.LogStandardError);

    internal static Interval Widen(double estimate, Interval percentile, double standardError, double degreesOfFreedom, double bootstrapError)
    {
        double upper = 1 - (1 - percentile.ConfidenceLevel) / 2;
        double widening = bootstrapError > 0
            ? Math.Max(1, WaldTest.TQuantile(upper, degreesOfFreedom) * standardError / (Power.NormalQuantile(upper) * bootstrapError))
            : 1;
        return new Interval(
            estimate * Math.Pow(Math.Min(1, percentile.Lower / estimate), widening),
            estimate * Math.Pow(Math.Max(1, percentile.Upper / estimate), widening),
            percentile.ConfidenceLevel);
    }
}

/// <summary>
/// Two-level (hierarchical) bootstrap for ratios of timing samples, in which the process, not the iteration, is the
/// unit of noise: each replicate draws as many processes as were measured, with replacement, then as many iterations
/// as each drawn process has, with replacement from that process, and computes the statistic on the pooled medians of
/// the replicate.
/// </summary>
/// <remarks>
/// <para>With few processes the plain bootstrap is too narrow: resampling k units underestimates their variance by
/// (k - 1) / k, and normal quantiles ignore that the variance itself is estimated from k values (in simulation, 95%
/// percentile intervals covered an A/A ratio of 1 only 72% of the time with 2 processes, 84% with 3). So the
/// percentile interval is widened about the estimate, on the log scale, by
/// t(df, 1 - alpha/2) SE / (z(1 - alpha/2) SE_boot), where SE adds each side's bootstrap variance of its log median
/// times u / (u - 1) (u = processes resampled on that side) and df is Welch-Satterthwaite's with u - 1 per side.
/// The p-value is the matching t test. The widening keeps the percentile interval's asymmetry.</para>
/// <para>A side with a single process cannot resample processes: it degrades to an iteration bootstrap (u = its
/// iterations), whose interval omits between-process noise and is too narrow
/// (<see cref="ResamplingLevel.IterationsOnly"/>; callers should warn). Replicates use a xoshiro256** generator seeded
/// from <see cref="BootstrapOptions.Seed"/>: the same data and options always give the same result.</para>
/// </remarks>
public static class HierarchicalBootstrap
{
    /// <summary>
    /// median(numerator) / median(denominator), each pooled over processes. Speed-up of a fix: Ratio(anti, fix);
    /// slowdown of a change: Ratio(current, baseline).
    /// </summary>
    public static RatioEstimate Ratio(
        IReadOnlyList<double[]> numerator, IReadOnlyList<double[]> denominator, BootstrapOptions? options = null) =>
        Run([new(numerator, nameof(numerator)), new(denominator, nameof(denominator))], m => m[0] / m[1], options);

    /// <summary>
    /// (median(a) / median(b)) / (median(c) / median(d)): e.g. erosion of a speed-up, (antiBaseline / fixBaseline) /
    /// (antiCurrent / fixCurrent), above 1 when the speed-up shrank. The four samples are resampled independently.
    /// </summary>
    public static RatioEstimate RatioOfRatios(
        IReadOnlyList<double[]> a, IReadOnlyList<double[]> b, IReadOnlyList<double[]> c, IReadOnlyList<double[]> d,
        BootstrapOptions? options = null) =>
        Run([new(a, nameof(a)), new(b, nameof(b)), new(c, nameof(c)), new(d, nameof(d))], m => m[0] / m[1] / (m[2] / m[3]), options);

    /// <param name="statistic">A ratio of products of the sides' medians (so that its log is a signed sum of log medians).</param>
    private static RatioEstimate Run(Resampler[] sides, Func<double[], double> statistic, BootstrapOptions? options)
    {
        options = Validate(options);
        var random = new SplitMixXoshiro(options.Seed);
        var medians = new double[sides.Length];
        var replicates = new double[options.Resamples];
        var logMedians = sides.Select(_ => new double[options.Resamples]).ToArray();
        for (int r = 0; r < replicates.Length; r++)
        {
            for (int side = 0; side < sides.Length; side++)
            {
                medians[side] = sides[side].ReplicateMedian(random);
                logMedians[side][r] = Math.Log(medians[side]);
            }
            replicates[r] = statistic(medians);
        }

        double estimate = statistic(sides.Select(s => s.Median).ToArray());
        var distribution = new BootstrapDistribution(replicates);
        double[] variances = sides.Select((s, i) => Variance(logMedians[i]) * s.Units / Math.Max(1, s.Units - 1)).ToArray();
        double standardError = Math.Sqrt(variances.Sum());
        double denominator = sides.Select((s, i) => variances[i] * variances[i] / Math.Max(1, s.Units - 1)).Sum();
        double degreesOfFreedom = denominator > 0 ? Math.Pow(variances.Sum(), 2) / denominator : double.PositiveInfinity;

        Interval interval = RatioEstimate.Widen(estimate, distribution.PercentileInterval(options.ConfidenceLevel),
            standardError, degreesOfFreedom, distribution.LogStandardError);

        ResamplingLevel level = sides.All(s => s.Shape.Processes >= 2) ? ResamplingLevel.ProcessesThenIterations : ResamplingLevel.IterationsOnly;
        return new RatioEstimate(estimate, interval, WaldTest.TwoSided(estimate, 1.0, standardError, degreesOfFreedom),
            level, sides.Select(s => s.Shape).ToArray(), distribution, standardError, degreesOfFreedom);
    }

    private static double Variance(double[] values)
    {
        double mean = values.Average();
        return values.Sum(v => (v - mean) * (v - mean)) / Math.Max(1, values.Length - 1);
    }

    private static BootstrapOptions Validate(BootstrapOptions? options)
    {
        options ??= BootstrapOptions.Default;
        if (options.Resamples < 100)
            throw new ArgumentOutOfRangeException(nameof(options), options.Resamples, "At least 100 bootstrap resamples are needed.");
        if (options.ConfidenceLevel is <= 0 or >= 1)
            throw new ArgumentOutOfRangeException(nameof(options), options.ConfidenceLevel, "The confidence level must lie in (0, 1).");
        return options;
    }

    /// <summary>
    /// One side's processes, prepared so that a replicate costs one random draw and one counter increment per
    /// iteration: every value is replaced by its rank in the pooled sorted sample, a replicate counts how often each
    /// rank was drawn, and its median is read off the running count (no sorting or selection per replicate).
    /// </summary>
    private sealed class Resampler
    {
        private readonly int[][] ranks;
        private readonly double[] sorted;
        private readonly int[] counts;

        public Resampler(IReadOnlyList<double[]> processes, string name)
        {
            if (processes.Count == 0 || processes.Any(p => p is null || p.Length == 0))
                throw new ArgumentException("Every side needs at least one process with at least one iteration.", name);
            if (processes.Any(p => p.Any(v => !double.IsFinite(v) || v <= 0)))
                throw new ArgumentException("Times must be finite and positive.", name);

            var pooled = processes.SelectMany((values, process) => values.Select((value, iteration) => (value, process, iteration))).ToArray();
            Array.Sort(pooled, (x, y) => x.value.CompareTo(y.value));
            sorted = pooled.Select(p => p.value).ToArray();
            ranks = processes.Select(p => new int[p.Length]).ToArray();
            for (int rank = 0; rank < pooled.Length; rank++)
                ranks[pooled[rank].process][pooled[rank].iteration] = rank;
            counts = new int[sorted.Length];
            Shape = SampleShape.Of(processes);
            Median = Estimators.Median(sorted);
        }

        public SampleShape Shape { get; }

        public double Median { get; }

        /// <summary>The independent units resampled at the top level: processes, or iterations for a single process.</summary>
        public int Units => Shape.Processes >= 2 ? Shape.Processes : Shape.Iterations;

        public double ReplicateMedian(SplitMixXoshiro random)
        {
            Array.Clear(counts);
            int total = 0;
            for (int drawn = 0; drawn < ranks.Length; drawn++)
            {
                int[] process = ranks.Length == 1 ? ranks[0] : ranks[random.Next(ranks.Length)];
                for (int i = 0; i < process.Length; i++)
                    counts[process[random.Next(process.Length)]]++;
                total += process.Length;
            }
            // The median sits at 0-based positions (total - 1) / 2 and total / 2 of the replicate's sorted values.
            int lowerPosition = (total - 1) / 2, upperPosition = total / 2, seen = 0, rank = 0;
            while (seen + counts[rank] <= lowerPosition)
                seen += counts[rank++];
            double lower = sorted[rank];
            while (seen + counts[rank] <= upperPosition)
                seen += counts[rank++];
            return (lower + sorted[rank]) / 2;
        }
    }
}
