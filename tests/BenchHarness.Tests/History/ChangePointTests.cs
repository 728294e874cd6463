using BenchHarness.History.ChangePoints;
using BenchHarness.History.Series;

namespace BenchHarness.Tests.History;

/// <summary>PELT and the detector on synthetic series: planted steps and drifts found at their commit, noise left alone.</summary>
public class ChangePointTests
{
    private static readonly MachineGroup Machine = new("0123456789abcdef", "vm: test CPU, 2 cores, 1 threads, cpu backend", "default");

    [Fact]
    public void A_planted_step_is_found_at_the_commit_it_came_in()
    {
        TrendSeries series = Series(SeriesKind.Time, Step(30, at: 15, factor: 1.10, noise: 0.01, seed: 1), standardError: 0.01);

        ChangePoint change = Assert.Single(ChangePointDetector.Detect(series));

        Assert.Equal(15, change.Index);
        Assert.Equal(Commit(14), change.LastBefore);
        Assert.Equal(Commit(15), change.FirstAfter);
        Assert.Equal($"{Commit(14)}..{Commit(15)}", change.CommitRange);
        Assert.True(change.IsRegression, "a time that rose is a regression");
        Assert.InRange(change.Ratio, 1.08, 1.12);
        Assert.True(change.Lower > 1 && change.Upper < 1.2, $"interval [{change.Lower}, {change.Upper}]");
    }

    [Fact]
    public void Two_planted_steps_are_both_found_and_an_eroded_speed_up_is_a_regression()
    {
        double[] values = Step(40, at: 12, factor: 0.85, noise: 0.01, seed: 2);
        for (int i = 28; i < values.Length; i++)
            values[i] *= 1.12;
        TrendSeries series = Series(SeriesKind.SpeedUp, values, standardError: 0.01);

        IReadOnlyList<ChangePoint> changes = ChangePointDetector.Detect(series);

        Assert.Equal(new[] { 12, 28 }, changes.Select(c => c.Index).ToArray());
        Assert.True(changes[0].IsRegression, "a speed-up that fell eroded");
        Assert.False(changes[1].IsRegression, "a speed-up that grew is no regression");
    }

    [Fact]
    public void A_slow_drift_is_found_where_it_starts()
    {
        // Flat for 12 commits, then 2% slower per commit for 10, then flat: each PR would pass a 5% gate.
        var random = new Random(3);
        double[] values = Enumerable.Range(0, 30)
            .Select(i => 1000 * Math.Pow(1.02, Math.Clamp(i - 11, 0, 10)) * Math.Exp(0.005 * Gaussian(random)))
            .ToArray();
        TrendSeries series = Series(SeriesKind.Time, values, standardError: 0.005);

        IReadOnlyList<ChangePoint> changes = ChangePointDetector.Detect(series);

        Assert.NotEmpty(changes);
        Assert.InRange(changes[0].Index, 12, 14);
        Assert.All(changes, c => Assert.True(c.IsRegression, $"change at {c.Index}: {c.Ratio}"));
        Assert.InRange(changes[^1].Index, 19, 22);
        Assert.InRange(changes.Aggregate(1.0, (r, c) => r * c.Ratio), 1.15, 1.30);
    }

    [Fact]
    public void Noise_within_the_intervals_yields_no_change_point()
    {
        int found = 0;
        for (int seed = 0; seed < 100; seed++)
            found += ChangePointDetector.Detect(Series(SeriesKind.Time, Step(30, at: 0, factor: 1, noise: 0.02, seed: 100 + seed), standardError: 0.02)).Count;

        TestContext.Current.TestOutputHelper?.WriteLine($"{found} change points in 100 A/A series of 30 commits");
        Assert.True(found <= 2, $"{found} change points in 100 A/A series of 30 commits");
    }

    [Fact]
    public void Noise_beyond_the_intervals_is_learned_from_the_series()
    {
        // Each run's interval says 0.5%, but runs scatter by 3% (the machine's state differs from run to run).
        int found = 0;
        for (int seed = 0; seed < 100; seed++)
            found += ChangePointDetector.Detect(Series(SeriesKind.Time, Step(30, at: 0, factor: 1, noise: 0.03, seed: 300 + seed), standardError: 0.005)).Count;

        // Trusting the intervals alone finds changes in most of these series; learning the noise leaves a few percent.
        TestContext.Current.TestOutputHelper?.WriteLine($"{found} change points in 100 A/A series whose intervals are 6x too narrow");
        Assert.True(found <= 6, $"{found} change points in 100 A/A series whose intervals are 6x too narrow");
    }

