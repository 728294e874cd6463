using BenchHarness.Gate.Calibration;
using BenchHarness.Gate.Comparison;
using BenchHarness.Gate.Configuration;
using BenchHarness.Gate.Verdicts;

namespace BenchHarness.Tests.Gate;

public sealed class CalibratorTests : IDisposable
{
    private readonly GateFixtures fixtures = new();

    [Fact]
    public void Counts_false_alarms_over_every_AA_pair_and_detections_of_planted_slowdowns()
    {
        string[] runs = [.. Enumerable.Range(1, 3).Select(seed => fixtures.Write(GateFixtures.StandardPlan, seed))];

        CalibrationResult result = Calibrator.Run(runs, new GateSettings(GateConfig.Defaults), [1.02, 1.5]);

        Assert.Equal(3, result.AA.Comparisons); // 3 runs: pairs (1,2), (1,3), (2,3)
        Assert.Equal(3 * GateFixtures.StandardPlan.Count, result.AA.Benchmarks);
        Assert.Equal(0, result.AA.Count(ChangeVerdict.Slower) + result.AA.Count(ChangeVerdict.Faster));
        CalibrationRow planted = result.Planted.Single(r => r.Factor == 1.5);
        Assert.Equal(1.0, planted.SlowerRate);
        Assert.Equal(0, planted.FailedChecks); // scaling every benchmark leaves every speed-up as it was
        Assert.Equal(1.5, result.SmallestReliablyDetected);
        Assert.Contains("| 1.50 | 3 | 48 (100%)", CalibrationReport.Render(result, "test settings"));
    }

    [Fact]
    public void A_scaled_copy_scales_every_time_and_leaves_the_original_alone()
    {
        var set = BenchHarness.Analysis.Loading.ResultSetLoader.Load(fixtures.Write(GateFixtures.StandardPlan.Take(2), 9));
        double before = set.Benchmarks[0].Pooled.Sum(); // computes and caches the pooled sample first

        var scaled = Calibrator.Scaled(set, 2);

        Assert.Equal(2 * before, scaled.Benchmarks[0].Pooled.Sum(), 6);
        Assert.Equal(before, set.Benchmarks[0].Pooled.Sum());
        Assert.Same(scaled.Benchmarks[1], scaled.Find(scaled.Benchmarks[1].FullName));
    }

    [Fact]
    public void Needs_two_runs() =>
        Assert.Throws<HarnessException>(() => Calibrator.Run([fixtures.Write(GateFixtures.StandardPlan, 1)], new GateSettings(GateConfig.Defaults), [1.1]));

    public void Dispose() => fixtures.Dispose();
}
