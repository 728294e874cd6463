using BenchHarness.Analysis.Statistics;
using BenchHarness.Gate.Calibration;
using BenchHarness.Gate.Comparing;
using BenchHarness.Gate.Configuration;
using BenchHarness.Gate.Verdicts;

namespace BenchHarness.Tests.Gate;

public sealed class CalibratorTests : IDisposable
{
    private readonly GateFixtures fixtures = new();

    private string[] Runs(int count) => [.. Enumerable.Range(1, count).Select(seed => fixtures.Write(GateFixtures.StandardPlan, seed))];

    [Fact]
    public void Plants_one_benchmark_per_trial_and_counts_every_other_verdict_as_AA()
    {
        CalibrationResult result = Calibrator.FromRuns(Runs(3), new GateSettings(GateConfig.Defaults), [1.5]);

        int benchmarks = GateFixtures.StandardPlan.Count;
        // 3 pairs; each pair is one A/A trial plus one trial per planted benchmark (all 16, fewer than the cap).
        Assert.Equal(3 * (1 + benchmarks), result.Trials.Count);
        Assert.All(result.Trials, t => Assert.True(t.Planted.Count <= 1));
        Assert.Equal(3 * benchmarks + 3 * benchmarks * (benchmarks - 1), result.AACount);
        DetectionRow planted = Assert.Single(result.Detection);
        Assert.Equal(3 * benchmarks, planted.Planted);
        Assert.Equal(planted.Planted, planted.Caught);
        Assert.Equal(1.5, result.SmallestCaught(0.95));
    }

    [Fact]
    public void The_smallest_factor_caught_is_the_smallest_not_the_first_listed()
    {
        CalibrationResult result = Calibrator.FromRuns(Runs(2), new GateSettings(GateConfig.Defaults), [1.5, 2.0]);
        Assert.Equal(1.5, result.SmallestCaught(0.95));
        Assert.Equal([1.5, 2.0], result.Detection.Select(d => d.Factor));
    }

    [Fact]
    public void A_factor_below_the_noise_is_missed_and_reported_as_such()
    {
        CalibrationResult result = Calibrator.FromRuns(Runs(2), new GateSettings(GateConfig.Defaults), [1.001]);
        DetectionRow row = Assert.Single(result.Detection);
        Assert.Equal(0, row.Caught);
        Assert.Null(result.SmallestCaught(0.8));
        Assert.Contains("none of those planted", CalibrationReport.Render(result, "test settings"));
    }

    [Fact]
    public void False_alarms_are_counted_per_verdict_and_per_trial()
    {
        var report = GateFixtures.Compare(fixtures.Write(GateFixtures.StandardPlan, 1), fixtures.Write(GateFixtures.StandardPlan, 2, scale: p => p.PatternId == "P01" ? 1.5 : 1),
            GateConfig.Defaults);
        // Nothing planted: every slower verdict is a false alarm of this (deliberately broken) A/A trial.
        CalibrationResult result = Calibrator.Summarise("test", "gate", [new CalibrationTrial("t", report, new Dictionary<string, double>())], []);
        Assert.True(result.Alarms > 0);
        Assert.Equal(1, result.TrialsWithAlarm);
        Assert.Contains($"1/1, 100% [", CalibrationReport.Render(result, "test settings"));
    }

    [Fact]
    public void A_scaled_copy_scales_one_benchmark_and_leaves_the_original_alone()
    {
        var set = BenchHarness.Analysis.Loading.ResultSetLoader.Load(fixtures.Write(GateFixtures.StandardPlan.Take(2), 9));
        double before = set.Benchmarks[0].Pooled.Sum(), other = set.Benchmarks[1].Pooled.Sum();

        var scaled = Calibrator.Scaled(set, set.Benchmarks[0].FullName, 2);

        Assert.Equal(2 * before, scaled.Benchmarks[0].Pooled.Sum(), 6);
        Assert.Equal(other, scaled.Benchmarks[1].Pooled.Sum());
        Assert.Equal(before, set.Benchmarks[0].Pooled.Sum());
    }

    [Fact]
    public void Clopper_Pearson_intervals_match_R()
    {
        // R: binom.test(0, 20)$conf.int = [0, 0.16843347]; binom.test(19, 20)$conf.int = [0.7512672, 0.9987349].
        Assert.Equal(0.16843347, Proportion.Of(0, 20).Interval.Upper, 7);
        Assert.Equal(0.75126724, Proportion.Of(19, 20).Interval.Lower, 7);
        Assert.Equal(0.99873491, Proportion.Of(19, 20).Interval.Upper, 7);
    }

    [Fact]
    public void Needs_two_runs() =>
        Assert.Throws<HarnessException>(() => Calibrator.FromRuns([fixtures.Write(GateFixtures.StandardPlan, 1)], new GateSettings(GateConfig.Defaults), [1.1]));

    public void Dispose() => fixtures.Dispose();
}