    [Fact]
    public void One_outlying_run_is_no_change_but_two_at_the_newest_commits_are()
    {
        double[] values = Step(12, at: 0, factor: 1, noise: 0.01, seed: 7);
        values[^1] *= 2;
        Assert.Empty(ChangePointDetector.Detect(Series(SeriesKind.Time, values, standardError: 0.01)));
        values[5] *= 2;
        Assert.Empty(ChangePointDetector.Detect(Series(SeriesKind.Time, values, standardError: 0.01)));

        values[^2] *= 2;
        Assert.Equal(10, Assert.Single(ChangePointDetector.Detect(Series(SeriesKind.Time, values, standardError: 0.01))).Index);
    }

    [Fact]
    public void Wide_intervals_are_respected()
    {
        double[] values = Step(20, at: 10, factor: 1.10, noise: 0.01, seed: 4);

        Assert.Single(ChangePointDetector.Detect(Series(SeriesKind.Time, values, standardError: 0.01)));
        Assert.Empty(ChangePointDetector.Detect(Series(SeriesKind.Time, values, standardError: 0.15)));
    }

    [Fact]
    public void Changes_under_the_minimum_are_merged_away()
    {
        double[] values = Step(30, at: 15, factor: 1.01, noise: 0.0005, seed: 5);
        TrendSeries series = Series(SeriesKind.Time, values, standardError: 0.0005);

        Assert.Empty(ChangePointDetector.Detect(series));
        Assert.Equal(15, Assert.Single(ChangePointDetector.Detect(series, new DetectionSettings(MinimumChange: 0.005))).Index);
    }

    [Fact]
    public void Pelt_finds_the_optimal_partition()
    {
        var random = new Random(6);
        for (int trial = 0; trial < 40; trial++)
        {
            int n = random.Next(4, 11);
            double[] values = Enumerable.Range(0, n).Select(_ => random.NextDouble() * 3).ToArray();
            double[] variances = Enumerable.Range(0, n).Select(_ => 0.05 + random.NextDouble()).ToArray();
            double penalty = random.NextDouble() * 3;
            int minimum = random.Next(1, 3);

            int[] starts = Pelt.Segment(values, variances, penalty, minimum);

            Assert.Equal(BruteForce(values, variances, penalty, minimum), Cost(values, variances, penalty, starts), 9);
            Assert.All(Bounds(starts, n).Zip(Bounds(starts, n).Skip(1)), b => Assert.True(b.Second - b.First >= minimum));
        }
    }

    private static double BruteForce(double[] values, double[] variances, double penalty, int minimum)
    {
        int n = values.Length;
        double best = double.PositiveInfinity;
        for (int mask = 0; mask < 1 << (n - 1); mask++)
        {
            int[] starts = Enumerable.Range(1, n - 1).Where(i => (mask & (1 << (i - 1))) != 0).ToArray();
            int[] bounds = Bounds(starts, n);
            if (bounds.Zip(bounds.Skip(1)).Any(b => b.Second - b.First < minimum))
                continue;
            best = Math.Min(best, Cost(values, variances, penalty, starts));
        }
        return best;
    }

    private static double Cost(double[] values, double[] variances, double penalty, int[] starts)
    {
        int[] bounds = Bounds(starts, values.Length);
        double total = penalty * starts.Length;
        for (int s = 0; s + 1 < bounds.Length; s++)
        {
            var range = Enumerable.Range(bounds[s], bounds[s + 1] - bounds[s]).ToArray();
            double mean = range.Sum(i => values[i] / variances[i]) / range.Sum(i => 1 / variances[i]);
            total += range.Sum(i => (values[i] - mean) * (values[i] - mean) / variances[i]);
        }
        return total;
    }

    private static int[] Bounds(int[] starts, int n) => [0, .. starts, n];

    private static string Commit(int index) => SyntheticHistory.Commit(index);

    internal static TrendSeries Series(SeriesKind kind, IReadOnlyList<double> values, double standardError) =>
        new(new SeriesKey(Machine, "P01", kind, "P01.Fix(Device: Cpu, Mode: Graph, Size: 16)"),
            values.Select((v, i) => new TrendPoint(Commit(i), new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero).AddHours(i), v,
                standardError, v * Math.Exp(-1.96 * standardError), v * Math.Exp(1.96 * standardError), 1, false)).ToArray());

    /// <summary>1000 ns (or 2x) with log-normal noise, multiplied by <paramref name="factor"/> from <paramref name="at"/> on.</summary>
    private static double[] Step(int count, int at, double factor, double noise, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(i => 1000 * (i >= at ? factor : 1) * Math.Exp(noise * Gaussian(random))).ToArray();
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
