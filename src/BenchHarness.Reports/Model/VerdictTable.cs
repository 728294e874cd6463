using BenchHarness.Analysis.Pairs;
using BenchHarness.Catalog;
using BenchHarness.Results;
using BenchHarness.Text;

namespace BenchHarness.Reports.Model;

/// <summary>The four answers the report gives about the study, plus how a behaviour finding maps onto them.</summary>
public enum ShownVerdict
{
    Reproduced,
    NotReproduced,
    Inconclusive,
    NotMeasured,
}

/// <summary>One row of the paper-reproduction table.</summary>
/// <param name="Measured">What was measured, one line per piece of evidence (the comparisons that carry the mechanism).</param>
/// <param name="Controls">The null checks: one line per control comparison (identical code in both members), with its outcome.</param>
/// <param name="ByBehaviour">The verdict comes from a semantic finding (P08, P12), not from timings.</param>
/// <param name="Finding">The study finding the entry bears on: the table is grouped by it.</param>
/// <param name="ExpectedBrief">The expected effect in a few words; <paramref name="Expected"/> has the figures.</param>
/// <param name="Deciding">The comparison that decides the verdict (<see cref="DecidingEvidence"/>), listed first in
/// <paramref name="Measured"/>; null when nothing was timed.</param>
public sealed record VerdictRow(
    string PatternId,
    string Name,
    string Expected,
    string Source,
    IReadOnlyList<string> Measured,
    IReadOnlyList<string> Controls,
    ShownVerdict Verdict,
    bool ByBehaviour,
    string Reason,
    StudyFinding Finding,
    string ExpectedBrief,
    Comparison? Deciding)
{
    public string VerdictText => Words(Verdict) + (ByBehaviour && Verdict != ShownVerdict.NotMeasured ? " (behaviour)" : "");

    public string CssClass => Css(Verdict);

    public static string Words(ShownVerdict verdict) => verdict switch
    {
        ShownVerdict.Reproduced => "reproduced",
        ShownVerdict.NotReproduced => "not reproduced",
        ShownVerdict.Inconclusive => "inconclusive",
        _ => "not measured",
    };

    public static string Css(ShownVerdict verdict) => verdict switch
    {
        ShownVerdict.NotReproduced => "not-reproduced",
        ShownVerdict.NotMeasured => "not-measured",
        var other => other.ToString().ToLowerInvariant(),
    };
}

/// <summary>Builds the reproduction table from the analysis's verdicts and the manifest's semantic findings.</summary>
public static class VerdictTable
{
    /// <summary>Up to this many comparisons are listed one per line; more are summarised.</summary>
    public const int MaxListedComparisons = 4;

    public static IReadOnlyList<VerdictRow> Rows(ReportInput input) =>
        input.Reproductions.Select(r => Row(r, input.ResultSet.Suites.FirstOrDefault(s => s.PatternId == r.Pattern.Id))).ToArray();

    private static VerdictRow Row(Reproduction reproduction, SuiteOutcome? suite)
    {
        var pattern = reproduction.Pattern;
        if (reproduction.Verdict == ReproductionVerdict.NotTimed)
        {
            SemanticFinding? finding = suite?.Finding;
            return new VerdictRow(pattern.Id, pattern.Name, pattern.ExpectedEffect, pattern.Evidence,
                finding is null ? [] : [finding.Summary + (finding.Detail is null ? "" : $": {finding.Detail}")],
                [],
                finding is null ? ShownVerdict.NotMeasured : finding.Observed ? ShownVerdict.Reproduced : ShownVerdict.NotReproduced,
                ByBehaviour: true,
                finding is null ? NotRunReason(suite) : finding.Observed ? "the study's behaviour was observed" : "the study's behaviour was not observed",
                pattern.Finding, ExpectedBrief.Of(pattern), Deciding: null);
        }

        Comparison? deciding = DecidingEvidence.Of(reproduction);
        string[] measured = Measured(ReportCharts.Ordered(reproduction.Evidence).ToArray(), deciding);
        ShownVerdict verdict = reproduction.Verdict switch
        {
            ReproductionVerdict.Reproduced => ShownVerdict.Reproduced,
            ReproductionVerdict.NotReproduced => ShownVerdict.NotReproduced,
            ReproductionVerdict.Inconclusive => ShownVerdict.Inconclusive,
            _ => ShownVerdict.NotMeasured,
        };
        string reason = (verdict, suite) switch
        {
            (ShownVerdict.NotMeasured, { Status: SuiteStatus.Failed }) => $"suite failed: {suite.Reason ?? "no reason recorded"}",
            (ShownVerdict.NotMeasured, null) when pattern.RelatedTo is null => $"not run in this result set ({reproduction.Reason})",
            _ => reproduction.Reason,
        };
        return new VerdictRow(pattern.Id, pattern.Name, pattern.ExpectedEffect, pattern.Evidence, measured,
            Controls(reproduction.Controls), verdict, ByBehaviour: false, reason, pattern.Finding, ExpectedBrief.Of(pattern), deciding);
    }

