using BenchHarness.Analysis.Loading;
using BenchHarness.Results;

namespace BenchHarness.Gate.Comparing;

/// <summary>
/// A gate that judged nothing must not pass: two result sets with no benchmark in common are refused, with one line
/// saying why (a side holds nothing, and why it does; or the sides measured different things).
/// </summary>
public static class NothingCompared
{
    public static bool ShareAny(ResultSet a, ResultSet b) => a.Benchmarks.Any(x => b.Find(x.FullName) is not null);

    public static void Refuse(ResultSet baseline, ResultSet current)
    {
        if (!ShareAny(baseline, current))
            throw new NothingComparedException($"nothing to compare: {Why(baseline, current)}");
    }

    private static string Why(ResultSet baseline, ResultSet current) =>
        Empty(current, "current") ?? Empty(baseline, "baseline")
        ?? $"baseline {baseline.Directory} and current {current.Directory} share no benchmark " +
           $"(baseline: {Holds(baseline)}; current: {Holds(current)}); compare two runs of the same suites";

    /// <summary>Why a side holds no benchmark, or null when it holds some.</summary>
    private static string? Empty(ResultSet set, string side)
    {
        if (set.Benchmarks.Count > 0)
            return null;
        if (set.Manifest?.Options.Shard is { } shard && set.Suites.Count == 0)
            return $"the {side} result set {set.Directory} is an empty shard (shard {shard} of a sharded run: the selection has fewer suites " +
                   "than shards, so this part ran none); merge the shards (benchharness merge) and compare the merged sets";
        if (set.Manifest is not null && set.Suites.Count == 0)
            return $"the {side} result set {set.Directory} holds no benchmarks (its manifest lists no suites); compare a run that measured something";
        if (set.Suites.Count > 0 && set.Suites.All(s => s.Status == SuiteStatus.Failed))
            return $"every suite of the {side} run failed ({Outcomes(set, withStatus: false)}) in {set.Directory}; fix the failures and run it again";
        if (set.Suites.Count > 0)
            return $"no suite of the {side} run measured a benchmark ({Outcomes(set, withStatus: true)}) in {set.Directory}";
        return $"the {side} result set {set.Directory} holds no measured benchmark" +
               (set.FailedBenchmarks.Count > 0 ? $" ({set.FailedBenchmarks.Count} listed without measurements, as failed)" : "");
    }

    private static string Outcomes(ResultSet set, bool withStatus) =>
        string.Join("; ", set.Suites.Select(s => $"{s.PatternId}: {(withStatus ? $"{s.Status}, " : "")}{s.Reason ?? "no reason recorded"}"));

    private static string Holds(ResultSet set) =>
        $"{set.Benchmarks.Count} benchmark(s), e.g. {BenchmarkNames.Short(set.Benchmarks[0].FullName)}";
}

/// <summary>The two result sets have no benchmark in common: nothing was judged, so the gate cannot pass.</summary>
public sealed class NothingComparedException(string message) : HarnessException(message);
