using System.Globalization;
using BenchHarness.Analysis.Statistics;
using BenchHarness.Catalog;
using BenchHarness.Identity;
using BenchHarness.Text;

namespace BenchHarness.Analysis.Pairs;

public enum ReproductionVerdict
{
    /// <summary>The measurements show the effect the study reports.</summary>
    Reproduced,

    /// <summary>The measurements contradict it: the fix is significantly slower, or at most marginally faster everywhere.</summary>
    NotReproduced,

    /// <summary>Measured, but the intervals cannot tell, the results are mixed, a single process was measured, or a
    /// control shows the measurement is biased.</summary>
    Inconclusive,

    /// <summary>No comparison this verdict needs was measured (pattern not run, mode not run, or first calls not timed).</summary>
    NotMeasured,

    /// <summary>The entry is shown by behaviour, not time (P08, P12): see the manifest's semantic finding.</summary>
    NotTimed,
}

/// <summary>What a control comparison (identical code in both members) says about the measurement.</summary>
public enum ControlOutcome
{
    /// <summary>The whole interval lies within a material difference of 1.0x: the null holds.</summary>
    AboutOne,

    /// <summary>Significantly different from 1.0x (Holm across the pattern's controls) by a material amount: the
    /// measurement favours one member's benchmark, so the pattern's verdict cannot stand.</summary>
    Biased,

    /// <summary>Not shown biased, but the interval is too wide to confirm the null at a material scale.</summary>
    TooNoisy,
}

/// <summary>A control comparison and its null check.</summary>
public sealed record ControlCheck(Comparison Comparison, ControlOutcome Outcome);

/// <summary>A catalog pattern's verdict, the rule's one-line reason, the comparisons it judged and the controls it checked.</summary>
public sealed record Reproduction(
    AntiPattern Pattern,
    ReproductionVerdict Verdict,
    string Reason,
    IReadOnlyList<Comparison> Evidence,
    IReadOnlyList<ControlCheck> Controls);

/// <summary>
/// Whether a catalog pattern's expected direction shows in the measured fix-vs-anti speed-ups. The rule (also in
/// docs/analysis.md): the evidence is the pattern's fix-vs-anti comparisons in the modes the catalog says carry its
/// mechanism (<see cref="AntiPattern.Modes"/>), on the devices the expectation covers (the CPU; CUDA only for
/// <see cref="ExpectedDirection.FixFasterOnSomeDevices"/>, whose expectation is about devices: CUDA comparisons of the
/// others are shown, not judged, until a CUDA run gives them an expectation), of the phase the expectation is about (first call for
/// <see cref="ExpectedDirection.FixFasterCold"/>, steady otherwise; an alias uses the entry it stands for). One is
/// "faster" when its Holm-adjusted p-value across the evidence is below 1 - confidence level and its interval's lower
/// bound is at least <see cref="MaterialSpeedUp"/>; "slower" when significant with an estimate below 1. Then
/// <list type="bullet">
/// <item>none measured: <see cref="ReproductionVerdict.NotMeasured"/>;</item>
/// <item>some faster and none slower: <see cref="ReproductionVerdict.Reproduced"/> (for
/// <see cref="ExpectedDirection.FixFasterOnSomeDevices"/>: some faster, whatever the other devices show);</item>
/// <item>some slower and none faster, or none faster with every interval's upper bound below
/// <see cref="MaterialSpeedUp"/> (the fix is at most marginally faster anywhere): <see cref="ReproductionVerdict.NotReproduced"/>
/// (for <see cref="ExpectedDirection.FixFasterOnSomeDevices"/> only when every device was measured);</item>
/// <item>otherwise (mixed, or too noisy to tell): <see cref="ReproductionVerdict.Inconclusive"/>.</item>
/// </list>
/// A verdict from single-process evidence, or with a <see cref="ControlOutcome.Biased"/> control, is
/// <see cref="ReproductionVerdict.Inconclusive"/>. Comparisons of a member variant are left out. Controls (modes whose members run identical code) are checked in
/// every phase, as nulls, and never count as evidence; the other modes (<see cref="ModeRole.Contrast"/>) are not judged.
/// </summary>
public static class ReproductionRule
{
    /// <summary>A speed-up below this (10%) is not the effect the study reports, even when real.</summary>
    public const double MaterialSpeedUp = 1.10;

