using BenchHarness.Catalog;

namespace BenchHarness.Analysis.Pairs;

public enum ReproductionVerdict
{
    /// <summary>The measurements show the effect the study reports.</summary>
    Reproduced,

    /// <summary>The measurements contradict it (the fix is significantly slower, or significantly no faster anywhere it should be).</summary>
    NotReproduced,

    /// <summary>Measured, but the intervals cannot tell, or the results are mixed.</summary>
    Inconclusive,

    /// <summary>No comparison this verdict needs was measured (pattern not run, or first calls not timed).</summary>
    NotMeasured,

    /// <summary>The entry is shown by behaviour, not time (P08, P12): see the manifest's semantic finding.</summary>
    NotTimed,
}

/// <summary>A catalog pattern's verdict, the rule's one-line reason, and the comparisons it looked at.</summary>
public sealed record Reproduction(AntiPattern Pattern, ReproductionVerdict Verdict, string Reason, IReadOnlyList<Comparison> Evidence);

public static class ReproductionRule
{
    /// <summary>
    /// The verdict for <paramref name="pattern"/> from the fix-vs-anti comparisons (rule in docs/analysis.md).
    /// </summary>
    public static Reproduction Judge(AntiPattern pattern, IEnumerable<Comparison> fixVsAnti) => throw new NotImplementedException();

    /// <summary>One verdict per catalog entry, in catalog order.</summary>
    public static IReadOnlyList<Reproduction> JudgeAll(IEnumerable<AntiPattern> catalog, IEnumerable<Comparison> fixVsAnti) =>
        catalog.Select(p => Judge(p, fixVsAnti)).ToArray();
}
