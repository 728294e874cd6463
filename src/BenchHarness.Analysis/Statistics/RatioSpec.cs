namespace BenchHarness.Analysis.Statistics;

/// <summary>
/// A ratio to estimate: a product of sides' geometric means, each in the numerator or the denominator.
/// <c>Ratio(anti, fix)</c> is a fix's speed-up; <c>Ratio(current, baseline)</c> a change; four terms an erosion.
/// </summary>
/// <param name="PairByRound">Pair the sides round by round (their rounds ran close together in time, an interleaved
/// run): the statistic is then the mean over shared rounds of the per-round log ratio, and noise a round shares cancels.</param>
public sealed record RatioSpec(IReadOnlyList<LogSample> Numerator, IReadOnlyList<LogSample> Denominator, bool PairByRound = false)
{
    public static RatioSpec Ratio(LogSample numerator, LogSample denominator, bool pairByRound = false) =>
        new([numerator], [denominator], pairByRound);

    /// <summary>(a / b) / (c / d).</summary>
    public static RatioSpec RatioOfRatios(LogSample a, LogSample b, LogSample c, LogSample d, bool pairByRound = false) =>
        new([a, d], [b, c], pairByRound);

    internal IEnumerable<(LogSample Sample, int Sign)> Terms => Numerator.Select(s => (s, 1)).Concat(Denominator.Select(s => (s, -1)));
}
