namespace BenchHarness.Analysis.Statistics;

/// <summary>Adjusted p-values for a family of comparisons; compare each with alpha. Input order is kept.</summary>
public static class MultipleComparisons
{
    /// <summary>
    /// Holm's step-down adjustment (controls the family-wise error rate under any dependence):
    /// for the i-th smallest of m p-values, max over j ≤ i of (m - j + 1) p_(j), capped at 1.
    /// </summary>
    public static double[] Holm(IReadOnlyList<double> pValues)
    {
        int m = Validate(pValues);
        int[] order = Enumerable.Range(0, m).OrderBy(i => pValues[i]).ToArray();
        var adjusted = new double[m];
        double running = 0;
        for (int rank = 0; rank < m; rank++)
        {
            running = Math.Max(running, Math.Min(1, (m - rank) * pValues[order[rank]]));
            adjusted[order[rank]] = running;
        }
        return adjusted;
    }

    /// <summary>
    /// Benjamini-Hochberg step-up adjustment (controls the false discovery rate under independence or positive
    /// dependence): for the i-th smallest of m p-values, min over j ≥ i of m p_(j) / j, capped at 1.
    /// </summary>
    public static double[] BenjaminiHochberg(IReadOnlyList<double> pValues)
    {
        int m = Validate(pValues);
        int[] order = Enumerable.Range(0, m).OrderBy(i => pValues[i]).ToArray();
        var adjusted = new double[m];
        double running = 1;
        for (int rank = m - 1; rank >= 0; rank--)
        {
            running = Math.Min(running, (double)m * pValues[order[rank]] / (rank + 1));
            adjusted[order[rank]] = running;
        }
        return adjusted;
    }

    private static int Validate(IReadOnlyList<double> pValues)
    {
        foreach (double p in pValues)
            if (!(p >= 0 && p <= 1))
                throw new ArgumentOutOfRangeException(nameof(pValues), p, "p-values must lie in [0, 1].");
        return pValues.Count;
    }
}
