using BenchmarkDotNet.Attributes;
using BenchHarness.Analysis.Loading;
using BenchHarness.Analysis.Pairs;
using BenchHarness.HarnessBenchmarks.Synthetic;
using BenchHarness.Testing;

namespace BenchHarness.HarnessBenchmarks.Analysis;

/// <summary>The first stages of report and gate on a 500-benchmark result set: loading its files, and pairing it.</summary>
public class PairAnalysisBenchmarks : SyntheticSetBenchmarks
{
    private ResultSet _loaded = null!;

    protected override void Prepare() => _loaded = ResultSetLoader.Load(Inputs.Current);

    [Benchmark]
    public ResultSet Load() => ResultSetLoader.Load(Inputs.Current);

    [Benchmark]
    public PairAnalysis Analyze() => PairAnalyzer.Analyze(_loaded);
}