    /// <summary>Each control with what it says, e.g. "Eager · Cpu · Size=16: 1.01x [0.97x, 1.05x]: about 1.0x"; biased ones first when summarised.</summary>
    private static string[] Controls(IReadOnlyList<ControlCheck> controls)
    {
        ControlCheck[] ordered = ReportCharts.Ordered(controls.Select(c => c.Comparison))
            .Select(comparison => controls.First(c => ReferenceEquals(c.Comparison, comparison))).ToArray();
        string Line(ControlCheck c) => $"{ComparisonText.HeldEqual(c.Comparison.Key)}: {ComparisonText.RatioWithInterval(c.Comparison.SpeedUp)}: {OutcomeText(c.Outcome)}";
        if (ordered.Length <= MaxListedComparisons)
            return ordered.Select(Line).ToArray();
        return
        [
            $"{ordered.Length} controls: " + string.Join(", ", Enum.GetValues<ControlOutcome>().Select(o => $"{ordered.Count(c => c.Outcome == o)} {OutcomeText(o)}")),
            .. ordered.Where(c => c.Outcome == ControlOutcome.Biased).Take(MaxListedComparisons).Select(Line),
        ];
    }

    public static string OutcomeText(ControlOutcome outcome) => outcome switch
    {
        ControlOutcome.AboutOne => "about 1.0x",
        ControlOutcome.Biased => "biased",
        _ => "too noisy to confirm",
    };

    /// <summary>The deciding comparison first, then the others in reading order (summarised past <see cref="MaxListedComparisons"/>).</summary>
    private static string[] Measured(Comparison[] evidence, Comparison? deciding)
    {
        static string Line(Comparison c) => $"{ComparisonText.HeldEqual(c.Key)}: {ComparisonText.RatioWithInterval(c.SpeedUp)}";
        Comparison[] first = deciding is null ? [] : [deciding];
        if (evidence.Length <= MaxListedComparisons)
            return first.Concat(evidence.Where(c => !ReferenceEquals(c, deciding))).Select(Line).ToArray();
        var directions = evidence.Select(c => ComparisonText.Direction(c.SpeedUp)).ToArray();
        return
        [
            .. first.Select(Line),
            $"{evidence.Length} comparisons: {directions.Count(d => d == Charts.EffectDirection.Faster)} fix faster, " +
            $"{directions.Count(d => d == Charts.EffectDirection.Slower)} slower, {directions.Count(d => d == Charts.EffectDirection.Unclear)} unclear",
            $"speed-ups {Numbers.Ratio(evidence.Min(c => c.SpeedUp.Estimate))} to {Numbers.Ratio(evidence.Max(c => c.SpeedUp.Estimate))}",
        ];
    }

    private static string NotRunReason(SuiteOutcome? suite) => suite switch
    {
        null => "not run in this result set",
        { Status: SuiteStatus.Failed } => $"suite failed: {suite.Reason ?? "no reason recorded"}",
        _ => $"suite {suite.Status.ToString().ToLowerInvariant()} without a finding",
    };
}
