using BenchHarness.Benchmarks.Diagnosers;
using BenchHarness.Benchmarks.Suites;
using BenchHarness.Identity;
using BenchHarness.Planning;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace BenchHarness.Benchmarks.Hosting;

/// <summary>
/// The BenchmarkDotNet configuration of one launch (<see cref="LaunchRequest"/>): the profile's iterations for one
/// process, BenchmarkDotNet's in-process engine, the one case asked for, the full JSON exporter, the mechanism diagnoser (its summary columns).
/// </summary>
public static class HarnessConfig
{
    public static IConfig For(LaunchRequest request) => ManualConfig.CreateEmpty()
        .AddJob(JobFor(request))
        .AddFilter(new CaseFilter(request.Case))
        .AddExporter(JsonExporter.Full)
        .AddLogger(ConsoleLogger.Default)
        .AddColumnProvider(BenchmarkDotNet.Columns.DefaultColumnProviders.Instance)
        .AddDiagnoser(MechanismDiagnoser.Default)
        .WithArtifactsPath(request.ArtifactsDirectory)
        .WithOption(ConfigOptions.DisableLogFile, false)
        .WithOption(ConfigOptions.JoinSummary, false);

    /// <summary>The selection of a suite request, for listing its cases.</summary>
    public static IConfig ForListing(SuiteRequest request) => ManualConfig.CreateEmpty()
        .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.DontLogOutput))
        .AddFilter(new SelectionFilter(request.Devices, request.Modes));

    public static Job JobFor(LaunchRequest request)
    {
        ProfileSettings settings = request.Settings;
        // One process, this one: the CLI starts a fresh host per launch, which is what keeps processes independent.
        Job job = Job.Default
            .WithId(JobId)
            .WithToolchain(new InProcessEmitToolchain(settings.SuiteTimeout, logOutput: true))
            .WithLaunchCount(1)
            // An empty call costs nanoseconds here, the cheapest benchmark microseconds: measuring it would only let
            // the loader subtract it from one launch and not another.
            .WithEvaluateOverhead(false)
            .WithIterationCount(settings.IterationCount)
            .WithIterationTime(TimeInterval.FromMilliseconds(settings.IterationTime.TotalMilliseconds))
            .WithMemoryRandomization(settings.MemoryRandomization);
        if (settings.WarmupCount is int warmups)
            job = job.WithWarmupCount(warmups);
        // The first launch's pilot chose the invocation count; later launches repeat exactly that work per iteration.
        if (request.InvocationCount is long invocations)
            job = job.WithInvocationCount(invocations).WithUnrollFactor(invocations % DefaultUnrollFactor == 0 ? DefaultUnrollFactor : 1);
        return job;
    }

    /// <summary>The job's id in BenchmarkDotNet's output (its DisplayInfo): every launch of every case has the same.</summary>
    public const string JobId = "launch";

    // BenchmarkDotNet's default; an invocation count must be a multiple of the unroll factor.
    private const int DefaultUnrollFactor = 16;

    /// <summary>Keeps the one case whose full name is asked for.</summary>
    private sealed class CaseFilter(string fullName) : IFilter
    {
        public bool Predicate(BenchmarkCase benchmarkCase) => FullNameProvider.GetBenchmarkName(benchmarkCase) == fullName;
    }

    /// <summary>
    /// Keeps the benchmark cases of the requested devices and modes, each device's own sizes, first calls and
    /// throughput only where the suite measures them (throughput at its sizes for that device), and member variants in
    /// their own mode only.
    /// </summary>
    private sealed class SelectionFilter(IReadOnlyList<ComputeDevice> devices, IReadOnlyList<ExecutionMode> modes) : IFilter
    {
        public bool Predicate(BenchmarkCase benchmarkCase)
        {
            if (benchmarkCase.Parameters[nameof(PairSuite.Device)] is not ComputeDevice device || !devices.Contains(device)
                || benchmarkCase.Parameters[nameof(PairSuite.Mode)] is not ExecutionMode mode || !modes.Contains(mode)
                || benchmarkCase.Parameters[nameof(PairSuite.Size)] is not int size)
                return false;
            var suite = (PairSuite)Activator.CreateInstance(benchmarkCase.Descriptor.Type)!;
            string method = benchmarkCase.Descriptor.WorkloadMethod.Name;
            if (suite.VariantOf(method) is { } variant)
                return variant.Mode == mode && (variant.Phase != CallPhase.FirstCall || suite.MeasuresFirstCall) && suite.SizesOn(device).Contains(size);
            return PairSuite.PhaseOf(method) switch
            {
                CallPhase.FirstCall => suite.MeasuresFirstCall && suite.SizesOn(device).Contains(size),
                CallPhase.Throughput => suite.MeasuresThroughput && suite.ThroughputSizesOn(device).Contains(size),
                _ => suite.SizesOn(device).Contains(size),
            };
        }
    }
}
