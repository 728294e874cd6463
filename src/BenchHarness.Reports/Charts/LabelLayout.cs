namespace BenchHarness.Reports.Charts;

/// <summary>
/// Places labels along one axis so that no two overlap: each label as near its wanted position as its neighbours
/// allow, at least <c>gap</c> apart, within [min, max]. Labels keep their order; a chart draws a leader line from
/// where a label is wanted to where it went.
/// </summary>
public static class LabelLayout
{
    /// <returns>The placed position of each label, in the order given.</returns>
    public static double[] Spread(IReadOnlyList<double> wanted, double gap, double min, double max)
    {
        int count = wanted.Count;
        var placed = new double[count];
        if (count == 0)
            return placed;
        int[] order = Enumerable.Range(0, count).OrderBy(i => wanted[i]).ThenBy(i => i).ToArray();
        // Too many labels for the room: they share it evenly (callers size their charts so that this does not happen).
        double step = count > 1 ? Math.Min(gap, (max - min) / (count - 1)) : gap;

        // Down from the top, pushing each label clear of the one before; then up from the bottom, pulling back those
        // pushed past the end. Both passes keep the order and the spacing.
        double previous = min - step;
        foreach (int i in order)
            previous = placed[i] = Math.Max(wanted[i], previous + step);
        double next = max + step;
        for (int k = count - 1; k >= 0; k--)
            next = placed[order[k]] = Math.Min(placed[order[k]], next - step);
        return placed;
    }
}
