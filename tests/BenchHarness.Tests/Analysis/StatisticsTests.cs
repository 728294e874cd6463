using BenchHarness.Analysis.Statistics;
using BenchHarness.Tests.Support;

namespace BenchHarness.Tests.Analysis;

public sealed class EstimatorTests
{
    [Theory]
    [InlineData(new[] { 3.0 }, 3.0)]
    [InlineData(new[] { 5.0, 1.0, 3.0 }, 3.0)]
    [InlineData(new[] { 4.0, 1.0, 3.0, 2.0 }, 2.5)]
    [InlineData(new[] { 7.0, 7.0, 1.0, 7.0, 2.0, 9.0 }, 7.0)]
    public void Median_matches_the_definition(double[] values, double expected)
    {
        double[] copy = values.ToArray();
        Assert.Equal(expected, Estimators.Median(values));
        Assert.Equal(copy, values);
    }

    [Fact]
    public void Median_agrees_with_sorting_on_random_samples()
    {
        var random = new Random(1);
        for (int n = 1; n < 60; n++)
        {
            double[] values = Enumerable.Range(0, n).Select(_ => Math.Round(random.NextDouble() * 10)).ToArray();
            double[] sorted = values.Order().ToArray();
            double expected = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
            Assert.Equal(expected, Estimators.Median(values));
        }
    }

    [Fact]
    public void Evenly_spaced_order_statistics_keep_the_extremes_and_the_order()
    {
        double[] values = Enumerable.Range(0, 2_000_001).Select(i => (double)((i * 7919L) % 2_000_001)).ToArray();

        IReadOnlyList<double> thinned = Estimators.EvenlySpacedOrderStatistics(values, 5);

        Assert.Equal([0.0, 500_000, 1_000_000, 1_500_000, 2_000_000], thinned);
        double[] small = [3, 1, 2];
        Assert.Same(small, Estimators.EvenlySpacedOrderStatistics(small, 5));
    }

    [Fact]
    public void The_mValue_of_a_large_sample_is_that_of_its_shape()
    {
        // Two modes, 60,000 values: the calculator alone needs about half a minute per call here (its cost grows with the square).
        double[] bimodal = Enumerable.Range(0, 60_000).Select(i => (i % 3 == 0 ? 2000.0 : 1000.0) + i % 97).ToArray();
        double[] unimodal = Enumerable.Range(0, 60_000).Select(i => 1000.0 + i % 97).ToArray();

        Assert.InRange(Modality.MValue(bimodal), 2.8, 4.0);
        Assert.InRange(Modality.MValue(unimodal), 1.0, 2.5);
    }

    [Fact]
    public void Hodges_Lehmann_ratio_is_the_median_of_pairwise_ratios()
    {
        // Pairwise ratios of {2, 4, 8} / {1, 2}: 2, 1, 4, 2, 8, 4 -> median 3.
        Assert.Equal(3.0, Estimators.HodgesLehmannRatio([2, 4, 8], [1, 2]), 9);
    }

    [Fact]
    public void Sample_summary_describes_the_processes()
    {
        SampleSummary summary = SampleSummary.Of([[1, 2, 3], [4, 5, 6]]);
        Assert.Equal(3.5, summary.Median);
        Assert.Equal([2.0, 5.0], summary.ProcessMedians);
        Assert.Equal((1.0, 6.0), (summary.Min, summary.Max));
        Assert.Equal("2x3", summary.Shape.ToString());
        Assert.Equal(2.5, summary.Modality.ProcessSpread);
    }

    [Fact]
    public void Process_spread_is_largest_over_smallest_process_median() =>
        Assert.Equal(2.0, Estimators.ProcessSpread([[1, 2, 3], [4, 4, 4], [3, 2, 100]]), 9);
}

public sealed class HierarchicalBootstrapTests
{
    private static double[][] Samples(double median, int processes, int iterations, int seed, double processNoise = 0.03) =>
        SyntheticBenchmark.Samples(median, processes, iterations, seed, iterationNoise: 0.03, processNoise: processNoise);

