using BenchmarkDotNet.Attributes;
using BenchHarness.HarnessBenchmarks.Synthetic;
using BenchHarness.Reports.Exporters;

namespace BenchHarness.HarnessBenchmarks.Reports;

/// <summary><c>benchharness report</c>'s work on a 500-benchmark result set: load, analyse, charts, HTML, summaries.</summary>
public class ReportBenchmarks
{
    private SyntheticInputs _inputs = null!;
    private string _output = null!;

    [GlobalSetup]
    public void Setup()
    {
        _inputs = SyntheticInputs.Write();
        _output = Path.Combine(_inputs.Root, "report");
    }

    [GlobalCleanup]
    public void Cleanup() => _inputs.Dispose();

    [Benchmark]
    public WrittenReport Write() => ReportWriter.Write(_inputs.Current, _output);
}
