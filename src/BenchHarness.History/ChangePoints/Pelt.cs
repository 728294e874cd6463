namespace BenchHarness.History.ChangePoints;

/// <summary>
/// Optimal partitioning of a series into segments of constant mean by PELT, Pruned Exact Linear Time (Killick,
/// Fearnhead and Eckley, "Optimal detection of changepoints with a linear computational cost", Journal of the American
/// Statistical Association 107(500):1590-1598, 2012), with the normal-mean cost of points of known variance: a
/// segment costs sum w_i (y_i - weighted mean)^2, w_i = 1 / variance_i (twice the negative log-likelihood up to a
/// constant), so a point with a wide interval pulls its segment's mean less and moves a boundary less.
/// </summary>
/// <remarks>
/// Minimises sum of segment costs + <c>penalty</c> x (number of changes) exactly. Pruning drops a candidate start t
/// once F(t) + C(t, s) exceeds F(s) at some later s; it is exact because this cost satisfies C(a, b) + C(b, c) &lt;= C(a, c)
/// (the paper's condition with K = 0). A test checks it against every partition of small series.
/// </remarks>
public static class Pelt
{
    /// <summary>
    /// The indices where a new segment starts (each in 1..n-1, ascending); empty when one mean fits best.
    /// </summary>
    /// <param name="values">The series (here: log times or log speed-ups), in order.</param>
    /// <param name="variances">Each value's variance, finite and positive.</param>
    /// <param name="penalty">The cost of one more change, on the scale of the cost (chi-square units).</param>
    /// <param name="minimumSegment">The fewest points a segment may have (at least 1).</param>
    public static int[] Segment(IReadOnlyList<double> values, IReadOnlyList<double> variances, double penalty, int minimumSegment)
    {
        int n = values.Count;
        if (variances.Count != n)
            throw new ArgumentException("Every value needs a variance.", nameof(variances));
        if (variances.Any(v => !double.IsFinite(v) || v <= 0))
            throw new ArgumentException("Variances must be finite and positive.", nameof(variances));
        if (minimumSegment < 1)
            throw new ArgumentOutOfRangeException(nameof(minimumSegment), minimumSegment, "A segment has at least one point.");
        if (n < 2 * minimumSegment)
            return [];

        var cost = new SegmentCost(values, variances);
        double[] best = new double[n + 1];
        int[] lastStart = new int[n + 1];
        Array.Fill(best, double.PositiveInfinity);
        best[0] = -penalty;
        // Each candidate start with the end at which it was found dominated (int.MaxValue: not yet). A start dominated at
        // end s is useless from s + minimumSegment on, but a segment ending before then cannot start at s, so it stays
        // a candidate until then (with minimumSegment 1 this is the paper's pruning exactly).
        var candidates = new List<(int Start, int DominatedAt)> { (0, int.MaxValue) };
        for (int end = 1; end <= n; end++)
        {
            foreach (var (start, _) in candidates)
            {
                if (end - start < minimumSegment || double.IsPositiveInfinity(best[start]))
                    continue;
                double total = best[start] + cost.Of(start, end) + penalty;
                if (total < best[end])
                {
                    best[end] = total;
                    lastStart[end] = start;
                }
            }
            for (int c = 0; c < candidates.Count; c++)
            {
                (int start, int dominatedAt) = candidates[c];
                if (dominatedAt == int.MaxValue && end - start >= minimumSegment
                    && (double.IsPositiveInfinity(best[start]) || best[start] + cost.Of(start, end) > best[end]))
                    candidates[c] = (start, end);
            }
            candidates.RemoveAll(c => c.DominatedAt != int.MaxValue && c.DominatedAt + minimumSegment <= end + 1);
            candidates.Add((end, int.MaxValue));
        }

        var starts = new List<int>();
        for (int end = n; end > 0; end = lastStart[end])
            if (lastStart[end] > 0)
                starts.Add(lastStart[end]);
        starts.Reverse();
        return starts.ToArray();
    }

    /// <summary>The penalty of the modified BIC (Zhang and Siegmund, Biometrics 63:22-32, 2007) for a mean change: 3 ln n.</summary>
    public static double ModifiedBicPenalty(int points) => 3 * Math.Log(Math.Max(points, 2));

    /// <summary>Weighted sums of prefixes, so the cost of any segment is O(1).</summary>
    private sealed class SegmentCost
    {
        private readonly double[] _w, _wy, _wyy;

        public SegmentCost(IReadOnlyList<double> values, IReadOnlyList<double> variances)
        {
            int n = values.Count;
            // Centred first: log times are ~10-20, and the sums' differences must keep their digits.
            double centre = values.Average();
            _w = new double[n + 1];
            _wy = new double[n + 1];
            _wyy = new double[n + 1];
            for (int i = 0; i < n; i++)
            {
                double w = 1 / variances[i], y = values[i] - centre;
                _w[i + 1] = _w[i] + w;
                _wy[i + 1] = _wy[i] + w * y;
                _wyy[i + 1] = _wyy[i] + w * y * y;
            }
        }

        /// <summary>The cost of points start..end-1.</summary>
        public double Of(int start, int end)
        {
            double w = _w[end] - _w[start], wy = _wy[end] - _wy[start], wyy = _wyy[end] - _wyy[start];
            return Math.Max(0, wyy - wy * wy / w);
        }
    }
}