    [Fact]
    public void Interval_covers_a_planted_ratio_and_excludes_one()
    {
        RatioEstimate estimate = HierarchicalBootstrap.Ratio(Samples(2000, 5, 15, seed: 1), Samples(1000, 5, 15, seed: 2));
        Assert.Equal(ResamplingLevel.ProcessesThenIterations, estimate.Level);
        Assert.True(estimate.Interval.Contains(2.0), $"{estimate.Interval} should contain 2");
        Assert.True(estimate.Interval.IsAbove(1));
        Assert.True(estimate.Significant);
        Assert.True(estimate.PValue < 0.01, $"p = {estimate.PValue}");
        Assert.InRange(estimate.Estimate, 1.8, 2.2);
    }

    [Fact]
    public void A_A_samples_give_an_interval_that_includes_one()
    {
        int covered = 0;
        for (int seed = 0; seed < 20; seed++)
        {
            RatioEstimate estimate = HierarchicalBootstrap.Ratio(Samples(1000, 4, 10, seed * 2), Samples(1000, 4, 10, seed * 2 + 1),
                new BootstrapOptions(Resamples: 1000));
            if (estimate.Interval.Contains(1))
                covered++;
        }
        // 95% intervals; the percentile bootstrap with few processes runs a little narrow: allow 3 misses in 20.
        Assert.True(covered >= 17, $"1 covered in {covered} of 20 A/A comparisons");
    }

    [Fact]
    public void Two_processes_with_real_process_noise_keep_false_alarms_at_or_below_alpha()
    {
        // Plain percentile intervals covered 1 in only 72% of such A/A comparisons; the t widening fixes that.
        int alarms = 0, trials = 60;
        for (int trial = 0; trial < trials; trial++)
        {
            RatioEstimate estimate = HierarchicalBootstrap.Ratio(
                SyntheticBenchmark.Samples(1000, 2, 10, seed: 1000 + 2 * trial, iterationNoise: 0.03, processNoise: 0.05),
                SyntheticBenchmark.Samples(1000, 2, 10, seed: 1001 + 2 * trial, iterationNoise: 0.03, processNoise: 0.05),
                new BootstrapOptions(Resamples: 500));
            if (estimate.PValue < 0.05 || !estimate.Interval.Contains(1))
                alarms++;
        }
        Assert.True(alarms <= 6, $"{alarms} false alarms in {trials} A/A comparisons");
    }

    [Fact]
    public void Intervals_at_other_levels_use_the_same_correction()
    {
        RatioEstimate estimate = HierarchicalBootstrap.Ratio(Samples(1200, 3, 10, 1, 0.05), Samples(1000, 3, 10, 2, 0.05));
        Assert.Equal(estimate.Interval, estimate.IntervalAt(0.95));
        Interval wider = estimate.IntervalAt(0.999);
        Assert.True(wider.Lower < estimate.Interval.Lower && wider.Upper > estimate.Interval.Upper);
        Assert.True(estimate.Interval.LogHalfWidth >= estimate.Distribution.PercentileInterval(0.95).LogHalfWidth);
    }

    [Fact]
    public void Standard_error_and_degrees_of_freedom_follow_the_processes()
    {
        RatioEstimate estimate = HierarchicalBootstrap.Ratio(Samples(1000, 4, 10, 1, 0.05), Samples(1000, 4, 10, 2, 0.05));
        Assert.InRange(estimate.DegreesOfFreedom, 3, 6);
        Assert.True(estimate.LogStandardError > 0);
        Assert.Equal(estimate.PValue, estimate.PValueAgainst(1), 12);
    }

