using BenchHarness.Analysis.Loading;
using BenchHarness.Gate.Comparing;
using BenchHarness.Gate.Verdicts;

namespace BenchHarness.Gate.Calibration;

/// <summary>One comparison the gate judged while calibrating, and the regressions planted in its current side.</summary>
/// <param name="Label">Which runs (or which interleaved trial) it compared.</param>
/// <param name="Planted">Full names of the benchmarks made slower, with the factor each was planted at; every other
/// benchmark of the trial is an A/A comparison.</param>
public sealed record CalibrationTrial(string Label, GateReport Report, IReadOnlyDictionary<string, double> Planted);

/// <summary>How often the gate caught one planted factor.</summary>
/// <param name="Planted">Benchmarks planted at this factor, over all trials.</param>
/// <param name="Caught">Of them, called slower.</param>
/// <param name="Missed">Of them, by verdict (same, inconclusive; faster would be a wrong alarm).</param>
public sealed record DetectionRow(double Factor, int Planted, int Caught, IReadOnlyDictionary<ChangeVerdict, int> Missed)
{
    public double Rate => Planted == 0 ? double.NaN : Caught / (double)Planted;
}

/// <summary>What calibration measured: false alarms (clustered by trial), precision, and detection per planted factor.</summary>
/// <param name="Method">How the trials were made: "interleaved trials with a spin planted in one benchmark's code" or
/// "every pair of stored runs, one benchmark's times scaled".</param>
public sealed record CalibrationResult(string Method, string Profile, IReadOnlyList<CalibrationTrial> Trials, IReadOnlyList<DetectionRow> Detection)
{
    /// <summary>Every A/A benchmark verdict: each trial's benchmarks that were not planted.</summary>
    public IEnumerable<BenchmarkVerdict> AAVerdicts => Trials.SelectMany(t => t.Report.Benchmarks.Where(b => !t.Planted.ContainsKey(b.FullName)));

    public int AACount => AAVerdicts.Count();

    /// <summary>A/A verdicts that said slower or faster.</summary>
    public int Alarms => AAVerdicts.Count(b => b.Verdict is ChangeVerdict.Slower or ChangeVerdict.Faster);

    public int Count(ChangeVerdict verdict) => AAVerdicts.Count(b => b.Verdict == verdict);

    /// <summary>Trials in which some A/A benchmark alarmed: the false-alarm rate a pull request meets (clustered by trial).</summary>
    public int TrialsWithAlarm => Trials.Count(t => t.Report.Benchmarks.Any(b => !t.Planted.ContainsKey(b.FullName) && b.Verdict is ChangeVerdict.Slower or ChangeVerdict.Faster));

    /// <summary>Failed pair checks (erosion, contracts) over all trials.</summary>
    public int FailedChecks => Trials.Sum(t => t.Report.PairChecks.Count(c => c.Outcome == CheckOutcome.Fails));

    /// <summary>Median over A/A verdicts of the interval's half-width as a factor: 1.05 means x/÷1.05.</summary>
    public double MedianIntervalFactor => Median(AAVerdicts.Select(b => Math.Sqrt(b.Estimate.Upper / b.Estimate.Lower)));

    /// <summary>Median over A/A verdicts of the smallest change the gate's rule detects with 80% power after the correction.</summary>
    public double MedianDetectableChange => Median(AAVerdicts.Select(b => b.Estimate.MinimumDetectableEffect));

    /// <summary>The smallest planted factor caught in at least <paramref name="rate"/> of its trials, or null.</summary>
    public double? SmallestCaught(double rate) => Detection.Where(d => d.Planted > 0 && d.Rate >= rate).Select(d => (double?)d.Factor).Min();

    private static double Median(IEnumerable<double> values)
    {
        double[] sorted = values.Where(double.IsFinite).Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}

/// <summary>
/// Measures the gate's false-alarm rate and detection power on this machine. The trials come from interleaved gate
/// runs of one build with a spin planted in one benchmark's code (<c>calibrate --trials</c>), or from every pair of
/// stored A/A runs with one benchmark's times scaled at a time (<see cref="FromRuns"/>); either way a regression is
/// planted in one benchmark per trial, so the correction faces the family a real regression faces.
/// </summary>
public static class Calibrator
{
    public static IReadOnlyList<double> DefaultFactors { get; } = [1.02, 1.05, 1.10, 1.20, 1.50];

    /// <summary>At most this many benchmarks of a pair of stored runs are planted, one at a time, per factor.</summary>
    public const int PlantsPerPair = 20;

