using BenchHarness.Analysis.Loading;
using BenchHarness.Analysis.Pairs;
using BenchHarness.Analysis.Statistics;
using BenchHarness.Gate.Configuration;
using BenchHarness.Gate.Contracts;
using BenchHarness.Gate.Thresholds;
using BenchHarness.Gate.Verdicts;
using BenchHarness.Identity;
using BenchHarness.Results;
using BenchHarness.Text;

namespace BenchHarness.Gate.Comparing;

/// <summary>
/// Baseline against current, on the analysis's <see cref="RunComparer"/>: one verdict per benchmark, one erosion check
/// per Fix-vs-Anti pair point and one check per contract point, with every p-value of the run corrected together
/// (Holm by default) before any rule is applied.
/// </summary>
public static class GateComparer
{
    private sealed record BenchmarkTest(BenchmarkChange Change, Threshold Threshold, string Origin, double Fraction);

    private sealed record PairTest(
        PairCheckKind Kind, string Subject, string Rule, double Bound, RatioEstimate Ratio, double PValue,
        double? BaselineSpeedup, double CurrentSpeedup, string? Why, Func<DecisionRules, RatioEstimate, double, Decision<CheckOutcome>> Decide);

    public static GateReport Compare(ResultSet baseline, ResultSet current, GateSettings settings)
    {
        baseline.EnsureComplete();
        current.EnsureComplete();
        IReadOnlyList<string> environment = EnvironmentGuard.Check(baseline, current, settings.AllowEnvironmentMismatch);
        NothingCompared.Refuse(baseline, current);
        GateConfig config = settings.EffectiveConfig;
        var eligibility = new DecisionRules(config.Alpha, CorrectionNames.Of(settings.Correction), config.MinimumProcesses);
        var inference = new InferenceOptions(ConfidenceLevel: 1 - config.Alpha);
        bool together = MeasurementSession.Together(baseline.Manifest?.Session, current.Manifest?.Session);

        RunComparison comparison = RunComparer.Compare(baseline, current, inference, measuredTogether: together);
        IReadOnlyList<string> baselineFailed = BaselineFailures(baseline, current, comparison.OnlyInCurrent, out IReadOnlySet<string> notJudged);
        BenchmarkTest[] benchmarks = comparison.Changes.Select(c => BenchmarkTestFor(c, config)).ToArray();
        List<PairTest> pairs = [.. ErosionTests(comparison, config), .. ContractTests(baseline, current, config.Contracts, inference, out List<PairCheckVerdict> notMeasured)];

        // Tests that can only end inconclusive (too few processes) never enter the corrected family.
        RatioEstimate[] ratios = [.. benchmarks.Select(b => b.Change.Ratio), .. pairs.Select(p => p.Ratio)];
        double[] raw = [.. benchmarks.Select(b => b.Change.Ratio.PValue), .. pairs.Select(p => p.PValue)];
        int[] family = Enumerable.Range(0, ratios.Length).Where(i => eligibility.Eligible(ratios[i])).ToArray();
        double[] corrected = Correct(family.Select(i => raw[i]).ToArray(), settings.Correction);
        double[] adjusted = Enumerable.Repeat(1.0, ratios.Length).ToArray();
        for (int k = 0; k < family.Length; k++)
            adjusted[family[k]] = corrected[k];
        DecisionRules rules = eligibility with { FamilySize = family.Length };
        BenchmarkVerdict[] benchmarkVerdicts = benchmarks.Select((test, i) => Judge(test, adjusted[i], rules)).ToArray();
        PairCheckVerdict[] pairVerdicts = pairs.Select((test, i) => Judge(test, adjusted[benchmarks.Length + i], rules)).Concat(notMeasured).ToArray();

        return new GateReport(
            GateReport.CurrentSchemaVersion,
            Reference(baseline), Reference(current),
            config.Source, CorrectionNames.Of(settings.Correction), config.Alpha, config.MinimumProcesses, settings.FailOnInconclusive,
            environment, benchmarkVerdicts, pairVerdicts,
            Added: comparison.OnlyInCurrent.Where(name => !notJudged.Contains(name)).Select(BenchmarkNames.Short).ToArray(),
            Removed: comparison.OnlyInBaseline.Select(BenchmarkNames.Short).ToArray(),
            Failed: FailuresOf(current),
            Notes: [.. Notes(baseline, current, config), .. OverheadNotes(comparison)],
            Reproduce: ReproduceCommands(baseline, current, settings))
        {
            BaselineFailed = baselineFailed,
            MeasuredTogether = together,
        };
    }

