namespace BenchHarness.Reports.Model;

/// <summary>The quartiles of a benchmark's pooled iterations: the sweep charts' bars and a column of the benchmarks table.</summary>
public sealed record Quartiles(double Min, double Q1, double Median, double Q3, double Max, int Count)
{
    public static Quartiles Of(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
            return new Quartiles(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, 0);
        double[] sorted = values.Order().ToArray();
        return new Quartiles(sorted[0], Quantile(sorted, 0.25), Quantile(sorted, 0.5), Quantile(sorted, 0.75), sorted[^1], sorted.Length);
    }

    // Linear interpolation between order statistics (type 7, as R and numpy default): at 0.5 it is the median.
    private static double Quantile(double[] sorted, double probability)
    {
        double position = probability * (sorted.Length - 1);
        int below = (int)Math.Floor(position);
        int above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