    /// <summary>The verdict for <paramref name="pattern"/> from the fix-vs-anti comparisons.</summary>
    public static Reproduction Judge(AntiPattern pattern, IEnumerable<Comparison> fixVsAnti)
    {
        if (pattern.Direction == ExpectedDirection.NotTimed || pattern.Modes is not { } modes)
            return new Reproduction(pattern, ReproductionVerdict.NotTimed, "shown by behaviour, not time", [], []);

        string measuredAs = pattern.Kind == PatternKind.AliasOf && pattern.RelatedTo is { } related ? related : pattern.Id;
        CallPhase phase = pattern.Direction == ExpectedDirection.FixFasterCold ? CallPhase.FirstCall : CallPhase.Steady;
        Comparison[] ofPattern = fixVsAnti
            // A member variant (a second fix, or a faithful emulation beside a substitute) is shown, not judged: the verdict
            // stays the pair's own.
            .Where(c => c.Key.Kind == ComparisonKind.FixVsAnti && c.Key.PatternId == measuredAs && c.Key.Mode is not null && c.Key.Variant is null)
            .ToArray();
        Comparison[] mechanism = ofPattern.Where(c => c.Key.Phase == phase && modes.RoleOf(c.Key.Mode!.Value) == ModeRole.Mechanism).ToArray();
        Comparison[] evidence = mechanism.Where(c => pattern.HasExpectationOn(c.Key.Device ?? ComputeDevice.Cpu)).ToArray();
        string unjudged = mechanism.Length == evidence.Length ? ""
            : $"; CUDA: {mechanism.Length - evidence.Length} comparison(s) shown, not judged (the expectation is the CPU's; on CUDA it is {pattern.ExpectedOnCuda})";
        ControlCheck[] controls = CheckControls(ofPattern.Where(c => modes.RoleOf(c.Key.Mode!.Value) == ModeRole.Control).ToArray());

        string scope = (measuredAs == pattern.Id ? "" : $"measured as {measuredAs}: ")
                       + (modes.MechanismModes.Count == 1 ? $"{modes.MechanismModes[0].ToString().ToLowerInvariant()} mode: " : "")
                       + (phase == CallPhase.FirstCall ? "first call: " : "");
        if (evidence.Length == 0)
            return new Reproduction(pattern, ReproductionVerdict.NotMeasured,
                $"{scope}no fix-vs-anti comparison measured" + (phase == CallPhase.FirstCall ? " (first calls not timed)" : "")
                + (controls.Length > 0 ? $" (the {ControlModes(controls)} column is a control)" : "") + unjudged, [], controls);

        (ReproductionVerdict verdict, string reason) = Tally(pattern.Direction, evidence);
        if (verdict != ReproductionVerdict.Inconclusive && evidence.Any(c => c.SpeedUp.SingleProcess))
            (verdict, reason) = (ReproductionVerdict.Inconclusive,
                $"{reason}; single process: the intervals omit between-process noise, measure 2 or more processes");
        if (controls.Where(c => c.Outcome == ControlOutcome.Biased).Select(c => c.Comparison).FirstOrDefault() is { } biased)
            (verdict, reason) = (ReproductionVerdict.Inconclusive,
                $"{reason}; control biased: {Held(biased.Key)} runs identical code in both members but measured " +
                Numbers.RatioWithInterval(biased.SpeedUp.Estimate, biased.SpeedUp.Interval.Lower, biased.SpeedUp.Interval.Upper));
        return new Reproduction(pattern, verdict, scope + reason + unjudged, evidence, controls);
    }

    /// <summary>One verdict per catalog entry, in catalog order.</summary>
    public static IReadOnlyList<Reproduction> JudgeAll(IEnumerable<AntiPattern> catalog, IEnumerable<Comparison> fixVsAnti)
    {
        Comparison[] comparisons = fixVsAnti.ToArray();
        return catalog.Select(p => Judge(p, comparisons)).ToArray();
    }

