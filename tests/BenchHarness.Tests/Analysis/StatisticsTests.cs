using BenchHarness.Analysis.Statistics;

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
        Assert.Equal(4.0, summary.Modality.ProcessSpread);
    }

    [Fact]
    public void Process_spread_is_largest_over_smallest_fastest_iteration() =>
        Assert.Equal(4.0, Estimators.ProcessSpread([[1, 2, 3], [4, 4, 4], [3, 2, 100]]), 9);
}

public sealed class RatioInferenceTests
{
    // Processes of one iteration each, so every process median is the value written (the known answers come from R 4.2).
    private static LogSample Sample(params double[] medians) => LogSample.Of(medians.Select(m => new[] { m }).ToArray());

    private static LogSample Rounds(double[] medians, int[] rounds) => LogSample.Of(medians.Select(m => new[] { m }).ToArray(), rounds);

    [Fact]
    public void A_single_ratio_is_Welch_t_on_log_process_medians()
    {
        // R: t.test(log(c(1010,1045,995)), log(c(1000,1030,975,1001)))
        RatioEstimate ratio = RatioInference.Estimate(RatioSpec.Ratio(Sample(1010, 1045, 995), Sample(1000, 1030, 975, 1001)));
        Assert.Equal(1.01512128825038, ratio.Estimate, 12);
        Assert.Equal(0.965307674895053, ratio.Interval.Lower, 9);
        Assert.Equal(1.06750547691559, ratio.Interval.Upper, 9);
        Assert.Equal(0.457738561500366, ratio.PValue, 7);
        Assert.Equal(4.12261632476151, ratio.DegreesOfFreedom, 9);
        Assert.Equal(0.018335717539298, ratio.LogStandardError, 12);
        Assert.False(ratio.Paired);
        Assert.Equal(UnitOfNoise.Process, ratio.Unit);
    }

    [Fact]
    public void Rounds_shared_by_both_sides_pair_them()
    {
        // R: t.test(log(c(1010,1045,995)), log(c(1000,1030,975)), paired = TRUE); round 4 of the second side has no partner.
        RatioEstimate ratio = RatioInference.Estimate(RatioSpec.Ratio(
            Rounds([1010, 1045, 995], [1, 2, 3]), Rounds([1000, 1030, 975, 1001], [1, 2, 3, 4]), pairByRound: true));
        Assert.True(ratio.Paired);
        Assert.Equal(3, ratio.Units);
        Assert.Equal(1.01501618691191, ratio.Estimate, 12);
        Assert.Equal(1.00200921668284, ratio.Interval.Lower, 9);
        Assert.Equal(1.02819199917528, ratio.Interval.Upper, 9);
        Assert.Equal(0.0381479303118334, ratio.PValue, 7);
        Assert.Equal(2, ratio.DegreesOfFreedom);
    }

    [Fact]
    public void Without_shared_rounds_a_paired_ratio_falls_back_to_Welch()
    {
        RatioEstimate ratio = RatioInference.Estimate(RatioSpec.Ratio(
            Rounds([1010, 1045, 995], [1, 2, 3]), Rounds([1000, 1030, 975, 1001], [4, 5, 6, 7]), pairByRound: true));
        Assert.False(ratio.Paired);
        Assert.Equal(4.12261632476151, ratio.DegreesOfFreedom, 9);
    }

    [Fact]
    public void A_family_moderates_every_variance_with_the_prior_fitted_over_its_sides()
    {
        // R: limma::fitFDist / squeezeVar over the eight sides' log-median variances, then Welch with moderated
        // variances on (n - 1 + d0) degrees of freedom per side.
        RatioSpec[] family =
        [
            RatioSpec.Ratio(Sample(1010, 1045, 995), Sample(1000, 1030, 975, 1001)),
            RatioSpec.Ratio(Sample(2000, 2100, 1950, 2020), Sample(1000, 990, 1012)),
            RatioSpec.Ratio(Sample(500, 505, 498), Sample(480, 530, 470, 510)),
            RatioSpec.Ratio(Sample(3000, 3300, 2900), Sample(3100, 3050, 3120)),
        ];
        IReadOnlyList<RatioEstimate> ratios = RatioInference.Family(family);
        (double Estimate, double Error, double Degrees, double Lower, double Upper, double P)[] expected =
        [
            (1.01512128825038, 0.0181057332213213, 10.0213801905016, 0.974995597768814, 1.05689834109739, 0.426455021316435),
            (2.01551908769606, 0.0177465946644964, 10.724254573407, 1.93807245385327, 2.09606053932115, 5.82565968772093e-13),
            (1.00817043280768, 0.0238970512729096, 8.67405405803679, 0.954819563959431, 1.0645022996521, 0.741572073545149),
            (0.990997034984498, 0.029094623041215, 6.6294005877455, 0.924382838058041, 1.06241167935487, 0.765467387464047),
        ];
        for (int i = 0; i < family.Length; i++)
        {
            Assert.Equal(expected[i].Estimate, ratios[i].Estimate, 12);
            Assert.Equal(expected[i].Error, ratios[i].LogStandardError, 9);
            Assert.Equal(expected[i].Degrees, ratios[i].DegreesOfFreedom, 6);
            Assert.Equal(expected[i].Lower, ratios[i].Interval.Lower, 7);
            Assert.Equal(expected[i].Upper, ratios[i].Interval.Upper, 7);
            Assert.Equal(expected[i].P, ratios[i].PValue, expected[i].P * 1e-5);
        }
    }