    [Fact]
    public void Process_noise_widens_the_interval_compared_with_iterations_alone()
    {
        double[][] a = Samples(1000, 4, 20, seed: 3, processNoise: 0.15), b = Samples(1000, 4, 20, seed: 4, processNoise: 0.15);
        RatioEstimate hierarchical = HierarchicalBootstrap.Ratio(a, b);
        RatioEstimate pooledAsOneProcess = HierarchicalBootstrap.Ratio([a.SelectMany(p => p).ToArray()], [b.SelectMany(p => p).ToArray()]);
        Assert.Equal(ResamplingLevel.IterationsOnly, pooledAsOneProcess.Level);
        Assert.True(pooledAsOneProcess.SingleProcess);
        Assert.True(hierarchical.Interval.LogHalfWidth > 1.5 * pooledAsOneProcess.Interval.LogHalfWidth,
            $"{hierarchical.Interval} vs {pooledAsOneProcess.Interval}");
    }

    [Fact]
    public void Same_data_and_seed_give_the_same_result_and_another_seed_a_different_one()
    {
        double[][] a = Samples(1500, 3, 10, seed: 5), b = Samples(1000, 3, 10, seed: 6);
        RatioEstimate first = HierarchicalBootstrap.Ratio(a, b), second = HierarchicalBootstrap.Ratio(a, b);
        RatioEstimate other = HierarchicalBootstrap.Ratio(a, b, BootstrapOptions.Default with { Seed = 7 });
        Assert.Equal(first.Interval, second.Interval);
        Assert.Equal(first.PValue, second.PValue);
        Assert.NotEqual(first.Interval, other.Interval);
    }

    [Fact]
    public void Ratio_of_ratios_covers_the_planted_erosion()
    {
        // Baseline: fix 3x faster; current: fix 2x faster -> the speed-up eroded by 1.5.
        RatioEstimate erosion = HierarchicalBootstrap.RatioOfRatios(
            Samples(3000, 4, 10, 1), Samples(1000, 4, 10, 2), Samples(2000, 4, 10, 3), Samples(1000, 4, 10, 4));
        Assert.Equal(4, erosion.Sides.Count);
        Assert.True(erosion.Interval.Contains(1.5), erosion.Interval.ToString());
        Assert.True(erosion.Interval.IsAbove(1));

        RatioEstimate none = HierarchicalBootstrap.RatioOfRatios(
            Samples(3000, 4, 10, 5), Samples(1000, 4, 10, 6), Samples(3000, 4, 10, 7), Samples(1000, 4, 10, 8));
        Assert.True(none.Interval.Contains(1), none.Interval.ToString());
    }

    [Fact]
    public void Identical_constant_samples_give_a_point_interval_at_one_with_p_one()
    {
        RatioEstimate estimate = HierarchicalBootstrap.Ratio([[5, 5, 5], [5, 5]], [[5, 5], [5, 5, 5]]);
        Assert.Equal(new Interval(1, 1, 0.95), estimate.Interval);
        Assert.Equal(1.0, estimate.PValue);
        Assert.False(estimate.Significant);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-1.0)]
    [InlineData(0.0)]
    public void Rejects_times_that_are_not_finite_and_positive(double bad) =>
        Assert.Throws<ArgumentException>(() => HierarchicalBootstrap.Ratio([[1, bad]], [[1, 2]]));

    [Fact]
    public void Rejects_an_empty_side()
    {
        Assert.Throws<ArgumentException>(() => HierarchicalBootstrap.Ratio([], [[1.0]]));
        Assert.Throws<ArgumentException>(() => HierarchicalBootstrap.Ratio([[1.0], []], [[1.0]]));
    }
}

public sealed class WaldTestTests
{
    [Theory]
    [InlineData(0.975, 1.0, 12.7062047)]
    [InlineData(0.975, 10.0, 2.2281389)]
    [InlineData(0.975, double.PositiveInfinity, 1.9599640)]
    public void T_quantile_matches_tables(double p, double df, double t) => Assert.Equal(t, WaldTest.TQuantile(p, df), 5);

    [Fact]
    public void T_test_p_value_on_few_degrees_of_freedom_is_larger_than_the_normal_one()
    {
        // t = 2 on 4 degrees of freedom: two-sided p = 0.1161.
        Assert.Equal(0.1161165, WaldTest.TwoSided(Math.Exp(0.1), 1, 0.05, 4), 5);
    }

