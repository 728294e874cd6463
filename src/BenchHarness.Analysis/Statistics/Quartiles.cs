using Perfolizer.Mathematics.QuantileEstimators;
using Pragmastat;

namespace BenchHarness.Analysis.Statistics;

/// <summary>The quartiles of a benchmark's pooled iterations: the sweep charts' bars and a column of the benchmarks table.</summary>
public sealed record Quartiles(double Min, double Q1, double Median, double Q3, double Max, int Count)
{
    private static readonly Probability[] Points = [0, 0.25, 0.5, 0.75, 1];

    /// <summary>Perfolizer's type 7 quantiles (linear interpolation between order statistics, as R and numpy default).</summary>
    public static Quartiles Of(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
            return new Quartiles(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, 0);
        double[] q = SimpleQuantileEstimator.Instance.Quantiles(values, Points);
        return new Quartiles(q[0], q[1], q[2], q[3], q[4], values.Count);
    }
}