    /// <summary>Summarises judged trials: A/A verdicts and each factor's detection.</summary>
    public static CalibrationResult Summarise(string method, string profile, IReadOnlyList<CalibrationTrial> trials, IReadOnlyList<double> factors) =>
        new(method, profile, trials, factors.Select(factor =>
        {
            BenchmarkVerdict[] planted = trials.SelectMany(t => t.Report.Benchmarks.Where(b => t.Planted.TryGetValue(b.FullName, out double f) && f == factor)).ToArray();
            return new DetectionRow(factor, planted.Length, planted.Count(b => b.Verdict == ChangeVerdict.Slower),
                planted.Where(b => b.Verdict != ChangeVerdict.Slower).GroupBy(b => b.Verdict).ToDictionary(g => g.Key, g => g.Count()));
        }).ToArray());

    /// <summary>Every pair of stored A/A runs, compared as the gate would, then with one benchmark's times scaled at a time.</summary>
    public static CalibrationResult FromRuns(IReadOnlyList<string> runDirectories, GateSettings settings, IReadOnlyList<double> factors)
    {
        if (runDirectories.Count < 2)
            throw new HarnessException("calibrate needs at least two result sets of the same code (A/A runs), or --trials");
        RefuseRepeats(runDirectories, d => Path.TrimEndingDirectorySeparator(Path.GetFullPath(d)), (first, _) => $"{first} is given twice");
        ResultSet[] sets = runDirectories.Select(d => ResultSetLoader.Load(d).EnsureComplete()).ToArray();
        RefuseRepeats(sets.Where(s => s.Manifest is not null).ToArray(), s => s.Manifest!.RunId,
            (first, second) => $"{first.Directory} and {second.Directory} are the same run (run id {first.Manifest!.RunId})");
        (ResultSet Baseline, ResultSet Current)[] pairs =
            [.. from i in Enumerable.Range(0, sets.Length) from j in Enumerable.Range(i + 1, sets.Length - i - 1) select (sets[i], sets[j])];
        if (pairs.FirstOrDefault(p => !NothingCompared.ShareAny(p.Baseline, p.Current)) is ({ } a, { } b))
            throw new HarnessException($"calibrate: {a.Directory} and {b.Directory} share no benchmark; calibrate with runs of the same selection");

        var trials = new List<CalibrationTrial>();
        foreach ((ResultSet baseline, ResultSet current) in pairs)
        {
            string label = $"{baseline.Name} vs {current.Name}";
            trials.Add(new CalibrationTrial(label, GateComparer.Compare(baseline, current, settings), new Dictionary<string, double>()));
            string[] shared = current.Benchmarks.Select(c => c.FullName).Where(n => baseline.Find(n) is not null).ToArray();
            foreach (double factor in factors)
                foreach (string planted in Spread(shared, PlantsPerPair))
                    trials.Add(new CalibrationTrial($"{label}, {planted} x{factor}",
                        GateComparer.Compare(baseline, Scaled(current, planted, factor), settings),
                        new Dictionary<string, double> { [planted] = factor }));
        }
        string profile = sets[0].Manifest?.Options.Profile.ToString().ToLowerInvariant() ?? "unknown";
        return Summarise($"every pair of {sets.Length} stored runs ({pairs.Length} A/A comparisons); one benchmark's times scaled at a time (a pure shift that keeps its measured noise)",
            profile, trials, factors);
    }

    /// <summary>A copy of <paramref name="set"/> with one benchmark's every time multiplied by <paramref name="factor"/>.</summary>
    public static ResultSet Scaled(ResultSet set, string fullName, double factor) =>
        new(set.Directory, set.Manifest,
            set.Benchmarks.Select(b => b.FullName != fullName ? b
                // Built anew, not with `with`: a record copy would keep the original's cached samples.
                : new BenchmarkSamples(b.FullName, b.Identity, b.Processes.Select(p => p.Select(t => t * factor).ToArray()).ToArray(),
                    b.SourceFile, b.OverheadSubtracted, b.Job, b.Rounds)).ToArray(),
            set.FailedBenchmarks, set.Environment, set.Notes);

    /// <summary>At most <paramref name="count"/> items, evenly spread over the list.</summary>
    public static IReadOnlyList<string> Spread(IReadOnlyList<string> items, int count) =>
        items.Count <= count ? items : Enumerable.Range(0, count).Select(i => items[i * items.Count / count]).ToArray();

    /// <summary>A set compared with itself shows no false alarm whatever the gate's rule: every input must be a separate run.</summary>
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
}
