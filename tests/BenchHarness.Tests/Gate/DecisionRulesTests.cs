using BenchHarness.Analysis.Statistics;
using BenchHarness.Gate.Verdicts;
using BenchHarness.Tests.Support;

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