    [Fact]
    public void Interval_and_p_value_come_from_one_construction()
    {
        // The (1 - p) interval has 1 exactly on its edge; every interval excludes 1 exactly when p is below its alpha.
        RatioEstimate ratio = RatioInference.Estimate(RatioSpec.Ratio(Sample(1010, 1045, 995, 1030), Sample(1000, 1003, 975, 1001)));
        Interval atP = ratio.IntervalAt(1 - ratio.PValue);
        Assert.Equal(1.0, ratio.Estimate > 1 ? atP.Lower : atP.Upper, 9);
        foreach (double level in new[] { 0.5, 0.8, 0.9, 0.95, 0.99 })
            Assert.Equal(ratio.PValue < 1 - level, !ratio.IntervalAt(level).Contains(1));
        Assert.Equal(ratio.Interval, ratio.IntervalAt(0.95));
    }

    [Fact]
    public void Ratio_of_ratios_covers_the_planted_erosion()
    {
        // Baseline: fix 3x faster; current: fix 2x faster -> the speed-up eroded by 1.5.
        LogSample S(double median, int seed) => LogSample.Of(SyntheticBenchmark.Samples(median, 4, 10, seed, processNoise: 0.03));
        RatioEstimate erosion = RatioInference.Estimate(RatioSpec.RatioOfRatios(S(3000, 1), S(1000, 2), S(2000, 3), S(1000, 4)));
        Assert.Equal(4, erosion.Sides.Count);
        Assert.True(erosion.Interval.Contains(1.5), erosion.Interval.ToString());
        Assert.True(erosion.Interval.IsAbove(1));
        RatioEstimate none = RatioInference.Estimate(RatioSpec.RatioOfRatios(S(3000, 5), S(1000, 6), S(3000, 7), S(1000, 8)));
        Assert.True(none.Interval.Contains(1), none.Interval.ToString());
    }

    [Fact]
    public void A_single_process_side_uses_its_iterations_and_says_so()
    {
        double[][] a = SyntheticBenchmark.Samples(1000, 4, 20, seed: 3, processNoise: 0.15), b = SyntheticBenchmark.Samples(1000, 4, 20, seed: 4, processNoise: 0.15);
        RatioEstimate processes = RatioInference.Estimate(RatioSpec.Ratio(LogSample.Of(a), LogSample.Of(b)));
        RatioEstimate pooled = RatioInference.Estimate(RatioSpec.Ratio(LogSample.Of([a.SelectMany(p => p).ToArray()]), LogSample.Of([b.SelectMany(p => p).ToArray()])));
        Assert.Equal(UnitOfNoise.Iteration, pooled.Unit);
        Assert.True(pooled.SingleProcess);
        Assert.True(processes.Interval.LogHalfWidth > 1.5 * pooled.Interval.LogHalfWidth, $"{processes.Interval} vs {pooled.Interval}");
    }

    [Fact]
    public void Identical_constant_samples_give_a_point_interval_at_one_with_p_one()
    {
        RatioEstimate estimate = RatioInference.Estimate(RatioSpec.Ratio(LogSample.Of([[5, 5, 5], [5, 5]]), LogSample.Of([[5, 5], [5, 5, 5]])));
        Assert.Equal(new Interval(1, 1, 0.95), estimate.Interval);
        Assert.Equal(1.0, estimate.PValue);
        Assert.False(estimate.Significant);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-1.0)]
    [InlineData(0.0)]
    public void Rejects_times_that_are_not_finite_and_positive(double bad) =>
        Assert.Throws<ArgumentException>(() => LogSample.Of([[1, bad]]));

    [Fact]
    public void Rejects_an_empty_side_and_rounds_that_do_not_name_each_process_once()
    {
        Assert.Throws<ArgumentException>(() => LogSample.Of([]));
        Assert.Throws<ArgumentException>(() => LogSample.Of([[1.0], []]));
        Assert.Throws<ArgumentException>(() => LogSample.Of([[1.0], [2.0]], [1, 1]));
        Assert.Throws<ArgumentException>(() => LogSample.Of([[1.0], [2.0]], [1]));
    }
}

