using BenchHarness.Analysis.Loading;
using BenchHarness.Gate.Comparison;
using BenchHarness.Gate.Verdicts;
using ResultSet = BenchHarness.Analysis.Loading.ResultSet;

namespace BenchHarness.Gate.Calibration;

/// <summary>How the gate behaved on every A/A pair, or on every pair with one planted slowdown.</summary>
/// <param name="Factor">1 for the A/A comparisons; otherwise every current benchmark's times were multiplied by it.</param>
/// <param name="Comparisons">Ordered pairs of runs compared (each run is baseline once against every later run).</param>
/// <param name="Verdicts">Benchmark verdicts over all comparisons, by kind.</param>
/// <param name="ComparisonsWithAlarm">Comparisons with at least one slower or faster benchmark or failed pair check.</param>
/// <param name="FailedChecks">Failed pair checks (erosion, contracts) over all comparisons.</param>
/// <param name="MedianDetectableEffect">Median over benchmark verdicts of the smallest change the samples detect.</param>
public sealed record CalibrationRow(
    double Factor,
    int Comparisons,
    IReadOnlyDictionary<ChangeVerdict, int> Verdicts,
    int ComparisonsWithAlarm,
    int FailedChecks,
    double MedianDetectableEffect)
{
    public int Benchmarks => Verdicts.Values.Sum();

    public int Count(ChangeVerdict verdict) => Verdicts.GetValueOrDefault(verdict);

    /// <summary>Share of benchmark verdicts that said "slower".</summary>
    public double SlowerRate => Benchmarks == 0 ? 0 : Count(ChangeVerdict.Slower) / (double)Benchmarks;

    /// <summary>A/A: share of benchmark verdicts that raised any alarm (slower or faster).</summary>
    public double AlarmRate => Benchmarks == 0 ? 0 : (Count(ChangeVerdict.Slower) + Count(ChangeVerdict.Faster)) / (double)Benchmarks;
}

public sealed record CalibrationResult(IReadOnlyList<string> Runs, string Profile, int BenchmarksPerRun, CalibrationRow AA, IReadOnlyList<CalibrationRow> Planted)
{
    /// <summary>The smallest planted factor that at least 80% of benchmark comparisons called slower, or null.</summary>
    public double? SmallestReliablyDetected => Planted.Where(r => r.SlowerRate >= 0.8).Select(r => (double?)r.Factor).FirstOrDefault();
}

/// <summary>
/// Measures the gate's false-alarm rate and detection power on this machine: every pair of A/A runs is compared as the
/// gate compares a pull request (same settings, same correction), then again with the current side's times multiplied by
/// each planted factor. Planting scales whole benchmarks, so process-to-process noise stays as measured.
/// </summary>
public static class Calibrator
{
    public static IReadOnlyList<double> DefaultFactors { get; } = [1.02, 1.05, 1.10, 1.20, 1.50];

    public static CalibrationResult Run(IReadOnlyList<string> runDirectories, GateSettings settings, IReadOnlyList<double> factors)
    {
        if (runDirectories.Count < 2)
            throw new HarnessException("calibrate needs at least two result sets of the same code (A/A runs)");
        RefuseRepeats(runDirectories, d => Path.TrimEndingDirectorySeparator(Path.GetFullPath(d)), (first, _) => $"{first} is given twice");
        ResultSet[] sets = runDirectories.Select(d => ResultSetLoader.Load(d).EnsureComplete()).ToArray();
        RefuseRepeats(sets.Where(s => s.Manifest is not null).ToArray(), s => s.Manifest!.RunId,
            (first, second) => $"{first.Directory} and {second.Directory} are the same run (run id {first.Manifest!.RunId})");
        (ResultSet Baseline, ResultSet Current)[] pairs =
            [.. from i in Enumerable.Range(0, sets.Length) from j in Enumerable.Range(i + 1, sets.Length - i - 1) select (sets[i], sets[j])];
        if (pairs.FirstOrDefault(p => !NothingCompared.ShareAny(p.Baseline, p.Current)) is ({ } a, { } b))
            throw new HarnessException($"calibrate: {a.Directory} and {b.Directory} share no benchmark; calibrate with runs of the same selection");

        CalibrationRow Row(double factor) => Summarise(factor,
            pairs.Select(p => GateComparer.Compare(p.Baseline, factor == 1 ? p.Current : Scaled(p.Current, factor), settings)).ToArray());

        string profile = sets[0].Manifest?.Options.Profile.ToString().ToLowerInvariant() ?? "unknown";
        return new CalibrationResult(runDirectories, profile, sets[0].Benchmarks.Count, Row(1), factors.Select(Row).ToArray());
    }

    /// <summary>
    /// A set compared with itself shows no false alarm whatever the gate's rule: every input must be a separate run.
    /// </summary>
    private static void RefuseRepeats<T>(IReadOnlyList<T> inputs, Func<T, string> key, Func<T, T, string> problem)
    {
        var seen = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (T input in inputs)
        {
            if (seen.TryGetValue(key(input), out T? first))
                throw new HarnessException($"calibrate: {problem(first, input)}; A/A runs must be measured separately (tools/calibrate-gate.sh makes them)");
            seen.Add(key(input), input);
        }
    }

    /// <summary>A copy of <paramref name="set"/> whose every time is multiplied by <paramref name="factor"/>.</summary>
    public static ResultSet Scaled(ResultSet set, double factor) =>
        new(set.Directory, set.Manifest,
            // Built anew, not with `with`: a record copy would keep the original's cached pooled sample.
            set.Benchmarks.Select(b => new BenchmarkSamples(b.FullName, b.Identity,
                b.Processes.Select(p => p.Select(t => t * factor).ToArray()).ToArray(), b.SourceFile, b.OverheadSubtracted)).ToArray(),
            set.FailedBenchmarks, set.Environment, set.Notes);

    private static CalibrationRow Summarise(double factor, IReadOnlyList<GateReport> reports)
    {
        Dictionary<ChangeVerdict, int> verdicts = Enum.GetValues<ChangeVerdict>()
            .ToDictionary(v => v, v => reports.Sum(r => r.Count(v)));
        double[] detectable = reports.SelectMany(r => r.Benchmarks).Select(b => b.Estimate.MinimumDetectableEffect).Order().ToArray();
        return new CalibrationRow(factor, reports.Count, verdicts,
            reports.Count(r => r.Benchmarks.Any(b => b.Verdict is ChangeVerdict.Slower or ChangeVerdict.Faster) || r.PairChecks.Any(c => c.Outcome == CheckOutcome.Fails)),
            reports.Sum(r => r.Count(CheckOutcome.Fails)),
            detectable.Length == 0 ? double.NaN : detectable[detectable.Length / 2]);
    }
}
