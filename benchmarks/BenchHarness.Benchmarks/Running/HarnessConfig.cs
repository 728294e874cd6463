using System.Reflection;
using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Benchmarks.Suites;
using BenchHarness.Identity;
using BenchHarness.Running;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using Perfolizer.Horology;

namespace BenchHarness.Benchmarks.Running;

/// <summary>The BenchmarkDotNet configuration for one suite request: the profile's job, the selection, the exporters.</summary>
public static class HarnessConfig
{
    public static IConfig For(SuiteRequest request, string artifactsPath) => ManualConfig.CreateEmpty()
        .AddJob(JobFor(request))
        .AddFilter(new SelectionFilter(request.Devices, request.Modes))
        .AddExporter(JsonExporter.Full)
        .AddLogger(ConsoleLogger.Default)
        .AddColumnProvider(BenchmarkDotNet.Columns.DefaultColumnProviders.Instance)
        .WithArtifactsPath(artifactsPath)
        .WithOption(ConfigOptions.DisableLogFile, false)
        .WithOption(ConfigOptions.JoinSummary, false);

    public static Job JobFor(SuiteRequest request)
    {
        ProfileSettings settings = request.Settings;
        Job job = Job.Default
            .WithId(request.Profile.ToString())
            .WithLaunchCount(settings.LaunchCount)
            .WithIterationCount(settings.IterationCount)
            .WithIterationTime(TimeInterval.FromMilliseconds(settings.IterationTime.TotalMilliseconds))
            // libtorch reads OMP_NUM_THREADS at process start; the suite also pins threads in its setup.
            .WithEnvironmentVariables(SuiteEnvironment.For(request).Select(v => new EnvironmentVariable(v.Key, v.Value)).ToArray())
            .WithArguments(BuildArguments());
        return settings.WarmupCount is int warmups ? job.WithWarmupCount(warmups) : job;
    }

    // BenchmarkDotNet's generated project skips Directory.Build.props/targets: hand it the native patch, the
    // TorchSharp backend and the runtime identifier this host was built with, or its children cannot load
    // libtorch (and would copy every platform's natives).
    private static Argument[] BuildArguments() =>
    [
        new MsBuildArgument($"/p:CustomAfterMicrosoftCommonTargets={BuildFacts.NativePatchTargets}"),
        new MsBuildArgument($"/p:TorchBackend={BuildFacts.TorchBackend}"),
        .. BuildFacts.RuntimeIdentifier is { Length: > 0 } rid ? [new MsBuildArgument($"/p:RuntimeIdentifier={rid}")] : Array.Empty<Argument>(),
    ];

    /// <summary>Keeps the benchmark cases of the requested devices and modes, and first calls only where measured.</summary>
    internal sealed class SelectionFilter(IReadOnlyList<ComputeDevice> devices, IReadOnlyList<ExecutionMode> modes) : IFilter
    {
        public bool Predicate(BenchmarkCase benchmarkCase) =>
            benchmarkCase.Parameters[nameof(PairSuite.Device)] is ComputeDevice device && devices.Contains(device)
            && benchmarkCase.Parameters[nameof(PairSuite.Mode)] is ExecutionMode mode && modes.Contains(mode)
            && (!benchmarkCase.Descriptor.WorkloadMethod.Name.EndsWith(nameof(CallPhase.FirstCall), StringComparison.Ordinal)
                || ((PairSuite)Activator.CreateInstance(benchmarkCase.Descriptor.Type)!).MeasuresFirstCall);
    }
}

/// <summary>Facts the build baked into this assembly (see BenchHarness.Benchmarks.csproj).</summary>
public static class BuildFacts
{
    public static string NativePatchTargets => Metadata("NativePatchTargets");

    public static string TorchBackend => Metadata("TorchBackend");

    public static string RuntimeIdentifier => Metadata("RuntimeIdentifier");

    private static string Metadata(string key) =>
        typeof(BuildFacts).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"assembly metadata '{key}' missing: rebuild the suite host");
}
