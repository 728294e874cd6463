using BenchHarness.Analysis.Loading;
using BenchHarness.Analysis.Pairs;
using BenchHarness.Analysis.Statistics;
using BenchHarness.Results;

namespace BenchHarness.Cli.Orchestration;

/// <summary>
/// The adaptive rule of <see cref="InterleavedMeasurement"/>: a case needs another round while a comparison it is in
/// has an interval wider than the profile's target (x/÷ <see cref="ProfileSettings.TargetPrecision"/>). With one arm the
/// comparisons are the suite's pairs (fix vs anti, graph vs eager); with two (a gate) each case's head/baseline ratio.
/// Interval widths depend on the standard errors alone, so the rule never looks at which way a comparison leans.
/// </summary>
public sealed class PrecisionRule : IPrecisionRule
{
    public IReadOnlyList<string> CasesNeedingMore(SuiteMeasurementJob job, IReadOnlyList<MeasurementArm> arms,
        IReadOnlyList<IReadOnlyList<(string Case, LaunchResult Launch)>> launches)
    {
        if (job.Settings.TargetPrecision is not double target || target <= 1)
            return [];
        double widest = Math.Log(target);
        BenchmarkSamples[][] sides = launches.Select(Samples).ToArray();
        var needing = new HashSet<string>(StringComparer.Ordinal);
        if (arms.Count == 1)
        {
            foreach (Comparison comparison in PairAnalyzer.Analyze(sides[0]).All)
                if (comparison.SpeedUp.Interval.LogHalfWidth > widest)
                {
                    needing.Add(comparison.Reference.FullName);
                    needing.Add(comparison.Candidate.FullName);
                }
            return needing.ToArray();
        }
        var baseline = sides[0].ToDictionary(b => b.FullName, StringComparer.Ordinal);
        var pairs = sides[1].Where(b => baseline.ContainsKey(b.FullName)).ToArray();
        IReadOnlyList<RatioEstimate> ratios = RatioInference.Family(
            pairs.Select(b => RatioSpec.Ratio(b.LogSample, baseline[b.FullName].LogSample, pairByRound: true)).ToArray());
        for (int i = 0; i < pairs.Length; i++)
            if (ratios[i].Interval.LogHalfWidth > widest)
                needing.Add(pairs[i].FullName);
        return needing.ToArray();
    }

    /// <summary>Each case's launches so far as one sample, its processes tagged with their rounds.</summary>
    private static BenchmarkSamples[] Samples(IReadOnlyList<(string Case, LaunchResult Launch)> launches) => launches
        .GroupBy(l => l.Case, StringComparer.Ordinal)
        .Select(group =>
        {
            var measured = group.OrderBy(l => l.Launch.Round)
                .Select(l => (l.Launch.Round, Sample: BenchmarkDotNetReportReader.Read(l.Launch.JsonFile, new HashSet<string>(), treatEmptyAsFailed: false).Benchmarks.Single()))
                .ToArray();
            return measured[0].Sample with
            {
                Processes = measured.Select(l => l.Sample.Processes.Single()).ToArray(),
                Rounds = measured.Select(l => l.Round).ToArray(),
            };
        })
        .ToArray();
}
