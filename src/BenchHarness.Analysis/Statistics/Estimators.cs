namespace BenchHarness.Analysis.Statistics;

/// <summary>Point estimates over samples. Pure functions: no state, no I/O, inputs are never modified.</summary>
public static class Estimators
{
    /// <summary>The sample median (mean of the two middle values for an even count). Throws on an empty sample.</summary>
    public static double Median(ReadOnlySpan<double> values) => throw new NotImplementedException();

    /// <summary>The median of the pooled values of all processes.</summary>
    public static double PooledMedian(IReadOnlyList<double[]> processes) => throw new NotImplementedException();

    /// <summary>Each process's median, in process order.</summary>
    public static double[] ProcessMedians(IReadOnlyList<double[]> processes) => throw new NotImplementedException();

    /// <summary>
    /// Hodges-Lehmann ratio estimator: the median of all pairwise ratios x_i / y_j (Pragmastat <c>Toolkit.Ratio</c>).
    /// More efficient than the ratio of medians for unimodal samples; reported beside the bootstrap's ratio of medians.
    /// </summary>
    public static double HodgesLehmannRatio(IReadOnlyList<double> numerator, IReadOnlyList<double> denominator) =>
        throw new NotImplementedException();

    /// <summary>Harrell-Davis median (Perfolizer): a smooth, lower-variance median for small samples.</summary>
    public static double HarrellDavisMedian(IReadOnlyList<double> values) => throw new NotImplementedException();

    /// <summary>Largest over smallest process median: 1 for one process; far above 1 when processes landed in different modes.</summary>
    public static double ProcessSpread(IReadOnlyList<double[]> processes) => throw new NotImplementedException();
}
