using BenchHarness.Benchmarks.Suites;
using BenchHarness.Running;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace BenchHarness.Benchmarks.Running;

/// <summary>
/// Measures one benchmark case in this process (<see cref="LaunchRequest"/>): BenchmarkDotNet's engine with its
/// in-process toolchain, one launch. The CLI starts a fresh host process for every launch, so each process is still
/// a fresh one (the unit of noise), but no project is generated or built per suite and the CLI, not BenchmarkDotNet,
/// decides the order of the processes.
/// </summary>
public static class LaunchRunner
{
    public static LaunchOutcome Run(LaunchRequest request)
    {
        Type suite = SuiteCatalog.All.GetValueOrDefault(request.PatternId)
            ?? throw new ArgumentException($"this host has no timed suite for {request.PatternId}");
        PlantedDelay.Nanoseconds = request.PlantedDelayNanoseconds ?? 0;
        Summary summary = BenchmarkRunner.Run(suite, ConfigFor(request));
        BenchmarkReport? report = summary.Reports.SingleOrDefault();
        if (summary.HasCriticalValidationErrors)
            return Failed("BenchmarkDotNet refused the case: " + string.Join(" ", summary.ValidationErrors.Where(e => e.IsCritical).Select(e => e.Message)));
        if (report is null)
            return Failed($"no benchmark case of {suite.Name} is named {request.Case}");
        if (!report.Success)
            return Failed("BenchmarkDotNet reported the case as failed; see the suite log");
        string? results = Directory.Exists(Path.Combine(request.ArtifactsDirectory, "results"))
            ? Directory.EnumerateFiles(Path.Combine(request.ArtifactsDirectory, "results"), "*-report-full.json").FirstOrDefault()
            : null;
        if (results is null)
            return Failed("BenchmarkDotNet wrote no full JSON report");
        long? invocations = report.AllMeasurements
            .Where(m => m.IterationMode == IterationMode.Workload && m.IterationStage == IterationStage.Actual)
            .Select(m => (long?)m.Operations)
            .FirstOrDefault();
        return new LaunchOutcome(true, Path.GetFullPath(results), invocations, null);

        LaunchOutcome Failed(string reason) => new(false, null, null, reason);
    }

    /// <summary>The case's full names as BenchmarkDotNet will report them, in declaration order (the order of a round).</summary>
    public static IReadOnlyList<string> Cases(Type suite, SuiteRequest request)
    {
        IConfig config = ManualConfig.CreateEmpty()
            .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.DontLogOutput))
            .AddFilter(new HarnessConfig.SelectionFilter(request.Devices, request.Modes));
        return BenchmarkConverter.TypeToBenchmarks(suite, config).BenchmarksCases
            .Where(c => config.GetFilters().All(f => f.Predicate(c)))
            .Select(FullNameProvider.GetBenchmarkName)
            .ToArray();
    }

    private static IConfig ConfigFor(LaunchRequest request)
    {
        ProfileSettings settings = request.Settings;
        Job job = Job.Default
            .WithId("launch")
            .WithToolchain(new InProcessEmitToolchain(settings.SuiteTimeout, logOutput: true))
            .WithLaunchCount(1)
            .WithIterationCount(settings.IterationCount)
            .WithIterationTime(TimeInterval.FromMilliseconds(settings.IterationTime.TotalMilliseconds))
            .WithMemoryRandomization(settings.MemoryRandomization);
        if (settings.WarmupCount is int warmups)
            job = job.WithWarmupCount(warmups);
        if (request.InvocationCount is long invocations)
            job = job.WithInvocationCount(invocations).WithUnrollFactor(UnrollFactorFor(invocations));
        return ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddFilter(new NameFilter(request.Case))
            .AddExporter(JsonExporter.Full)
            .AddLogger(ConsoleLogger.Default)
            .AddColumnProvider(BenchmarkDotNet.Columns.DefaultColumnProviders.Instance)
            .WithArtifactsPath(request.ArtifactsDirectory)
            .WithOption(ConfigOptions.DisableLogFile, false)
            .WithOption(ConfigOptions.JoinSummary, false);
    }

    // BenchmarkDotNet requires the invocation count to be a multiple of the unroll factor (16 by default).
    private static int UnrollFactorFor(long invocations) => invocations % 16 == 0 ? 16 : 1;

    /// <summary>Keeps the one case whose full name is asked for.</summary>
    private sealed class NameFilter(string fullName) : IFilter
    {
        public bool Predicate(BenchmarkCase benchmarkCase) => FullNameProvider.GetBenchmarkName(benchmarkCase) == fullName;
    }
}
