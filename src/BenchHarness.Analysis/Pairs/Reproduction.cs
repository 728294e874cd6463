using BenchHarness.Analysis.Statistics;
using BenchHarness.Catalog;
using BenchHarness.Identity;

namespace BenchHarness.Analysis.Pairs;

public enum ReproductionVerdict
{
    /// <summary>The measurements show the effect the study reports.</summary>
    Reproduced,

    /// <summary>The measurements contradict it: the fix is significantly slower, or at most marginally faster everywhere.</summary>
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

/// <summary>
/// Whether a catalog pattern's expected direction shows in the measured fix-vs-anti speed-ups. The rule (also in
/// docs/analysis.md): take the pattern's fix-vs-anti comparisons of the phase the expectation is about (first call for
/// <see cref="ExpectedDirection.FixFasterCold"/>, steady otherwise; an alias uses the entry it stands for); call one
/// "faster" or "slower" when its Holm-adjusted p-value across those comparisons is below 1 - confidence level; then
/// <list type="bullet">
/// <item>none measured: <see cref="ReproductionVerdict.NotMeasured"/>;</item>
/// <item>some faster and none slower: <see cref="ReproductionVerdict.Reproduced"/> (for
/// <see cref="ExpectedDirection.FixFasterOnSomeDevices"/>: some faster, whatever the other devices show);</item>
/// <item>some slower and none faster, or none significant with every interval's upper bound below
/// <see cref="MaterialSpeedUp"/> (the fix is at most marginally faster anywhere): <see cref="ReproductionVerdict.NotReproduced"/>
/// (for <see cref="ExpectedDirection.FixFasterOnSomeDevices"/> only when every device was measured);</item>
/// <item>otherwise (mixed, or too noisy to tell): <see cref="ReproductionVerdict.Inconclusive"/>.</item>
/// </list>
/// </summary>
public static class ReproductionRule
{
    /// <summary>A speed-up below this (10%) is not the effect the study reports, even when real.</summary>
    public const double MaterialSpeedUp = 1.10;

    /// <summary>The verdict for <paramref name="pattern"/> from the fix-vs-anti comparisons.</summary>
    public static Reproduction Judge(AntiPattern pattern, IEnumerable<Comparison> fixVsAnti)
    {
        if (pattern.Direction == ExpectedDirection.NotTimed)
            return new Reproduction(pattern, ReproductionVerdict.NotTimed, "shown by behaviour, not time", []);

        string measuredAs = pattern.Kind == PatternKind.AliasOf && pattern.RelatedTo is { } related ? related : pattern.Id;
        CallPhase phase = pattern.Direction == ExpectedDirection.FixFasterCold ? CallPhase.FirstCall : CallPhase.Steady;
        Comparison[] evidence = fixVsAnti
            .Where(c => c.Key.Kind == ComparisonKind.FixVsAnti && c.Key.PatternId == measuredAs && c.Key.Phase == phase)
            .ToArray();
        string scope = (measuredAs == pattern.Id ? "" : $"measured as {measuredAs}: ") + (phase == CallPhase.FirstCall ? "first call: " : "");
        if (evidence.Length == 0)
            return new Reproduction(pattern, ReproductionVerdict.NotMeasured,
                $"{scope}no fix-vs-anti comparison measured" + (phase == CallPhase.FirstCall ? " (first calls not timed)" : ""), []);

        double alpha = 1 - evidence[0].SpeedUp.Interval.ConfidenceLevel;
        double[] adjusted = MultipleComparisons.Holm(evidence.Select(c => c.SpeedUp.PValue).ToArray());
        Comparison[] faster = evidence.Where((c, i) => adjusted[i] < alpha && c.SpeedUp.Estimate > 1).ToArray();
        Comparison[] slower = evidence.Where((c, i) => adjusted[i] < alpha && c.SpeedUp.Estimate < 1).ToArray();
        bool noMaterialSpeedUp = faster.Length == 0 && evidence.All(c => c.SpeedUp.Interval.Upper < MaterialSpeedUp);
        string tally = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"fix faster in {faster.Length}, slower in {slower.Length} of {evidence.Length} comparisons (Holm, alpha {alpha:0.###})");

        (ReproductionVerdict verdict, string reason) = pattern.Direction switch
        {
            ExpectedDirection.FixFasterOnSomeDevices when faster.Length > 0 =>
                (ReproductionVerdict.Reproduced, $"{tally}; faster on {Devices(faster)}"),
            ExpectedDirection.FixFasterOnSomeDevices when (slower.Length > 0 || noMaterialSpeedUp) && !AllDevicesMeasured(evidence) =>
                (ReproductionVerdict.Inconclusive, $"{tally}; only {Devices(evidence)} measured, the effect may be on another device"),
            _ when faster.Length > 0 && slower.Length == 0 => (ReproductionVerdict.Reproduced, tally),
            _ when faster.Length == 0 && slower.Length > 0 => (ReproductionVerdict.NotReproduced, tally),
            _ when noMaterialSpeedUp => (ReproductionVerdict.NotReproduced, $"{tally}; every interval lies below 1.1x"),
            _ when faster.Length > 0 => (ReproductionVerdict.Inconclusive, $"{tally}: mixed"),
            _ => (ReproductionVerdict.Inconclusive, $"{tally}: intervals too wide to tell"),
        };
        return new Reproduction(pattern, verdict, scope + reason, evidence);
    }

    /// <summary>One verdict per catalog entry, in catalog order.</summary>
    public static IReadOnlyList<Reproduction> JudgeAll(IEnumerable<AntiPattern> catalog, IEnumerable<Comparison> fixVsAnti)
    {
        Comparison[] comparisons = fixVsAnti.ToArray();
        return catalog.Select(p => Judge(p, comparisons)).ToArray();
    }

    private static bool AllDevicesMeasured(IEnumerable<Comparison> evidence) =>
        Enum.GetValues<ComputeDevice>().All(d => evidence.Any(c => c.Key.Device == d));

    private static string Devices(IEnumerable<Comparison> comparisons) =>
        string.Join(", ", comparisons.Select(c => c.Key.Device).Distinct().Order());
}
