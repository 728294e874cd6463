using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using BenchHarness.Analysis.Loading;
using BenchHarness.HarnessBenchmarks;
using BenchHarness.IntegrationTests.Support;

namespace BenchHarness.IntegrationTests.HarnessBenchmarks;

/// <summary>
/// The harness benchmarks (docs/harness-speed.md) are found and each runs once, in BenchmarkDotNet's dry job in this
/// process, and their full JSON is a result set <c>benchharness compare</c> reads. Nothing here times anything.
/// </summary>
public class HarnessBenchmarksDryRunTests
{
    private static readonly string[] Expected =
    [
        "BenchHarness.HarnessBenchmarks.Analysis.PairAnalysisBenchmarks.Analyze",
        "BenchHarness.HarnessBenchmarks.Analysis.PairAnalysisBenchmarks.Load",
        "BenchHarness.HarnessBenchmarks.Gate.CompareBenchmarks.GateVerdicts",
        "BenchHarness.HarnessBenchmarks.Gate.CompareBenchmarks.RunComparison",
        "BenchHarness.HarnessBenchmarks.History.ChangePointBenchmarks.Detect",
        "BenchHarness.HarnessBenchmarks.Reports.ReportBenchmarks.Write",
    ];

    [Fact]
    public void Every_harness_benchmark_runs_in_a_dry_job_and_its_json_loads_as_a_result_set()
    {
        using var artifacts = new TemporaryDirectory();
        var log = new AccumulationLogger();
        IConfig config = ManualConfig.CreateEmpty()
            .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance))
            .AddExporter(JsonExporter.Full)
            .AddLogger(log)
            .WithArtifactsPath(artifacts.Path);

        Summary[] summaries = BenchmarkRunner.Run(typeof(HarnessSpeedConfig).Assembly, config);

        Assert.All(summaries, s => Assert.False(s.HasCriticalValidationErrors, log.GetLog()));
        BenchmarkReport[] reports = summaries.SelectMany(s => s.Reports).ToArray();
        Assert.All(reports, r => Assert.True(r.Success, $"{r.BenchmarkCase.DisplayInfo} failed: {log.GetLog()}"));
        ResultSet loaded = ResultSetLoader.Load(artifacts.Path);
        Assert.Equal(Expected, loaded.Benchmarks.Select(b => b.FullName).Order(StringComparer.Ordinal));
        Assert.All(loaded.Benchmarks, b => Assert.NotEmpty(b.Processes.Single()));
    }
}