    [Theory]
    [InlineData(0.0, 0.5)]
    [InlineData(1.959963985, 0.025)]
    [InlineData(-1.0, 0.841344746)]
    [InlineData(6.0, 9.8658765e-10)]
    public void Normal_upper_tail_matches_tables(double z, double tail) =>
        Assert.Equal(tail, WaldTest.NormalUpperTail(z), tail * 1e-6 + 1e-12);

    [Fact]
    public void P_values_on_the_log_scale()
    {
        // ln(e^0.1 / 1) / 0.05 = 2 standard errors: two-sided 0.0455, one-sided 0.0228.
        Assert.Equal(0.04550026, WaldTest.TwoSided(Math.Exp(0.1), 1, 0.05), 6);
        Assert.Equal(0.04550026, WaldTest.TwoSided(Math.Exp(-0.1), 1, 0.05), 6);
        Assert.Equal(0.02275013, WaldTest.Upper(Math.Exp(0.1), 1, 0.05), 6);
        Assert.Equal(0.97724987, WaldTest.Upper(1, Math.Exp(0.1), 0.05), 6);
        Assert.Equal(1.0, WaldTest.TwoSided(1.3, 1.3, 0.05));
    }

    [Fact]
    public void Bootstrap_p_values_resolve_far_below_one_over_the_resample_count()
    {
        RatioEstimate estimate = HierarchicalBootstrap.Ratio(
            SyntheticBenchmark.Samples(2000, 5, 15, seed: 1, iterationNoise: 0.03, processNoise: 0.03),
            SyntheticBenchmark.Samples(1000, 5, 15, seed: 2, iterationNoise: 0.03, processNoise: 0.03));
        Assert.True(estimate.PValue < 1e-6, $"p = {estimate.PValue}");
        Assert.True(estimate.Distribution.TwoSidedPValue() >= 2.0 / 2001);
        // One-sided: far above 1.05 (a 5% threshold), not above 3.
        Assert.True(estimate.PValueAbove(1.05) < 1e-6);
        Assert.True(estimate.PValueAbove(3) > 0.99);
        Assert.True(estimate.PValueBelow(3) < 1e-6);
    }
}

public sealed class BootstrapDistributionTests
{
    [Fact]
    public void Quantiles_interpolate_linearly_and_the_interval_takes_the_tails()
    {
        var distribution = new BootstrapDistribution(Enumerable.Range(0, 101).Select(i => (double)i).Reverse());
        Assert.Equal(50, distribution.Quantile(0.5), 9);
        Assert.Equal(2.5, distribution.Quantile(0.025), 9);
        Interval interval = distribution.PercentileInterval(0.95);
        Assert.Equal(2.5, interval.Lower, 9);
        Assert.Equal(97.5, interval.Upper, 9);
        Assert.Equal(0.95, interval.ConfidenceLevel);
    }

    [Fact]
    public void P_value_counts_the_replicates_beyond_the_null_with_the_plus_one_correction()
    {
        // 99 replicates: 1..99. At or below 5: 5 -> (5 + 1) / 100; two-sided: 0.12.
        var distribution = new BootstrapDistribution(Enumerable.Range(1, 99).Select(i => (double)i));
        Assert.Equal(0.06, distribution.FractionAtOrBelow(5), 12);
        Assert.Equal(0.12, distribution.TwoSidedPValue(5), 12);
        Assert.Equal(0.02, distribution.TwoSidedPValue(0.5), 12);
        Assert.Equal(1.0, distribution.TwoSidedPValue(50), 12);
    }
}

public sealed class MultipleComparisonsTests
{
    // Hand-computed: sorted p = 0.01, 0.02, 0.03, 0.04 (m = 4).
    // Holm: 4*0.01 = 0.04, 3*0.02 = 0.06, 2*0.03 = 0.06 (max with 0.06), 1*0.04 -> 0.06 (monotone).
    // BH: 0.04*4/4 = 0.04, 0.03*4/3 = 0.04, 0.02*4/2 = 0.04, 0.01*4/1 = 0.04.
    [Fact]
    public void Holm_matches_hand_computed_values_in_input_order() =>
        Assert.Equal([0.06, 0.04, 0.06, 0.06], MultipleComparisons.Holm([0.03, 0.01, 0.04, 0.02]), new Tolerance(1e-12));

