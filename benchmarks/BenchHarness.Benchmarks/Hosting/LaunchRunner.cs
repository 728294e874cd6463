using BenchHarness.Benchmarks.Diagnosers;
using BenchHarness.Benchmarks.Suites;
using BenchHarness.Planning;
using BenchHarness.Results;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace BenchHarness.Benchmarks.Hosting;

/// <summary>
/// Measures one benchmark case in this process (<see cref="LaunchRequest"/>): BenchmarkDotNet's engine with its
/// in-process toolchain, one launch. The CLI starts a fresh host process for every launch, so each process is still
/// a fresh one (the unit of noise), but no project is generated or built per suite (no copy of the natives, no build
/// timeout) and the CLI, not BenchmarkDotNet, decides the order of the processes.
/// </summary>
public static class LaunchRunner
{
    public static LaunchOutcome Run(LaunchRequest request)
    {
        Type suite = SuiteCatalog.All.GetValueOrDefault(request.PatternId)
            ?? throw new ArgumentException($"this host has no timed suite for {request.PatternId}");
        PlantedDelay.Nanoseconds = request.PlantedDelayNanoseconds ?? 0;
        Summary summary = BenchmarkRunner.Run(suite, HarnessConfig.For(request));
        if (summary.HasCriticalValidationErrors)
            return Failed("BenchmarkDotNet refused the case: " + string.Join(" ", summary.ValidationErrors.Where(e => e.IsCritical).Select(e => e.Message)));
        if (summary.Reports.SingleOrDefault() is not { } report)
            return Failed($"no benchmark case of {suite.Name} is named {request.Case}");
        if (!report.Success)
            return Failed("BenchmarkDotNet reported the case as failed; see the suite log");
        string resultsFolder = Path.Combine(request.ArtifactsDirectory, ResultSetLayout.BenchmarkDotNetResultsFolder);
        string? results = Directory.Exists(resultsFolder) ? Directory.EnumerateFiles(resultsFolder, "*" + ResultSetLayout.FullReportEnding).FirstOrDefault() : null;
        if (results is null)
            return Failed("BenchmarkDotNet wrote no full JSON report");
        if (WorkloadMechanism.Of(WorkloadMechanism.MeasuredOperations(report.AllMeasurements)) is { } mechanism)
            MechanismInReport.Add(results, mechanism);
        // A measurement counts operations: invocations times the benchmark's operations per invoke (a throughput call's).
        long? invocations = report.AllMeasurements
            .Where(m => m.IterationMode == IterationMode.Workload && m.IterationStage == IterationStage.Actual)
            .Select(m => (long?)(m.Operations / report.BenchmarkCase.Descriptor.OperationsPerInvoke))
            .FirstOrDefault();
        return new LaunchOutcome(true, Path.GetFullPath(results), invocations, null);

        static LaunchOutcome Failed(string reason) => new(false, null, null, reason);
    }

    /// <summary>The cases of a suite request as BenchmarkDotNet names them, in declaration order (the order of a round).</summary>
    public static IReadOnlyList<string> Cases(Type suite, SuiteRequest request) =>
        BenchmarkConverter.TypeToBenchmarks(suite, HarnessConfig.ForListing(request)).BenchmarksCases
            .Select(FullNameProvider.GetBenchmarkName)
            .ToArray();
}
