using BenchmarkDotNet.Attributes;
using BenchHarness.HarnessBenchmarks.Synthetic;
using BenchHarness.Testing;
using BenchHarness.Reports.Exporters;

namespace BenchHarness.HarnessBenchmarks.Reports;

/// <summary><c>benchharness report</c>'s work on a 500-benchmark result set: load, analyse, charts, HTML, summaries.</summary>
public class ReportBenchmarks : SyntheticSetBenchmarks
{
    [Benchmark]
    public WrittenReport Write() => ReportWriter.Write(Inputs.Current, Path.Combine(Inputs.Root, "report"));
}