/// <summary>
/// Coverage by simulation: A/A families like a whole run's (many benchmarks, process noise that differs between
/// benchmarks, few processes); a 95% interval must contain the true ratio 1 about 95% of the time.
/// </summary>
public sealed class RatioInferenceCoverageTests
{
    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>One process: log-normal process noise whose size depends on the benchmark, sometimes a 1.3x slow mode.</summary>
    private static double[] Process(Random random, double processNoise, double slowModeShare)
    {
        double factor = Math.Exp(processNoise * Gaussian(random)) * (random.NextDouble() < slowModeShare ? 1.3 : 1.0);
        return Enumerable.Range(0, 5).Select(_ => 1000 * factor * Math.Exp(0.01 * Gaussian(random))).ToArray();
    }

    internal static double Coverage(int processes, double slowModeShare, bool borrow, int trials = 60, int benchmarks = 40)
    {
        var random = new Random(processes * 1000 + (int)(slowModeShare * 100) + (borrow ? 7 : 0));
        int covered = 0, total = 0;
        for (int trial = 0; trial < trials; trial++)
        {
            var family = Enumerable.Range(0, benchmarks).Select(_ =>
            {
                // Benchmarks differ in noise (1% to 4% between processes), as a run's do.
                double noise = 0.01 * Math.Exp(1.4 * random.NextDouble());
                LogSample Side() => LogSample.Of(Enumerable.Range(0, processes).Select(_ => Process(random, noise, slowModeShare)).ToArray());
                return RatioSpec.Ratio(Side(), Side());
            }).ToArray();
            foreach (RatioEstimate ratio in RatioInference.Family(family, new InferenceOptions(BorrowVariance: borrow)))
            {
                total++;
                if (ratio.Interval.Contains(1))
                    covered++;
            }
        }
        return (double)covered / total;
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public void Moderated_intervals_cover_at_their_level_with_heterogeneous_process_noise(int processes) =>
        Assert.InRange(Coverage(processes, slowModeShare: 0, borrow: true), 0.92, 0.975);

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    public void Unmoderated_Welch_intervals_cover_at_their_level_too(int processes) =>
        Assert.InRange(Coverage(processes, slowModeShare: 0, borrow: false), 0.93, 0.975);

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    public void With_a_slow_mode_in_a_third_of_processes_three_or_more_stay_near_their_level(int processes) =>
        Assert.InRange(Coverage(processes, slowModeShare: 1.0 / 3, borrow: true), 0.92, 0.98);
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
    [Fact]
    public void Detectable_effect_uses_the_estimates_t_quantiles_at_the_level_asked_for()
    {
        // SE 0.05 on 10 degrees of freedom: MDE = exp(0.05 (qt(0.975, 10) + qt(0.8, 10))).
        RatioEstimate estimate = Estimate(standardError: 0.05, degrees: 10, processes: 6);
        Assert.Equal(Math.Exp(0.05 * (2.2281388520 + 0.8790578285)), Power.Assess(estimate, 1.05).MinimumDetectableRatio, 6);
        // At a Holm-like level (0.05 / 40): qt(1 - 0.000625, 10) = 4.442303 (R).
        Assert.Equal(Math.Exp(0.05 * (4.44230304 + 0.8790578285)), Power.Assess(estimate, 1.05, alpha: 0.05 / 40).MinimumDetectableRatio, 4);
        Assert.False(Power.Assess(estimate, 1.05).CanDetect);
        Assert.True(Power.Assess(estimate, 1.20).CanDetect);
    }

    [Fact]
    public void Processes_needed_are_the_fewest_whose_projected_error_detects_the_threshold()
    {
        RatioEstimate estimate = Estimate(standardError: 0.05, degrees: 10, processes: 6);
        PowerAssessment power = Power.Assess(estimate, 1.05);
        int needed = power.ProcessesNeeded;
        Assert.InRange(needed, 7, Power.MaximumUnits - 1);
        // Projected: SE 0.05 sqrt(6 / n) on 10 n / 6 degrees of freedom (the estimate's own, which grow with n).
        double Detectable(int n) => 0.05 * Math.Sqrt(6.0 / n) * (WaldTest.TQuantile(0.975, 10.0 * n / 6) + WaldTest.TQuantile(0.8, 10.0 * n / 6));
        Assert.True(Detectable(needed) <= Math.Log(1.05));
        Assert.True(Detectable((int)(needed / 1.1)) > Math.Log(1.05));
        Assert.Null(power.IterationsNeeded);
    }

    [Fact]
    public void Single_process_comparisons_ask_for_iterations_and_at_least_two_processes()
    {
        var estimate = Estimate(standardError: 0.01 / 2.8, degrees: double.PositiveInfinity, processes: 1) with { Unit = UnitOfNoise.Iteration };
        PowerAssessment power = Power.Assess(estimate, 1.05);
        Assert.True(power.CanDetect);
        Assert.True(power.ProcessesNeeded >= 2);
        Assert.Equal(10, power.IterationsNeeded);
    }

    private static RatioEstimate Estimate(double standardError, double degrees, int processes) =>
        new(1.0, new Interval(Math.Exp(-2 * standardError), Math.Exp(2 * standardError), 0.95), 0.5, UnitOfNoise.Process,
            [new SampleShape(processes, processes * 10, 10), new SampleShape(processes, processes * 10, 10)],
            standardError, degrees, Paired: false, Units: processes);
}

public sealed class VariancePriorTests
{
    [Fact]
    public void Fit_matches_limmas_fitFDist_and_squeezeVar()
    {
        // R: limma::fitFDist(v, d) and squeezeVar(v, d)$var.post.
        (double, double)[] variances = [(0.0001, 2), (0.0009, 2), (0.00025, 3), (0.004, 1), (0.0005, 4), (0.00007, 2), (0.002, 5)];
        VariancePrior prior = VariancePrior.Fit(variances);
        Assert.Equal(0.000563984168319391, prior.Variance, 12);
        Assert.Equal(2.78958724440683, prior.DegreesOfFreedom, 8);
        Assert.Equal(0.000370237131406671, prior.Moderate(0.0001, 2), 12);
        Assert.Equal(0.0014857376493602, prior.Moderate(0.002, 5), 12);
        Assert.Equal(2 + 2.78958724440683, prior.ModeratedDegreesOfFreedom(2), 8);
    }