    [Fact]
    public void Benjamini_Hochberg_matches_hand_computed_values_in_input_order() =>
        Assert.Equal([0.04, 0.04, 0.04, 0.04], MultipleComparisons.BenjaminiHochberg([0.03, 0.01, 0.04, 0.02]), new Tolerance(1e-12));

    [Fact]
    public void Adjustments_cap_at_one_and_keep_a_single_p_value()
    {
        // BH: sorted 0.005, 0.2, 0.5 -> 0.015, 0.3, 0.5. Holm: 0.015, 0.4, 0.5 -> capped monotone 0.015, 0.4, 0.5.
        Assert.Equal([0.5, 0.015, 0.3], MultipleComparisons.BenjaminiHochberg([0.5, 0.005, 0.2]), new Tolerance(1e-12));
        Assert.Equal([0.5, 0.015, 0.4], MultipleComparisons.Holm([0.5, 0.005, 0.2]), new Tolerance(1e-12));
        Assert.Equal([1.0, 1.0], MultipleComparisons.Holm([0.6, 0.7]), new Tolerance(1e-12));
        Assert.Equal([0.3], MultipleComparisons.Holm([0.3]));
        Assert.Empty(MultipleComparisons.BenjaminiHochberg([]));
    }

    [Fact]
    public void Rejects_p_values_outside_zero_to_one() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MultipleComparisons.Holm([0.1, double.NaN]));

    private sealed class Tolerance(double epsilon) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= epsilon;

        public int GetHashCode(double obj) => 0;
    }
}

public sealed class PowerTests
{
    [Theory]
    [InlineData(0.5, 0.0)]
    [InlineData(0.975, 1.959963985)]
    [InlineData(0.8, 0.841621234)]
    [InlineData(0.001, -3.090232306)]
    public void Normal_quantile_matches_tables(double p, double z) => Assert.Equal(z, Power.NormalQuantile(p), 6);

    [Fact]
    public void Known_half_width_gives_the_textbook_detectable_effect_and_process_count()
    {
        // Log half-width 1.96 * 0.05 -> SE 0.05; MDE = exp(0.05 * (1.96 + 0.8416)) = exp(0.14008).
        double half = 1.959963985 * 0.05;
        var estimate = Estimate(Math.Exp(-half), Math.Exp(half), processes: 4, level: ResamplingLevel.ProcessesThenIterations);
        PowerAssessment power = Power.Assess(estimate, 1.05);
        Assert.Equal(Math.Exp(0.05 * (1.959963985 + 0.841621234)), power.MinimumDetectableRatio, 6);
        Assert.False(power.CanDetect);
        // n = 4 * (0.14008 / ln 1.05)^2 = 4 * 8.0 = 32.0 -> 33 (rounded up).
        Assert.Equal(33, power.ProcessesNeeded);
        Assert.Null(power.IterationsNeeded);
        Assert.True(Power.Assess(estimate, 1.20).CanDetect);
    }

    [Fact]
    public void Single_process_comparisons_ask_for_iterations_and_at_least_two_processes()
    {
        var estimate = Estimate(0.99, 1.01, processes: 1, level: ResamplingLevel.IterationsOnly);
        PowerAssessment power = Power.Assess(estimate, 1.05);
        Assert.True(power.CanDetect);
        Assert.Equal(2, power.ProcessesNeeded);
        Assert.Equal(10, power.IterationsNeeded);
    }

    private static RatioEstimate Estimate(double lower, double upper, int processes, ResamplingLevel level) =>
        new(1.0, new Interval(lower, upper, 0.95), 0.5, level,
            [new SampleShape(processes, processes * 10, 10), new SampleShape(processes, processes * 10, 10)],
            new BootstrapDistribution([lower, upper]));
}

