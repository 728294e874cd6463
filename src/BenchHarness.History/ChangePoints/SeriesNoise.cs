namespace BenchHarness.History.ChangePoints;

/// <summary>
/// How much a series varies from commit to commit beyond what each point's own interval says. A run's interval holds
/// the noise between its processes, not between runs (the machine's state that day, a neighbour's load, a process's
/// memory placement shared by a whole run), so an A/A history scatters more than its intervals allow, and a detector
/// trusting them alone would see changes in noise.
/// </summary>
public static class SeriesNoise
{
    /// <summary>A floor for a point's standard deviation on the log scale (0.1%): no timer repeats better.</summary>
    public const double MinimumLogDeviation = 0.001;

    /// <summary>
    /// The variance between commits that the points' own standard errors do not explain, from the first differences
    /// of the series: Var(y[i+1] - y[i]) = 2 (tau^2 + se^2) without a change, estimated robustly as (1.4826 MAD)^2 so
    /// that a step (one large difference) or a slow drift (a shifted median) does not count as noise.
    /// </summary>
    public static double ExtraVariance(IReadOnlyList<double> values, IReadOnlyList<double> standardErrors)
    {
        if (values.Count < 3)
            return 0;
        double[] differences = values.Zip(values.Skip(1), (a, b) => b - a).ToArray();
        double centre = Median(differences);
        double mad = Median(differences.Select(d => Math.Abs(d - centre)).ToArray());
        double differenceVariance = Math.Pow(1.4826 * mad, 2);
        double pointVariance = Median(standardErrors.Select(se => se * se).ToArray());
        return Math.Max(0, differenceVariance / 2 - pointVariance);
    }

    /// <summary>
    /// The extra variance from the residuals around known segments: their variance (on n - segments degrees of
    /// freedom) less the points' mean own variance.
    /// </summary>
    public static double ResidualExtraVariance(IReadOnlyList<double> values, IReadOnlyList<double> standardErrors,
        IReadOnlyList<(int Start, int End, double Mean)> segments)
    {
        int freedom = values.Count - segments.Count;
        if (freedom < 2)
            return 0;
        double squares = 0;
        foreach ((int start, int end, double mean) in segments)
            for (int i = start; i < end; i++)
                squares += (values[i] - mean) * (values[i] - mean);
        return Math.Max(0, squares / freedom - standardErrors.Average(se => se * se));
    }

    /// <summary>
    /// Each point's variance as the detector weighs it: its own, but no less than the series' median (a run's
    /// standard error rests on a few processes, and one that came out small by chance must not pin a segment), plus
    /// the series' extra variance, above the floor.
    /// </summary>
    public static double[] Variances(IReadOnlyList<double> standardErrors, double extraVariance)
    {
        double typical = Median(standardErrors.Select(se => se * se).ToArray());
        return standardErrors
            .Select(se => Math.Max(MinimumLogDeviation * MinimumLogDeviation, Math.Max(se * se, typical) + extraVariance))
            .ToArray();
    }

    internal static double Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
            return 0;
        double[] sorted = values.Order().ToArray();
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