    [Fact]
    public void Variances_that_spread_no_more_than_sampling_explains_lend_all_their_degrees_of_freedom()
    {
        // R: fitFDist(c(4e-4, 4.1e-4, 3.9e-4, 4e-4), 3): scale 4e-4, df2 Inf; capped here at the 4 x 3 degrees of
        // freedom the scale was estimated from.
        VariancePrior prior = VariancePrior.Fit([(0.0004, 3), (0.00041, 3), (0.00039, 3), (0.0004, 3)]);
        Assert.Equal(12, prior.DegreesOfFreedom);
        Assert.Equal(0.0004, prior.Variance, 12);
        Assert.Equal((12 * 0.0004 + 3 * 0.01) / 15, prior.Moderate(0.01, 3), 12);
    }

    [Fact]
    public void A_prior_lends_no_more_degrees_of_freedom_than_its_variances_hold()
    {
        // Five variances on 2 degrees of freedom each, alike: limma's d0 would be infinite.
        VariancePrior prior = VariancePrior.Fit([(0.0004, 2), (0.00041, 2), (0.00039, 2), (0.0004, 2), (0.000405, 2)]);
        Assert.Equal(10, prior.DegreesOfFreedom);
    }

    [Fact]
    public void Too_few_variances_lend_nothing()
    {
        VariancePrior prior = VariancePrior.Fit([(0.0004, 3), (0.01, 3)]);
        Assert.False(prior.IsInformative);
        Assert.Equal(0.01, prior.Moderate(0.01, 3));
        Assert.Equal(3, prior.ModeratedDegreesOfFreedom(3));
    }
}

public sealed class PolygammaTests
{
    [Theory]
    [InlineData(0.5, -1.963510026021423105)]
    [InlineData(2.5, 0.703156640645243414)]
    [InlineData(10.3, 2.282815446439122375)]
    public void Digamma_matches_R(double x, double expected) => Assert.Equal(expected, Polygamma.Digamma(x), 12);

    [Theory]
    [InlineData(0.7, 2.834049156694610438)]
    [InlineData(3.0, 0.394934066848226351)]
    [InlineData(50.5, 0.019999333426637157)]
    public void Trigamma_matches_R(double x, double expected) => Assert.Equal(expected, Polygamma.Trigamma(x), 12);

    [Theory]
    [InlineData(0.05, 20.49583523915460148)]
    [InlineData(1.0, 1.42625512021507883)]
    [InlineData(3.2, 0.64892539968402996)]
    public void Trigamma_inverse_matches_limma(double y, double expected) => Assert.Equal(expected, Polygamma.TrigammaInverse(y), 7);
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
        string source = File.ReadAllText(RepositoryFiles.PathOf("benchmarks", "BenchHarness.Benchmarks", "Suites", "PairSuite.cs"));
        Assert.Contains($"const int FirstCallInvocations = {BreakEven.FirstCallInvocations};", source);
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
