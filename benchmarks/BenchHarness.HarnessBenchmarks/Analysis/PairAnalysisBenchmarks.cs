using BenchmarkDotNet.Attributes;
using BenchHarness.Analysis.Loading;
using BenchHarness.Analysis.Pairs;
using BenchHarness.HarnessBenchmarks.Synthetic;

namespace BenchHarness.HarnessBenchmarks.Analysis;

/// <summary>The first stages of report and gate on a 500-benchmark result set: loading its files, and pairing it.</summary>
public class PairAnalysisBenchmarks
{
    private SyntheticInputs _inputs = null!;
    private ResultSet _loaded = null!;

    [GlobalSetup]
    public void Setup()
    {
        _inputs = SyntheticInputs.Write();
        _loaded = ResultSetLoader.Load(_inputs.Current);
    }

    [GlobalCleanup]
    public void Cleanup() => _inputs.Dispose();

    [Benchmark]
    public ResultSet Load() => ResultSetLoader.Load(_inputs.Current);

    [Benchmark]
    public PairAnalysis Analyze() => PairAnalyzer.Analyze(_loaded);
}
