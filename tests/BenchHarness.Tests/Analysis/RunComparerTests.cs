using BenchHarness.Analysis.Loading;
using BenchHarness.Analysis.Pairs;
using BenchHarness.Identity;

namespace BenchHarness.Tests.Analysis;

public sealed class RunComparerTests : IDisposable
{
    private readonly TemporaryDirectory temporary = new();

    public void Dispose() => temporary.Dispose();

    private static SyntheticBenchmark Benchmark(PairMember member, ExecutionMode mode, double median, int seed, int size = 16) =>
        SyntheticBenchmark.Named("P01", member, mode, ComputeDevice.Cpu, size,
            SyntheticBenchmark.Samples(median, 5, 10, seed, iterationNoise: 0.03, processNoise: 0.02));

    [Fact]
    public void Finds_a_planted_slowdown_and_the_erosion_it_causes()
    {
        ResultSet baseline = ResultSetLoader.Load(new SyntheticResultSet(
            Benchmark(PairMember.Anti, ExecutionMode.Graph, 3000, 1),
            Benchmark(PairMember.Fix, ExecutionMode.Graph, 1000, 2),
            Benchmark(PairMember.Anti, ExecutionMode.Eager, 3000, 3)).WriteTo(temporary.Combine("baseline")));
        ResultSet current = ResultSetLoader.Load(new SyntheticResultSet(
            Benchmark(PairMember.Anti, ExecutionMode.Graph, 3000, 11),
            Benchmark(PairMember.Fix, ExecutionMode.Graph, 1500, 12),
            Benchmark(PairMember.Fix, ExecutionMode.Eager, 3000, 13)).WriteTo(temporary.Combine("current"), m => m with
            {
                Options = m.Options with { Threads = 1 },
            }));

        RunComparison comparison = RunComparer.Compare(baseline, current);

        Assert.Equal(2, comparison.Changes.Count);
        BenchmarkChange fix = comparison.Changes.Single(c => c.Baseline.Identity!.Member == PairMember.Fix);
        Assert.True(fix.Ratio.Interval.Contains(1.5), fix.Ratio.Interval.ToString());
        Assert.True(fix.Ratio.Interval.IsAbove(1.05));
        Assert.InRange(fix.AbsoluteChange, 400, 600);
        BenchmarkChange anti = comparison.Changes.Single(c => c.Baseline.Identity!.Member == PairMember.Anti);
        Assert.True(anti.Ratio.Interval.Contains(1), anti.Ratio.Interval.ToString());

        SpeedUpErosion erosion = Assert.Single(comparison.Erosions);
        Assert.Equal(ComparisonKind.FixVsAnti, erosion.Key.Kind);
        Assert.True(erosion.Erosion.Interval.Contains(1.5), erosion.Erosion.Interval.ToString());
        Assert.True(erosion.Erosion.Interval.IsAbove(1));

        Assert.Equal(["BenchHarness.Benchmarks.Patterns.P01Synthetic.Anti(Size: 16, Device: Cpu, Mode: Eager)"], comparison.OnlyInBaseline);
        Assert.Equal(["BenchHarness.Benchmarks.Patterns.P01Synthetic.Fix(Size: 16, Device: Cpu, Mode: Eager)"], comparison.OnlyInCurrent);
        Assert.True(comparison.EnvironmentKnown);
        Assert.Equal(["threads"], comparison.EnvironmentDifferences.Select(d => d.Fact));
    }

    [Fact]
    public void Loads_and_compares_two_500_benchmark_sets_completely()
    {
        SyntheticBenchmark[] Set(int seed) =>
            Enumerable.Range(0, 125).SelectMany(size =>
                from member in Enum.GetValues<PairMember>()
                from mode in Enum.GetValues<ExecutionMode>()
                select Benchmark(member, mode, 1000 + size, seed++, size)).ToArray();
        string baselineDirectory = new SyntheticResultSet(Set(0)).WriteTo(temporary.Combine("b"));
        string currentDirectory = new SyntheticResultSet(Set(10_000)).WriteTo(temporary.Combine("c"));

        ResultSet baseline = ResultSetLoader.Load(baselineDirectory), current = ResultSetLoader.Load(currentDirectory);
        PairAnalysis pairs = PairAnalyzer.Analyze(current);
        RunComparison comparison = RunComparer.Compare(baseline, current);

        Assert.Equal(500, current.Benchmarks.Count);
        Assert.Equal(500, pairs.All.Count());
        Assert.Equal(500, comparison.Changes.Count);
        Assert.Equal(500, comparison.Erosions.Count);
        Assert.Empty(comparison.OnlyInBaseline);
        Assert.Empty(comparison.OnlyInCurrent);
    }
}
