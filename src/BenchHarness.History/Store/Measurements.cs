using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BenchHarness.Analysis.Loading;
using BenchHarness.Analysis.Pairs;
using BenchHarness.Analysis.Statistics;

namespace BenchHarness.History.Store;

/// <summary>
/// One value of one run as the store keeps it: a benchmark's time or a pair's speed-up, with the run's own 95%
/// interval and the standard error of its log.
/// </summary>
/// <param name="Name">The benchmark's canonical name (its full name outside the convention), or the comparison's.</param>
/// <param name="Pattern">The pattern id, or "other".</param>
/// <param name="FullName">BenchmarkDotNet's full name (benchmarks), or null (speed-ups).</param>
/// <param name="UnitsNs">The times the interval rests on (benchmarks): each process's fastest iteration, or every
/// iteration of a single process; empty for speed-ups.</param>
public sealed record MeasuredValue(
    string Name,
    string Pattern,
    string? FullName,
    double Estimate,
    double LogStandardError,
    double Lower,
    double Upper,
    bool SingleProcess,
    IReadOnlyList<double> UnitsNs);

/// <summary>What a run adds to the store: every benchmark's time and every fix-vs-anti speed-up, and its digest.</summary>
public sealed record RunMeasurements(IReadOnlyList<MeasuredValue> Benchmarks, IReadOnlyList<MeasuredValue> SpeedUps, string Digest)
{
    public const string OtherPattern = "other";

    /// <summary>The values of <paramref name="set"/>, as its report computes them (speed-ups moderated across the run).</summary>
    public static RunMeasurements Of(ResultSet set, RunFacts facts)
    {
        MeasuredValue[] benchmarks = set.Benchmarks.Select(Benchmark).ToArray();
        MeasuredValue[] speedUps = PairAnalyzer.Analyze(set).FixVsAnti.Select(c => new MeasuredValue(
            c.Key.ToString(), c.Key.PatternId, null, c.SpeedUp.Estimate, OrZero(c.SpeedUp.LogStandardError),
            OrEstimate(c.SpeedUp.Interval.Lower, c.SpeedUp.Estimate), OrEstimate(c.SpeedUp.Interval.Upper, c.SpeedUp.Estimate),
            c.SpeedUp.SingleProcess, [])).ToArray();
        return new RunMeasurements(benchmarks, speedUps, DigestOf(set, facts));
    }

    // SQLite stores NaN as NULL: an interval that could not be computed is stored as none (zero width), never as NaN.
    private static double OrZero(double value) => double.IsFinite(value) ? value : 0;

    private static double OrEstimate(double value, double estimate) => double.IsFinite(value) && value > 0 ? value : estimate;

    private static MeasuredValue Benchmark(BenchmarkSamples samples)
    {
        LogSample log = samples.LogSample;
        double standardError = log.Count > 1 ? Math.Sqrt(log.Variance / log.Count) : 0;
        Interval interval = log.Count > 1
            ? RatioEstimate.IntervalOf(log.TypicalTime, standardError, log.DegreesOfFreedom, 0.95)
            : new Interval(log.TypicalTime, log.TypicalTime, 0.95);
        return new MeasuredValue(
            samples.Identity?.CanonicalName ?? samples.FullName, samples.Identity?.PatternId ?? OtherPattern, samples.FullName,
            log.TypicalTime, standardError, interval.Lower, interval.Upper, log.Unit == UnitOfNoise.Iteration,
            log.Values.Select(Math.Exp).ToArray());
    }

    /// <summary>
    /// SHA-256 over what makes two sets the same measurement: commit, machine, profile, and every benchmark's name
    /// and times. So adding a set twice, from any path, finds it; the branch and the time it was filed under do not count.
    /// </summary>
    private static string DigestOf(ResultSet set, RunFacts facts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
        Add(facts.Commit);
        Add(facts.Machine.Fingerprint);
        Add(facts.Machine.Profile);
        foreach (BenchmarkSamples benchmark in set.Benchmarks.OrderBy(b => b.FullName, StringComparer.Ordinal))
        {
            Add(benchmark.FullName);
            foreach (double[] process in benchmark.Processes)
                Add(string.Join(' ', process.Select(t => t.ToString("R", CultureInfo.InvariantCulture))));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
