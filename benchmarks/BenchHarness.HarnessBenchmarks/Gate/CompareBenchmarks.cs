using BenchmarkDotNet.Attributes;
using BenchHarness.Analysis.Loading;
using BenchHarness.Analysis.Pairs;
using BenchHarness.Gate.Comparison;
using BenchHarness.Gate.Configuration;
using BenchHarness.Gate.Verdicts;
using BenchHarness.HarnessBenchmarks.Synthetic;

namespace BenchHarness.HarnessBenchmarks.Gate;

/// <summary><c>benchharness compare</c>'s work on two loaded 500-benchmark result sets: the ratios, and the verdicts.</summary>
public class CompareBenchmarks
{
    private ResultSet _baseline = null!, _current = null!;
    private readonly GateSettings _settings = new(GateConfig.Defaults);

    [GlobalSetup]
    public void Setup()
    {
        using SyntheticInputs inputs = SyntheticInputs.Write();
        _baseline = ResultSetLoader.Load(inputs.Baseline);
        _current = ResultSetLoader.Load(inputs.Current);
    }

    [Benchmark]
    public RunComparison RunComparison() => RunComparer.Compare(_baseline, _current);

    [Benchmark]
    public GateReport GateVerdicts() => GateComparer.Compare(_baseline, _current, _settings);
}
