using BenchHarness.Analysis.Loading;
using BenchHarness.Analysis.Statistics;
using BenchHarness.Gate.Comparing;
using BenchHarness.Gate.Configuration;
using BenchHarness.Gate.Verdicts;

namespace BenchHarness.Tests.Gate;

public class DecisionRulesTests
{
    private static readonly DecisionRules Rules = new(0.05, "holm", MinimumProcesses: 2);

    private static RatioEstimate Speedup() => RatioInference.Estimate(RatioSpec.Ratio(
        LogSample.Of(SyntheticBenchmark.Samples(20_000, 3, 15, seed: 1, processNoise: 0.01)),
        LogSample.Of(SyntheticBenchmark.Samples(10_000, 3, 15, seed: 2, processNoise: 0.01))));

    [Fact]
    public void A_contract_whose_speed_up_equals_its_bound_exactly_is_inconclusive_not_a_crash()
    {
        RatioEstimate speedup = Speedup();

        // The distance from the bound is exactly 1: the power of detecting "no difference" is undefined.
        Decision<CheckOutcome> decision = Rules.Contract(speedup, adjustedP: 0.5, minimum: speedup.Estimate);

        Assert.Equal(CheckOutcome.Inconclusive, decision.Verdict);
        Assert.Contains("reaches below", decision.Rule);
        Assert.NotNull(decision.Advice);
    }
}

public class DecisionRuleFamilyTests : IDisposable
{
    private readonly GateFixtures fixtures = new();

    public void Dispose() => fixtures.Dispose();

    [Fact]
    public void The_correction_changes_a_verdict_a_raw_p_value_would_call_slower()
    {
        var rules = new DecisionRules(0.05, "holm", MinimumProcesses: 3, FamilySize: 40);
        // 8% slower at 2.576 standard errors: two-sided p = 0.01, below 0.05 alone, 0.4 after 40 Holm steps.
        double error = Math.Log(1.08) / 2.5758293;
        var slower = new RatioEstimate(1.08, RatioEstimate.IntervalOf(1.08, error, double.PositiveInfinity, 0.95), 0.01, UnitOfNoise.Process,
            [new SampleShape(5, 100, 20), new SampleShape(5, 100, 20)], error, double.PositiveInfinity, Paired: false, Units: 5);
        Assert.Equal(0.01, slower.PValueAgainst(1), 6);

        Assert.Equal(ChangeVerdict.Slower, rules.Benchmark(slower, adjustedP: slower.PValue, threshold: 0.05).Verdict);
        Decision<ChangeVerdict> corrected = rules.Benchmark(slower, adjustedP: Math.Min(1, 40 * slower.PValue), threshold: 0.05);
        Assert.NotEqual(ChangeVerdict.Slower, corrected.Verdict);
    }

    [Fact]
    public void Power_and_advice_are_for_the_corrected_level()
    {
        RatioEstimate ratio = RatioInference.Estimate(RatioSpec.Ratio(
            LogSample.Of(SyntheticBenchmark.Samples(1_000, 4, 15, seed: 5, processNoise: 0.02)),
            LogSample.Of(SyntheticBenchmark.Samples(1_000, 4, 15, seed: 6, processNoise: 0.02))));
        var alone = new DecisionRules(0.05, "holm", MinimumProcesses: 3, FamilySize: 1);
        var family = alone with { FamilySize = 100 };
        Assert.Equal(0.0005, family.PowerAlpha, 12);
        Assert.True(family.PowerToDetect(ratio, 1.05).MinimumDetectableRatio > alone.PowerToDetect(ratio, 1.05).MinimumDetectableRatio);
        Assert.True(family.PowerToDetect(ratio, 1.05).ProcessesNeeded >= alone.PowerToDetect(ratio, 1.05).ProcessesNeeded);
    }

    [Fact]
    public void Tests_forced_inconclusive_stay_out_of_the_corrected_family()
    {
        string baseline = fixtures.Write(GateFixtures.StandardPlan, 1), current = fixtures.Write(GateFixtures.StandardPlan, 2);
        ResultSet before = ResultSetLoader.Load(baseline), after = ResultSetLoader.Load(current);
        // One benchmark of the current set keeps a single process: its test can only end inconclusive.
        string lonely = after.Benchmarks[0].FullName;
        after = after with { Benchmarks = [.. after.Benchmarks.Select(b => b.FullName != lonely ? b
            : new BenchmarkSamples(b.FullName, b.Identity, [b.Processes[0]], b.SourceFile, b.OverheadSubtracted, b.Job))] };

        GateReport report = GateComparer.Compare(before, after, new GateSettings(GateConfig.Defaults));

        BenchmarkVerdict forced = report.Benchmarks.Single(b => b.FullName == lonely);
        Assert.Equal(ChangeVerdict.Inconclusive, forced.Verdict);
        Assert.Equal(1.0, forced.Estimate.AdjustedPValue);
        // Everything else was corrected as one Holm family without it: benchmarks, erosions and contracts together.
        (Estimate Estimate, SampleSizes Samples)[] tests =
        [
            .. report.Benchmarks.Select(b => (b.Estimate, b.Samples)),
            .. report.PairChecks.Where(c => c.Estimate is not null).Select(c => (c.Estimate!, c.Samples!)),
        ];
        var eligible = tests.Where(t => t.Samples.FewestProcesses >= GateConfig.Defaults.MinimumProcesses).ToArray();
        Assert.InRange(eligible.Length, 1, tests.Length - 2);
        double[] expected = MultipleComparisons.Holm(eligible.Select(t => t.Estimate.PValue).ToArray());
        for (int i = 0; i < eligible.Length; i++)
            Assert.Equal(expected[i], eligible[i].Estimate.AdjustedPValue, 12);
        Assert.All(tests.Except(eligible), t => Assert.Equal(1.0, t.Estimate.AdjustedPValue));
    }
}
