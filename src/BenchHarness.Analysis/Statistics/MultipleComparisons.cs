namespace BenchHarness.Analysis.Statistics;

/// <summary>Adjusted p-values for a family of comparisons; compare each with alpha. Input order is kept.</summary>
public static class MultipleComparisons
{
    /// <summary>Holm's step-down adjustment (controls the family-wise error rate under any dependence).</summary>
    public static double[] Holm(IReadOnlyList<double> pValues) => throw new NotImplementedException();

    /// <summary>Benjamini-Hochberg step-up adjustment (controls the false discovery rate; independence or positive dependence).</summary>
    public static double[] BenjaminiHochberg(IReadOnlyList<double> pValues) => throw new NotImplementedException();
}
