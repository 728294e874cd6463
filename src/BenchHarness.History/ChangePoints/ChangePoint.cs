namespace BenchHarness.History.ChangePoints;

/// <summary>
/// A lasting change of a series: the mean of the segment that starts at point <see cref="Index"/> against the mean
/// of the one before it.
/// </summary>
/// <param name="Index">The first point after the change.</param>
/// <param name="LastBefore">The commit of the last point before the change; the change came in after it.</param>
/// <param name="FirstAfter">The commit of the first point after it: the change came in at most at this commit, so it lies
/// in the commit range <c>LastBefore..FirstAfter</c>.</param>
/// <param name="Before">The earlier segment's value (time in ns or speed-up), its weighted geometric mean; likewise
/// <paramref name="After"/>.</param>
/// <param name="Ratio">After / before, with its 95% interval <paramref name="Lower"/>..<paramref name="Upper"/>.</param>
/// <param name="IsRegression">Slower (a time) or eroded (a speed-up).</param>
public sealed record ChangePoint(
    int Index,
    string LastBefore,
    string FirstAfter,
    double Before,
    double After,
    double Ratio,
    double Lower,
    double Upper,
    bool IsRegression)
{
    /// <summary>The commit range in git's notation: the commits after LastBefore up to and including FirstAfter.</summary>
    public string CommitRange => $"{LastBefore}..{FirstAfter}";
}

/// <summary>What the detector looks for.</summary>
/// <param name="MinimumChange">Changes smaller than this relative size (0.02: 2%) are merged away: a lasting shift the
/// gate would not act on is not worth a reader's time.</param>
/// <param name="MinimumSegment">The fewest commits on each side of a change: with 2, one noisy run cannot make a change,
/// and a change at the newest commit shows once one more commit confirms it.</param>
/// <param name="Penalty">The cost of a change in chi-square units; null for the modified BIC (3 ln n).</param>
public sealed record DetectionSettings(double MinimumChange = 0.02, int MinimumSegment = 2, double? Penalty = null)
{
    public static DetectionSettings Default { get; } = new();
}