    private static (ReproductionVerdict Verdict, string Reason) Tally(ExpectedDirection direction, Comparison[] evidence)
    {
        double alpha = Alpha(evidence);
        double[] adjusted = MultipleComparisons.Holm(evidence.Select(c => c.SpeedUp.PValue).ToArray());
        Comparison[] faster = evidence.Where((c, i) => adjusted[i] < alpha && c.SpeedUp.Interval.Lower >= MaterialSpeedUp).ToArray();
        Comparison[] slower = evidence.Where((c, i) => adjusted[i] < alpha && c.SpeedUp.Estimate < 1).ToArray();
        bool noMaterialSpeedUp = faster.Length == 0 && evidence.All(c => c.SpeedUp.Interval.Upper < MaterialSpeedUp);
        string tally = string.Create(CultureInfo.InvariantCulture,
            $"fix faster in {faster.Length} (by at least {MaterialSpeedUp:0.0#}x), slower in {slower.Length} of {evidence.Length} comparisons (Holm, alpha {alpha:0.###})");

        return direction switch
        {
            ExpectedDirection.FixFasterOnSomeDevices when faster.Length > 0 =>
                (ReproductionVerdict.Reproduced, $"{tally}; faster on {Devices(faster)}"),
            ExpectedDirection.FixFasterOnSomeDevices when (slower.Length > 0 || noMaterialSpeedUp) && !AllDevicesMeasured(evidence) =>
                (ReproductionVerdict.Inconclusive, $"{tally}; only {Devices(evidence)} measured, the effect may be on another device"),
            _ when faster.Length > 0 && slower.Length == 0 => (ReproductionVerdict.Reproduced, tally),
            _ when faster.Length == 0 && slower.Length > 0 => (ReproductionVerdict.NotReproduced, tally),
            _ when noMaterialSpeedUp => (ReproductionVerdict.NotReproduced, $"{tally}; every interval lies below {Numbers.Ratio(MaterialSpeedUp)}"),
            _ when faster.Length > 0 => (ReproductionVerdict.Inconclusive, $"{tally}: mixed"),
            _ => (ReproductionVerdict.Inconclusive, $"{tally}: intervals too wide to tell a material speed-up"),
        };
    }

    // Identical code in both members must measure 1.0x; Holm across the controls keeps one noisy cell from crying bias.
    private static ControlCheck[] CheckControls(Comparison[] controls)
    {
        if (controls.Length == 0)
            return [];
        double alpha = Alpha(controls);
        double[] adjusted = MultipleComparisons.Holm(controls.Select(c => c.SpeedUp.PValue).ToArray());
        return controls.Select((c, i) => new ControlCheck(c,
                adjusted[i] < alpha && Math.Abs(Math.Log(c.SpeedUp.Estimate)) >= Math.Log(MaterialSpeedUp) ? ControlOutcome.Biased
                : c.SpeedUp.Interval.Lower > 1 / MaterialSpeedUp && c.SpeedUp.Interval.Upper < MaterialSpeedUp ? ControlOutcome.AboutOne
                : ControlOutcome.TooNoisy))
            .ToArray();
    }

    private static double Alpha(Comparison[] comparisons) => 1 - comparisons[0].SpeedUp.Interval.ConfidenceLevel;

    private static bool AllDevicesMeasured(IEnumerable<Comparison> evidence) =>
        Enum.GetValues<ComputeDevice>().All(d => evidence.Any(c => c.Key.Device == d));

    private static string Devices(IEnumerable<Comparison> comparisons) =>
        string.Join(", ", comparisons.Select(c => c.Key.Device).Distinct().Order());

    private static string ControlModes(IEnumerable<ControlCheck> controls) =>
        string.Join(" and ", controls.Select(c => c.Comparison.Key.Mode!.Value.ToString().ToLowerInvariant()).Distinct());

    private static string Held(ComparisonKey key) =>
        string.Join(", ", new[] { key.Mode?.ToString(), key.Device?.ToString(), key.Phase.Words(), key.Case.Length == 0 ? null : key.Case }
            .OfType<string>());
}
