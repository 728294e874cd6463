using BenchHarness.Analysis.Loading;
using BenchHarness.Analysis.Statistics;

namespace BenchHarness.Analysis.Pairs;

/// <summary>One benchmark in a baseline and a current result set (matched by full name).</summary>
/// <param name="Ratio">median(current) / median(baseline) with its interval: above 1 the current build is slower.</param>
public sealed record BenchmarkChange(
    string FullName,
    BenchmarkSamples Baseline,
    BenchmarkSamples Current,
    double BaselineMedian,
    double CurrentMedian,
    RatioEstimate Ratio,
    ModalityAssessment BaselineModality,
    ModalityAssessment CurrentModality)
{
    /// <summary>Current minus baseline median, in nanoseconds (for absolute thresholds such as "0.5ms").</summary>
    public double AbsoluteChange => CurrentMedian - BaselineMedian;
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
    public static RunComparison Compare(ResultSet baseline, ResultSet current, BootstrapOptions? options = null) =>
        Compare(baseline, current, PairAnalyzer.Analyze(baseline, options), PairAnalyzer.Analyze(current, options), options);

    /// <summary>As <see cref="Compare(ResultSet, ResultSet, BootstrapOptions?)"/>, reusing pair analyses the caller already has.</summary>
    public static RunComparison Compare(
        ResultSet baseline, ResultSet current, PairAnalysis baselinePairs, PairAnalysis currentPairs, BootstrapOptions? options = null)
    {
        var matched = baseline.Benchmarks
            .Select(b => (Baseline: b, Current: current.Find(b.FullName)))
            .Where(m => m.Current is not null)
            .ToArray();
        BenchmarkChange[] changes = matched.AsParallel().AsOrdered()
            .Select(m => new BenchmarkChange(m.Baseline.FullName, m.Baseline, m.Current!,
                Estimators.PooledMedian(m.Baseline.Processes), Estimators.PooledMedian(m.Current!.Processes),
                HierarchicalBootstrap.Ratio(m.Current.Processes, m.Baseline.Processes, options),
                Modality.Assess(m.Baseline.Processes), Modality.Assess(m.Current.Processes)))
            .ToArray();

        var currentByKey = currentPairs.All.ToDictionary(c => c.Key);
        SpeedUpErosion[] erosions = baselinePairs.All
            .Where(c => currentByKey.ContainsKey(c.Key))
            .AsParallel().AsOrdered()
            .Select(c =>
            {
                Comparison now = currentByKey[c.Key];
                return new SpeedUpErosion(c.Key, c, now, HierarchicalBootstrap.RatioOfRatios(
                    c.Reference.Processes, c.Candidate.Processes, now.Reference.Processes, now.Candidate.Processes, options));
            })
            .ToArray();

        bool environmentKnown = baseline.Environment is { IsPartial: false } && current.Environment is { IsPartial: false };
        return new RunComparison(baseline, current, changes, erosions,
            baseline.Benchmarks.Where(b => current.Find(b.FullName) is null).Select(b => b.FullName).ToArray(),
            current.Benchmarks.Where(b => baseline.Find(b.FullName) is null).Select(b => b.FullName).ToArray(),
            baseline.Environment is { } b && current.Environment is { } c ? b.DifferencesFrom(c) : [],
            environmentKnown);
    }
}
