using BenchHarness.Analysis.Pairs;

namespace BenchHarness.Reports.Model;

/// <summary>
/// The one comparison that stands for a pattern's verdict, on the overview chart and first in the paper table:
/// reproduced, the clearest speed-up (highest lower bound); not reproduced by a slower fix, the clearest slow-down
/// (lowest upper bound); otherwise (not reproduced for want of a material speed-up, or inconclusive) the one that came
/// closest to reproducing (highest upper bound).
/// </summary>
public static class DecidingEvidence
{
    public static Comparison? Of(Reproduction reproduction)
    {
        IReadOnlyList<Comparison> evidence = reproduction.Evidence;
        if (evidence.Count == 0)
            return null;
        return reproduction.Verdict switch
        {
            ReproductionVerdict.Reproduced => evidence.MaxBy(c => c.SpeedUp.Interval.Lower),
            ReproductionVerdict.NotReproduced when evidence.Any(c => c.SpeedUp.Interval.Upper < 1) => evidence.MinBy(c => c.SpeedUp.Interval.Upper),
            _ => evidence.MaxBy(c => c.SpeedUp.Interval.Upper),
        };
    }
}
