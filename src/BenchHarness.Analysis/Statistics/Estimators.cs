using Perfolizer.Mathematics.QuantileEstimators;
using Pragmastat;

namespace BenchHarness.Analysis.Statistics;

/// <summary>Point estimates over samples. Pure functions: no state, no I/O, inputs are never modified.</summary>
public static class Estimators
{
    /// <summary>The sample median (mean of the two middle values for an even count). Throws on an empty sample.</summary>
    public static double Median(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty)
            throw new ArgumentException("The median of an empty sample is undefined.", nameof(values));
        double[] scratch = values.ToArray();
        return MedianInPlace(scratch);
    }

    /// <summary>The median of the pooled values of all processes.</summary>
    public static double PooledMedian(IReadOnlyList<double[]> processes) => Median(processes.SelectMany(p => p).ToArray());

    /// <summary>
    /// <paramref name="count"/> evenly spaced order statistics of <paramref name="values"/>, from the smallest to the
    /// largest, or the values themselves when there are at most <paramref name="count"/>: a sample of bounded size with
    /// the same distribution, for computations (and charts) whose cost grows faster than the sample.
    /// </summary>
    public static IReadOnlyList<double> EvenlySpacedOrderStatistics(IReadOnlyList<double> values, int count)
    {
        if (count < 2)
            throw new ArgumentOutOfRangeException(nameof(count), count, "At least the smallest and the largest value are kept.");
        if (values.Count <= count)
            return values;
        double[] sorted = values.Order().ToArray();
        return Enumerable.Range(0, count)
            .Select(i => sorted[(int)Math.Round(i * (double)(sorted.Length - 1) / (count - 1))])
            .ToArray();
    }

    /// <summary>Each process's median, in process order.</summary>
    public static double[] ProcessMedians(IReadOnlyList<double[]> processes) => processes.Select(p => Median(p)).ToArray();

    /// <summary>
    /// Hodges-Lehmann ratio estimator: the median of all pairwise ratios x_i / y_j (Pragmastat <c>Toolkit.Ratio</c>).
    /// More efficient than the ratio of medians for unimodal samples; reported beside the bootstrap's ratio of medians.
    /// </summary>
    public static double HodgesLehmannRatio(IReadOnlyList<double> numerator, IReadOnlyList<double> denominator) =>
        Toolkit.Ratio(new Sample(numerator.ToArray()), new Sample(denominator.ToArray())).NominalValue;

    /// <summary>Harrell-Davis median (Perfolizer): a smooth, lower-variance median for small samples.</summary>
    public static double HarrellDavisMedian(IReadOnlyList<double> values) =>
        HarrellDavisQuantileEstimator.Instance.Quantile(new Sample(values.ToArray()), Probability.Median).NominalValue;

    /// <summary>
    /// Largest over smallest of the processes' fastest iterations (the per-process statistic every ratio uses): 1 for
    /// one process; far above 1 when processes landed in different modes.
    /// </summary>
    public static double ProcessSpread(IReadOnlyList<double[]> processes)
    {
        double[] fastest = processes.Select(p => p.Min()).ToArray();
        return fastest.Max() / fastest.Min();
    }

    /// <summary>Median of <paramref name="scratch"/>, reordering it (quickselect, expected linear time): the bootstrap's hot path.</summary>
    internal static double MedianInPlace(Span<double> scratch)
    {
        int n = scratch.Length, middle = n / 2;
        double upper = Select(scratch, middle);
        if (n % 2 == 1)
            return upper;
        // After selecting index `middle`, everything left of it is <= it: the lower middle is their maximum.
        double lower = double.NegativeInfinity;
        foreach (double value in scratch[..middle])
            lower = Math.Max(lower, value);
        return (lower + upper) / 2;
    }

    private static double Select(Span<double> values, int k)
    {
        int left = 0, right = values.Length - 1;
        while (left < right)
        {
            double pivot = MedianOfThree(values[left], values[left + (right - left) / 2], values[right]);
            int i = left, j = right;
            while (i <= j)
            {
                while (values[i] < pivot) i++;
                while (values[j] > pivot) j--;
                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }
            if (k <= j) right = j;
            else if (k >= i) left = i;
            else return values[k];
        }
        return values[k];
    }

    private static double MedianOfThree(double a, double b, double c) => Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));
}
