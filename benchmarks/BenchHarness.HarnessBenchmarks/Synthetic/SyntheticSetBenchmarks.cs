using BenchmarkDotNet.Attributes;

namespace BenchHarness.HarnessBenchmarks.Synthetic;

/// <summary>
/// Benchmarks over the two written 500-benchmark sets (<see cref="SyntheticInputs"/>): written once per process before
/// anything is measured, then <see cref="Prepare"/> loads what the measured calls need; deleted afterwards.
/// </summary>
public abstract class SyntheticSetBenchmarks
{
    protected SyntheticInputs Inputs { get; private set; } = null!;

    [GlobalSetup]
    public void Setup()
    {
        Inputs = SyntheticInputs.Write();
        Prepare();
    }

    [GlobalCleanup]
    public void Cleanup() => Inputs.Dispose();

    protected virtual void Prepare()
    {
    }
}
