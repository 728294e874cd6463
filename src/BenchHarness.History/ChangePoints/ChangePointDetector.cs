using BenchHarness.History.Series;

namespace BenchHarness.History.ChangePoints;

/// <summary>One segment of a log-scale series: where it starts, its weighted mean and that mean's standard error.</summary>
public readonly record struct Segment(int Start, int End, double Mean, double StandardError);

/// <summary>
/// Finds the lasting changes of a series over commits: PELT (<see cref="Pelt"/>) on the log values, each point weighed
/// by its own interval widened by the between-commit noise (<see cref="SeriesNoise"/>); then changes smaller than the
/// minimum, or carried by fewer points than a segment's minimum (one outlying run), are merged away, smallest first.
/// </summary>
public static class ChangePointDetector
{
    /// <summary>The changes of <paramref name="series"/>, each named by the commits around it, oldest first.</summary>
    public static IReadOnlyList<ChangePoint> Detect(TrendSeries series, DetectionSettings? settings = null)
    {
        IReadOnlyList<TrendPoint> points = series.Points;
        Segment[] segments = Segments(
            points.Select(p => Math.Log(p.Estimate)).ToArray(),
            points.Select(p => p.LogStandardError).ToArray(),
            settings ?? DetectionSettings.Default);
        var changes = new List<ChangePoint>();
        for (int i = 1; i < segments.Length; i++)
        {
            Segment before = segments[i - 1], after = segments[i];
            double delta = after.Mean - before.Mean;
            double halfWidth = 1.959963984540054 * Math.Sqrt(before.StandardError * before.StandardError + after.StandardError * after.StandardError);
            double ratio = Math.Exp(delta);
            changes.Add(new ChangePoint(after.Start, points[after.Start - 1].Commit, points[after.Start].Commit,
                Math.Exp(before.Mean), Math.Exp(after.Mean), ratio, Math.Exp(delta - halfWidth), Math.Exp(delta + halfWidth),
                series.IsRegression(ratio)));
        }
        return changes;
    }

    /// <summary>
    /// The segments of a log-scale series (one when nothing changed), from the values and their standard errors.
    /// Pure: the same arrays always give the same segments.
    /// </summary>
    public static Segment[] Segments(IReadOnlyList<double> logValues, IReadOnlyList<double> standardErrors, DetectionSettings settings)
    {
        if (logValues.Count != standardErrors.Count)
            throw new ArgumentException("Every value needs a standard error.", nameof(standardErrors));
        if (logValues.Count == 0)
            return [];
        double[] errors = standardErrors.Select(se => double.IsFinite(se) && se > 0 ? se : 0).ToArray();
        double penalty = settings.Penalty ?? Pelt.ModifiedBicPenalty(logValues.Count);
        double minimum = Math.Log(1 + settings.MinimumChange);

        // The between-commit noise is first estimated robustly from the differences, then, once segments are known,
        // from the residuals around them (far more efficient than a MAD); it only ever grows, and the segments are
        // found again with it, until it settles.
        double extra = SeriesNoise.ExtraVariance(logValues, errors);
        Segment[] segments = [];
        for (int pass = 0; pass < 3; pass++)
        {
            double[] variances = SeriesNoise.Variances(errors, extra);
            segments = Merged(Pelt.Segment(logValues, variances, penalty, settings.MinimumSegment), logValues, variances, minimum, settings.MinimumSegment);
            double residual = SeriesNoise.ResidualExtraVariance(logValues, errors, segments.Select(s => (s.Start, s.End, s.Mean)).ToArray());
            if (residual <= extra * 1.05)
                break;
            extra = residual;
        }
        return segments;
    }

    /// <summary>Drops changes smaller than the minimum or carried by too few points, the weakest first.</summary>
    private static Segment[] Merged(IReadOnlyList<int> found, IReadOnlyList<double> logValues, IReadOnlyList<double> variances, double minimum, int minimumSegment)
    {
        var starts = new List<int>(found);
        while (true)
        {
            Segment[] segments = SegmentsAt(starts, logValues, variances);
            int weakest = -1;
            double weakestShift = double.PositiveInfinity;
            for (int i = 1; i < segments.Length; i++)
            {
                double shift = Math.Abs(segments[i].Mean - segments[i - 1].Mean);
                bool stands = shift >= minimum && Supported(segments[i - 1], segments[i], logValues, minimumSegment);
                if (!stands && shift < weakestShift)
                {
                    weakest = i;
                    weakestShift = shift;
                }
            }
            if (weakest < 0)
                return segments;
            starts.RemoveAt(weakest - 1);
        }
    }

    /// <summary>
    /// Whether at least <paramref name="minimum"/> points of each segment lie on its own side of the midpoint between
    /// the two means. The quadratic cost lets one outlying run (a process in a slow mode) carry a short segment with a
    /// normal neighbour; a real step moves every point of the new segment.
    /// </summary>
    private static bool Supported(Segment before, Segment after, IReadOnlyList<double> values, int minimum)
    {
        double midpoint = (before.Mean + after.Mean) / 2, up = Math.Sign(after.Mean - before.Mean);
        int beforeSide = 0, afterSide = 0;
        for (int i = before.Start; i < before.End; i++)
            if ((values[i] - midpoint) * up < 0)
                beforeSide++;
        for (int i = after.Start; i < after.End; i++)
            if ((values[i] - midpoint) * up > 0)
                afterSide++;
        return beforeSide >= minimum && afterSide >= minimum;
    }

    private static Segment[] SegmentsAt(IReadOnlyList<int> starts, IReadOnlyList<double> values, IReadOnlyList<double> variances)
    {
        int[] bounds = [0, .. starts, values.Count];
        var segments = new Segment[bounds.Length - 1];
        for (int s = 0; s < segments.Length; s++)
        {
            double weights = 0, weighted = 0;
            for (int i = bounds[s]; i < bounds[s + 1]; i++)
            {
                weights += 1 / variances[i];
                weighted += values[i] / variances[i];
            }
            segments[s] = new Segment(bounds[s], bounds[s + 1], weighted / weights, Math.Sqrt(1 / weights));
        }
        return segments;
    }
}