    /// <summary>
    /// Benchmarks only the current run measured because the baseline's suite or the benchmark itself failed there:
    /// one line per failed suite (or benchmark, outside a failed suite), by name. They are not new, and not judged.
    /// </summary>
    private static IReadOnlyList<string> BaselineFailures(
        ResultSet baseline, ResultSet current, IReadOnlyList<string> onlyInCurrent, out IReadOnlySet<string> notJudged)
    {
        Dictionary<string, SuiteOutcome> failedSuites = baseline.FailedSuites.GroupBy(s => s.PatternId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var failedBenchmarks = new HashSet<string>(baseline.FailedBenchmarks, StringComparer.Ordinal);
        SuiteOutcome? FailedSuiteOf(string name) =>
            current.Find(name)?.Identity?.PatternId is { } pattern ? failedSuites.GetValueOrDefault(pattern) : null;

        string[] lost = onlyInCurrent.Where(name => failedBenchmarks.Contains(name) || FailedSuiteOf(name) is not null).ToArray();
        notJudged = new HashSet<string>(lost, StringComparer.Ordinal);
        var lines = new List<string>();
        foreach (IGrouping<SuiteOutcome?, string> group in lost.GroupBy(FailedSuiteOf))
        {
            if (group.Key is { } suite)
                lines.Add($"suite {suite.PatternId} failed in the baseline run ({suite.Reason ?? "no reason recorded"}): " +
                          $"{group.Count()} benchmark(s) of the current run not judged: {FewNames(group)}");
            else
                lines.AddRange(group.Select(name => $"benchmark {BenchmarkNames.Short(name)} failed in the baseline run: not judged"));
        }
        return lines;
    }

    private static string FewNames(IEnumerable<string> fullNames, int shown = 5)
    {
        string[] names = fullNames.Select(BenchmarkNames.Short).ToArray();
        return string.Join(", ", names.Take(shown)) + (names.Length > shown ? $" and {names.Length - shown} more" : "");
    }

    /// <summary>
    /// BenchmarkDotNet's overhead (the empty-call cost) subtracted on one side and kept on the other biases the ratio by
    /// about the overhead, which matters for nanosecond-scale benchmarks: say so, by name.
    /// </summary>
    private static IEnumerable<string> OverheadNotes(RunComparison comparison) =>
        comparison.Changes.Where(c => c.Baseline.OverheadSubtracted != c.Current.OverheadSubtracted).Select(c =>
        {
            (string subtracted, string kept) = c.Baseline.OverheadSubtracted ? ("baseline", "current") : ("current", "baseline");
            return $"{BenchmarkNames.Short(c.FullName)}: BenchmarkDotNet's overhead was subtracted in the {subtracted} but kept in the {kept} " +
                   "(none measured there, or it exceeded the workload), so its ratio is biased by about the overhead; measure both sides the same way";
        });

    private static double[] Correct(double[] pValues, Correction correction) =>
        pValues.Length == 0 ? []
        : correction == Correction.Holm ? MultipleComparisons.Holm(pValues)
        : MultipleComparisons.BenjaminiHochberg(pValues);

    private static BenchmarkTest BenchmarkTestFor(BenchmarkChange change, GateConfig config)
    {
        (Threshold threshold, string origin) = config.ThresholdFor(change.Current.Identity?.PatternId ?? "", change.FullName, BenchmarkNames.Short(change.FullName));
        return new BenchmarkTest(change, threshold, origin, threshold.RelativeTo(change.BaselineTime));
    }

    private static BenchmarkVerdict Judge(BenchmarkTest test, double adjustedP, DecisionRules rules)
    {
        BenchmarkChange change = test.Change;
        Decision<ChangeVerdict> decision = rules.Benchmark(change.Ratio, adjustedP, test.Fraction);
        return new BenchmarkVerdict(
            BenchmarkNames.Short(change.FullName), change.FullName, change.Current.Identity?.PatternId ?? "",
            decision.Verdict, decision.Rule, test.Threshold.ToString(), test.Origin, test.Fraction,
            change.BaselineTime, change.CurrentTime,
            EstimateOf(change.Ratio, change.Ratio.PValue, adjustedP, 1 + test.Fraction, rules),
            SamplesOf(change.Ratio.Sides[1], change.Ratio.Sides[0]), decision.Advice);
    }

    private static PairCheckVerdict Judge(PairTest test, double adjustedP, DecisionRules rules)
    {
        Decision<CheckOutcome> decision = test.Decide(rules, test.Ratio, adjustedP);
        double powerTarget = test.Kind == PairCheckKind.Erosion ? test.Bound : Math.Exp(Math.Abs(Math.Log(test.Ratio.Estimate / test.Bound)));
        SampleShape[] sides = [.. test.Ratio.Sides];
        SampleSizes samples = test.Kind == PairCheckKind.Erosion
            ? SamplesOf(Fewest(sides[0], sides[1]), Fewest(sides[2], sides[3]))
            : SamplesOf(sides[0], sides[1]);
        return new PairCheckVerdict(test.Kind, test.Subject, decision.Verdict, test.Rule, test.Bound, decision.Rule,
            EstimateOf(test.Ratio, test.PValue, adjustedP, powerTarget, rules), test.BaselineSpeedup, test.CurrentSpeedup, samples, decision.Advice, test.Why);
    }

    /// <summary>Erosion of every Fix-vs-Anti pair point measured on both sides: baseline speed-up / current speed-up.</summary>
    private static IEnumerable<PairTest> ErosionTests(RunComparison comparison, GateConfig config) =>
        comparison.Erosions.Where(e => e.Key.Kind == ComparisonKind.FixVsAnti).Select(e =>
        {
            Comparison fixBefore = e.Baseline, fixNow = e.Current;
            (Threshold threshold, string origin) = config.ThresholdFor(e.Key.PatternId, fixNow.Candidate.FullName, BenchmarkNames.Short(fixNow.Candidate.FullName));
            double fraction = threshold.RelativeTo(fixBefore.CandidateTime);
            return new PairTest(
                PairCheckKind.Erosion,
                BenchmarkNames.Point(e.Key.PatternId, e.Key.Mode, e.Key.Device ?? ComputeDevice.Cpu, e.Key.Case, e.Key.Phase),
                $"Anti/Fix speed-up must not fall by more than {Numbers.Percent(fraction)} ({threshold}, {origin})",
                1 + fraction, e.Erosion, e.Erosion.PValue,
                BaselineSpeedup: fixBefore.SpeedUp.Estimate, CurrentSpeedup: fixNow.SpeedUp.Estimate, Why: null,
                (rules, ratio, p) => rules.Erosion(ratio, p, fraction));
        });

    /// <summary>Contracts: for every point of the current set a contract selects, the slower side over the faster side.</summary>
    private static List<PairTest> ContractTests(
        ResultSet baseline, ResultSet current, IReadOnlyList<PairContract> contracts, InferenceOptions inference,
        out List<PairCheckVerdict> notMeasured)
    {
        Dictionary<BenchmarkIdentity, BenchmarkSamples> before = Index(baseline), after = Index(current);
        var points = new List<(PairContract Contract, string Subject, BenchmarkSamples Slower, BenchmarkSamples Faster, double? BaselineSpeedup)>();
        notMeasured = [];
        foreach (PairContract contract in contracts)
        {
            bool sidesFixTheMode = contract.Faster.Mode is not null && contract.Slower.Mode is not null;
            // One point per device, case and (unless the sides fix it) mode, named by its faster side.
            BenchmarkIdentity[] selected = after.Keys
                .Where(k => contract.Selects(k) && (contract.Mode is null || k.Mode == contract.Mode))
                .Select(k => k with { Member = contract.Faster.Member, Phase = contract.Faster.Phase, Mode = sidesFixTheMode ? contract.Faster.Mode!.Value : k.Mode })
                .Distinct()
                .ToArray();
            int found = 0;
            foreach (BenchmarkIdentity point in selected)
            {
                (ComputeDevice device, string @case, ExecutionMode mode) = (point.Device, point.Case, point.Mode);
                BenchmarkIdentity SideKey(ContractSide side) => point with { Member = side.Member, Phase = side.Phase, Mode = contract.ModeOf(side, mode) };
                BenchmarkIdentity fasterKey = SideKey(contract.Faster), slowerKey = SideKey(contract.Slower);
                if (!after.TryGetValue(fasterKey, out BenchmarkSamples? faster) || !after.TryGetValue(slowerKey, out BenchmarkSamples? slower))
                    continue;
                found++;
                double? baselineSpeedup = before.TryGetValue(fasterKey, out BenchmarkSamples? bf) && before.TryGetValue(slowerKey, out BenchmarkSamples? bs)
                    ? bs.TypicalTime / bf.TypicalTime
                    : null;
                points.Add((contract, BenchmarkNames.Point(contract.PatternId, sidesFixTheMode ? null : mode, device, @case, contract.Faster.Phase),
                    slower, faster, baselineSpeedup));
            }
            if (found == 0)
                notMeasured.Add(new PairCheckVerdict(PairCheckKind.Contract, contract.PatternId, CheckOutcome.NotMeasured, contract.Rule,
                    contract.MinimumSpeedup, $"the current result set has no benchmarks this contract selects ({contract.PatternId} not run, or another mode or device)",
                    null, null, null, null, null, contract.Why));
        }
        // Every contract point of the run is one family: its speed-ups borrow variance from each other.
        IReadOnlyList<RatioEstimate> speedups = RatioInference.Family(points
            .Select(p => RatioSpec.Ratio(p.Slower.LogSample, p.Faster.LogSample, p.Slower.PairsByRound && p.Faster.PairsByRound)).ToArray(), inference);
        return points.Select((p, i) => new PairTest(
            PairCheckKind.Contract, p.Subject, p.Contract.Rule, p.Contract.MinimumSpeedup, speedups[i], speedups[i].PValueBelow(p.Contract.MinimumSpeedup),
            p.BaselineSpeedup, speedups[i].Estimate, p.Contract.Why,
            (rules, ratio, pValue) => rules.Contract(ratio, pValue, p.Contract.MinimumSpeedup))).ToList();
    }

    private static Dictionary<BenchmarkIdentity, BenchmarkSamples> Index(ResultSet set) =>
        set.Benchmarks.Where(b => b.Identity is not null).ToDictionary(b => b.Identity!);

    private static Estimate EstimateOf(RatioEstimate ratio, double pValue, double adjustedP, double powerTarget, DecisionRules rules) =>
        new(ratio.Estimate, ratio.Interval.Lower, ratio.Interval.Upper, ratio.Interval.ConfidenceLevel, pValue, adjustedP,
            rules.PowerToDetect(ratio, powerTarget).MinimumDetectableRatio - 1);

    private static SampleShape Fewest(SampleShape a, SampleShape b) => a.Processes <= b.Processes ? a : b;

    private static SampleSizes SamplesOf(SampleShape baseline, SampleShape current) =>
        new(baseline.Processes, baseline.Iterations, current.Processes, current.Iterations);

    private static RunReference Reference(ResultSet set)
    {
        RunManifest? m = set.Manifest;
        return new RunReference(
            set.Directory, set.Name, m?.Git.Commit ?? "unknown", m?.Git.Branch ?? "unknown", m?.Git.Dirty ?? false,
            m?.Options.Profile.ToString().ToLowerInvariant() ?? "unknown", m?.StartedUtc ?? DateTimeOffset.MinValue,
            m?.Machine.MachineName ?? "unknown", m?.CommandLine ?? "unknown (no manifest)");
    }

    private static IReadOnlyList<string> FailuresOf(ResultSet current) =>
        current.FailedSuites.Select(s => $"suite {s.PatternId} failed in the current run: {s.Reason ?? "no reason recorded"}")
            .Concat(current.FailedBenchmarks.Select(b => $"benchmark {BenchmarkNames.Short(b)} failed in the current run"))
            .ToArray();

    private static IReadOnlyList<string> Notes(ResultSet baseline, ResultSet current, GateConfig config)
    {
        var notes = new List<string>();
        notes.AddRange(baseline.Notes.Select(n => $"baseline: {n}"));
        notes.AddRange(current.Notes.Select(n => $"current: {n}"));
        var names = new HashSet<string>(baseline.Benchmarks.Concat(current.Benchmarks)
            .SelectMany(b => new[] { b.FullName, BenchmarkNames.Short(b.FullName) }), StringComparer.Ordinal);
        var patterns = new HashSet<string>(baseline.Benchmarks.Concat(current.Benchmarks).Select(b => b.Identity?.PatternId ?? ""), StringComparer.Ordinal);
        // A key of a pattern that was not run is expected to match nothing; one of a pattern that was run is likely a typo.
        notes.AddRange(config.Benchmarks.Keys
            .Where(k => !names.Contains(k) && (!BenchmarkIdentity.TryParse(k, out BenchmarkIdentity key) || patterns.Contains(key.PatternId)))
            .Select(k => $"config {config.Source}: benchmarks[\"{k}\"] matches no benchmark in either result set"));
        BenchmarkIdentity[] measured = [.. baseline.Benchmarks.Concat(current.Benchmarks).Select(b => b.Identity).OfType<BenchmarkIdentity>()];
        notes.AddRange(config.Contracts.Select(c => c.LikelyTypo(measured)).OfType<string>().Select(why => $"config {config.Source}: {why}"));
        if (baseline.Manifest is { } b && current.Manifest is { } c && b.Options.Profile != c.Options.Profile)
            notes.Add($"profiles differ: baseline {b.Options.Profile}, current {c.Options.Profile}");
        foreach ((string side, ResultSet set) in new[] { ("baseline", baseline), ("current", current) })
        {
            if (set.Manifest?.Git.Dirty == true)
                notes.Add($"{side} {set.Name} was measured with uncommitted changes");
        }
        return notes;
    }

    private static IReadOnlyList<string> ReproduceCommands(ResultSet baseline, ResultSet current, GateSettings settings) =>
    [
        settings.Reproduce ?? $"benchharness compare --baseline {baseline.Directory} --current {current.Directory}",
        $"# baseline measured with: {baseline.Manifest?.CommandLine ?? "(no manifest)"}{Commit(baseline)}",
        $"# current measured with: {current.Manifest?.CommandLine ?? "(no manifest)"}{Commit(current)}",
    ];

    private static string Commit(ResultSet set) =>
        set.Manifest is { } m && m.Git.Commit != "unknown" ? $" (at commit {Numbers.Commit(m.Git.Commit)})" : "";
}
