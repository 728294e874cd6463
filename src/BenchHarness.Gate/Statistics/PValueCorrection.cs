using BenchHarness.Gate.Configuration;

namespace BenchHarness.Gate.Statistics;

/// <summary>Adjusts the p-values of all the comparisons one gate run makes, so that the run, not each test, holds alpha.</summary>
public static class PValueCorrection
{
    public static double[] Adjust(IReadOnlyList<double> pValues, Correction correction) =>
        correction == Correction.Holm ? Holm(pValues) : BenjaminiHochberg(pValues);

    /// <summary>Holm's step-down: the i-th smallest p times (m - i + 1), made monotone.</summary>
    public static double[] Holm(IReadOnlyList<double> pValues)
    {
        int m = pValues.Count;
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

    /// <summary>Benjamini-Hochberg step-up: the i-th smallest p times m / i, made monotone from the largest down.</summary>
    public static double[] BenjaminiHochberg(IReadOnlyList<double> pValues)
    {
        int m = pValues.Count;
        int[] order = Enumerable.Range(0, m).OrderBy(i => pValues[i]).ToArray();
        var adjusted = new double[m];
        double running = 1;
        for (int rank = m - 1; rank >= 0; rank--)
        {
            running = Math.Min(running, Math.Min(1, m * pValues[order[rank]] / (rank + 1)));
            adjusted[order[rank]] = running;
        }
        return adjusted;
    }
}
