using BenchmarkDotNet.Attributes;
using BenchHarness.Analysis.Loading;
using BenchHarness.Analysis.Pairs;
using BenchHarness.Gate.Comparing;
using BenchHarness.Gate.Configuration;
using BenchHarness.Gate.Verdicts;
using BenchHarness.HarnessBenchmarks.Synthetic;
using BenchHarness.Testing;

namespace BenchHarness.HarnessBenchmarks.Gate;

/// <summary><c>benchharness compare</c>'s work on two loaded 500-benchmark result sets: the ratios, and the verdicts.</summary>
public class CompareBenchmarks : SyntheticSetBenchmarks
{
    private readonly GateSettings _settings = new(GateConfig.Defaults);
    private ResultSet _baseline = null!, _current = null!;

    protected override void Prepare()
    {
        _baseline = ResultSetLoader.Load(Inputs.Baseline);
        _current = ResultSetLoader.Load(Inputs.Current);
    }

    [Benchmark]
    public RunComparison RunComparison() => RunComparer.Compare(_baseline, _current);

    [Benchmark]
    public GateReport GateVerdicts() => GateComparer.Compare(_baseline, _current, _settings);
}
