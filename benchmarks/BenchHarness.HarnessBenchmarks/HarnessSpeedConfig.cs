using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;

namespace BenchHarness.HarnessBenchmarks;

/// <summary>
/// The harness benchmarks' config: three processes per benchmark (the gate's minimum for a verdict, since the process is
/// its unit of noise) and BenchmarkDotNet's full JSON, the format <c>benchharness compare</c> reads.
/// </summary>
/// <remarks>BenchmarkDotNet builds one generated project per run; its 2-minute default build timeout was reached on this
/// project's shared 2-core machine while others built, hence the longer one.</remarks>
public static class HarnessSpeedConfig
{
    public static Job Job { get; } = Job.Default
        .WithLaunchCount(3)
        .WithWarmupCount(3)
        .WithIterationCount(10)
        .WithId("HarnessSpeed");

    public static IConfig Create() => DefaultConfig.Instance
        .AddJob(Job.AsDefault())
        .AddExporter(JsonExporter.Full)
        .WithBuildTimeout(TimeSpan.FromMinutes(15));
}
