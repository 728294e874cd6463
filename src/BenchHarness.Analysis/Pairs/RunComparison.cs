using BenchHarness.Analysis.Loading;
using BenchHarness.Analysis.Statistics;
using BenchHarness.Results;

namespace BenchHarness.Analysis.Pairs;

/// <summary>One benchmark in a baseline and a current result set (matched by full name).</summary>
/// <param name="Ratio">median(current) / median(baseline) with its interval: above 1 the current build is slower.</param>
public sealed record BenchmarkChange(
    string FullName,
    BenchmarkSamples Baseline,
    BenchmarkSamples Current,
    double BaselineTime,
    double CurrentTime,
    RatioEstimate Ratio,
    ModalityAssessment BaselineModality,
    ModalityAssessment CurrentModality)
{
    /// <summary>Current minus baseline median, in nanoseconds (for absolute thresholds such as "0.5ms").</summary>
    public double AbsoluteChange => CurrentTime - BaselineTime;
}

/// <summary>
/// A pair's speed-up in both result sets (same comparison key) and how much it eroded.
/// </summary>
/// <param name="Erosion">baseline speed-up / current speed-up = (refB / candB) / (refC / candC), from the four samples:
/// above 1 when the speed-up shrank (the fix, graph or device lost ground), below 1 when it grew.</param>
public sealed record SpeedUpErosion(ComparisonKey Key, Comparison Baseline, Comparison Current, RatioEstimate Erosion);

/// <summary>Baseline against current: what a regression gate decides on.</summary>
/// <param name="EnvironmentDifferences">Facts that differ between the two environments (empty when they match or either is unknown).</param>
/// <param name="EnvironmentKnown">Both sets have a full environment (a manifest); false means the guard cannot check.</param>
public sealed record RunComparison(
    ResultSet Baseline,
    ResultSet Current,
    IReadOnlyList<BenchmarkChange> Changes,
    IReadOnlyList<SpeedUpErosion> Erosions,
    IReadOnlyList<string> OnlyInBaseline,
    IReadOnlyList<string> OnlyInCurrent,
    IReadOnlyList<EnvironmentDifference> EnvironmentDifferences,
    bool EnvironmentKnown);

public static class RunComparer
{
    /// <summary>
    /// Matches benchmarks by full name and computes each one's current/baseline ratio, and each pair's speed-up erosion
    /// (comparisons present in both sets). Pure over the loaded sets; applies no thresholds, corrections or verdicts.
    /// </summary>
    /// <param name="measuredTogether">The two sets were measured interleaved, round by round, in one session
    /// (<c>benchharness gate</c>): ratios then pair baseline and current rounds, so drift between rounds cancels.</param>
    public static RunComparison Compare(ResultSet baseline, ResultSet current, InferenceOptions? options = null, bool measuredTogether = false) =>
        Compare(baseline, current, PairAnalyzer.Analyze(baseline, options), PairAnalyzer.Analyze(current, options), options, measuredTogether);

    /// <summary>As <see cref="Compare(ResultSet, ResultSet, InferenceOptions?, bool)"/>, reusing pair analyses the caller already has.</summary>
    public static RunComparison Compare(
        ResultSet baseline, ResultSet current, PairAnalysis baselinePairs, PairAnalysis currentPairs, InferenceOptions? options = null,
        bool measuredTogether = false)
    {
        var matched = baseline.Benchmarks
            .Select(b => (Baseline: b, Current: current.Find(b.FullName)))
            .Where(m => m.Current is not null)
            .ToArray();
        bool Pairs(params BenchmarkSamples[] sides) => measuredTogether && sides.All(s => s.PairsByRound);
        IReadOnlyList<RatioEstimate> ratios = RatioInference.Family(
            matched.Select(m => RatioSpec.Ratio(m.Current!.LogSample, m.Baseline.LogSample, Pairs(m.Current, m.Baseline))).ToArray(), options);
        BenchmarkChange[] changes = matched
            .Select((m, i) => new BenchmarkChange(m.Baseline.FullName, m.Baseline, m.Current!,
                m.Baseline.TypicalTime, m.Current!.TypicalTime, ratios[i],
                Modality.Assess(m.Baseline.Processes), Modality.Assess(m.Current.Processes)))
            .ToArray();

        var currentByKey = currentPairs.All.ToDictionary(c => c.Key);
        var both = baselinePairs.All.Where(c => currentByKey.ContainsKey(c.Key)).Select(c => (Baseline: c, Current: currentByKey[c.Key])).ToArray();
        IReadOnlyList<RatioEstimate> erosions = RatioInference.Family(both.Select(p => RatioSpec.RatioOfRatios(
                p.Baseline.Reference.LogSample, p.Baseline.Candidate.LogSample, p.Current.Reference.LogSample, p.Current.Candidate.LogSample,
                Pairs(p.Baseline.Reference, p.Baseline.Candidate, p.Current.Reference, p.Current.Candidate)))
            .ToArray(), options);
        SpeedUpErosion[] erosion = both.Select((p, i) => new SpeedUpErosion(p.Baseline.Key, p.Baseline, p.Current, erosions[i])).ToArray();

        bool environmentKnown = baseline.Environment is { IsPartial: false } && current.Environment is { IsPartial: false };
        return new RunComparison(baseline, current, changes, erosion,
            baseline.Benchmarks.Where(b => current.Find(b.FullName) is null).Select(b => b.FullName).ToArray(),
            current.Benchmarks.Where(b => baseline.Find(b.FullName) is null).Select(b => b.FullName).ToArray(),
            baseline.Environment is { } b && current.Environment is { } c ? b.DifferencesFrom(c) : [],
            environmentKnown);
    }
}