public sealed class BreakEvenTests
{
    [Fact]
    public void Graph_that_compiles_slowly_but_runs_faster_breaks_even_after_the_crossing()
    {
        // Eager: 3 first calls cost 30 us, then 10 us a call. Graph: 10 ms to build and run 3 times, then 4 us a call.
        // Totals cross at n = 3 + (10000 - 30) / (10 - 4) = 1664.67 -> from 1665 calls graph is cheaper.
        BreakEvenResult result = BreakEven.Compute(new ColdWarmCost(30_000, 10_000), new ColdWarmCost(10_000_000, 4_000));
        Assert.Equal(BreakEvenKind.AfterCalls, result.Kind);
        Assert.Equal(CostSide.A, result.CheaperCold);
        Assert.Equal(CostSide.B, result.CheaperWarm);
        Assert.Equal(1665, result.Calls);
    }

    [Fact]
    public void Order_of_arguments_does_not_change_the_count()
    {
        BreakEvenResult result = BreakEven.Compute(new ColdWarmCost(10_000_000, 4_000), new ColdWarmCost(30_000, 10_000));
        Assert.Equal(CostSide.B, result.CheaperCold);
        Assert.Equal(1665, result.Calls);
    }

    [Theory]
    [InlineData(4_000.0)]
    [InlineData(3_000.0)]
    public void Never_when_the_member_cheaper_cold_is_not_slower_warm(double coldSteady)
    {
        BreakEvenResult result = BreakEven.Compute(new ColdWarmCost(30_000, coldSteady), new ColdWarmCost(10_000_000, 4_000));
        Assert.Equal(BreakEvenKind.Never, result.Kind);
        Assert.Null(result.Calls);
        Assert.Equal(CostSide.A, result.CheaperWarm);
    }

    [Fact]
    public void Startup_overhead_is_the_first_calls_beyond_as_many_steady_calls()
    {
        Assert.Equal(3, BreakEven.FirstCallInvocations);
        Assert.Equal(10_000_000 - 3 * 4_000, new ColdWarmCost(10_000_000, 4_000).StartupOverhead);
        Assert.Equal(10_000_000 + 7 * 4_000, new ColdWarmCost(10_000_000, 4_000).TotalFor(10));
    }

    [Fact]
    public void The_constant_mirrors_the_suite_hosts()
    {
        string source = File.ReadAllText(Path.Combine(RepositoryRoot(), "benchmarks", "BenchHarness.Benchmarks", "Suites", "PairSuite.cs"));
        Assert.Contains($"const int FirstCallInvocations = {BreakEven.FirstCallInvocations};", source);
    }

    private static string RepositoryRoot()
    {
        for (string? directory = AppContext.BaseDirectory; directory is not null; directory = Path.GetDirectoryName(directory))
            if (File.Exists(Path.Combine(directory, "BenchHarness.sln")))
                return directory;
        throw new InvalidOperationException("BenchHarness.sln not found above the test output");
    }
}

public sealed class ModalityTests
{
    [Fact]
    public void A_bimodal_sample_is_flagged_and_a_unimodal_one_is_not()
    {
        double[][] unimodal = SyntheticBenchmark.Samples(1000, 2, 40, seed: 1, iterationNoise: 0.02);
        var random = new Random(2);
        double[] bimodal = Enumerable.Range(0, 80).Select(i => (i % 2 == 0 ? 1000 : 2000) * (1 + 0.01 * random.NextDouble())).ToArray();
        Assert.False(Modality.Assess(unimodal).IsMultimodal);
        Assert.True(Modality.Assess([bimodal]).IsMultimodal, $"mValue {Modality.MValue(bimodal)}");
    }

    [Fact]
    public void Processes_that_disagree_are_flagged_with_one_line()
    {
        ModalityAssessment assessment = Modality.Assess([[100, 101, 99], [190, 200, 210]]);
        Assert.True(assessment.ProcessesDisagree);
        Assert.Contains("processes disagree", assessment.Warning);
        Assert.Null(Modality.Assess([[100, 101, 99], [100, 102, 98]]).Warning);
    }
}
