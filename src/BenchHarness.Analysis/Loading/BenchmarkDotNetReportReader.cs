using BenchHarness.Analysis.Statistics;
using BenchHarness.Identity;
using BenchHarness.Results;

namespace BenchHarness.Analysis.Loading;

/// <summary>One BenchmarkDotNet full JSON file, validated.</summary>
/// <param name="Failed">Benchmarks present without workload measurements that are known (or, in a foreign set, assumed) to have failed.</param>
/// <param name="HostFacts">BenchmarkDotNet's <c>HostEnvironmentInfo</c> scalars (OS, processor, runtime, ...), empty when absent.</param>
/// <param name="Notes">What a reader should know about how the file was read (e.g. an old BenchmarkDotNet format).</param>
public sealed record BenchmarkDotNetReport(
    string File,
    IReadOnlyList<BenchmarkSamples> Benchmarks,
    IReadOnlyList<FailedBenchmark> Failed,
    IReadOnlyDictionary<string, string> HostFacts,
    IReadOnlyList<string> Notes);

/// <summary>A benchmark of a report without workload measurements, and the job that tried to measure it.</summary>
public sealed record FailedBenchmark(string FullName, string? Job);

/// <summary>
/// Reads a BenchmarkDotNet full JSON report into per-process samples.
/// </summary>
/// <remarks>
/// The samples are the <c>Workload</c>/<c>Actual</c> measurements, per operation, grouped by <c>LaunchIndex</c> (one
/// process each), minus the median <c>Overhead</c>/<c>Actual</c> per-op time of the same launch when BenchmarkDotNet
/// measured one. That is BenchmarkDotNet's own <c>Result</c> stage before its outlier removal: the <c>Result</c>
/// stage itself drops upper outliers by default, and at the process level those "outliers" are exactly the evidence
/// of a slow process (or a slow phase inside one) that intervals must see. The overhead is kept when subtracting it
/// would leave a time at or below zero (a benchmark as cheap as an empty call). Reports of BenchmarkDotNet before 0.11
/// are read the same way through their own names (<see cref="MeasurementScheme"/>).
/// </remarks>
public static class BenchmarkDotNetReportReader
{
    private const string Remedy = "run the suite again (or re-export with BenchmarkDotNet's JsonExporter.Full)";

    /// <param name="knownFailed">Full names reported failed elsewhere (the manifest): these may lack measurements.</param>
    /// <param name="treatEmptyAsFailed">For foreign sets: a benchmark without measurements is listed as failed
    /// instead of being an error.</param>
    /// <param name="interleaved">The file's launches are the rounds of an interleaved run (the manifest says so): each
    /// sample keeps its launch indices as <see cref="BenchmarkSamples.Rounds"/>, so ratios may pair them.</param>
    public static BenchmarkDotNetReport Read(string path, IReadOnlySet<string> knownFailed, bool treatEmptyAsFailed, bool interleaved = false)
    {
        ReportRecord report = BenchmarkDotNetJson.Read(path, "a BenchmarkDotNet full JSON report");
        if (!report.HasBenchmarks)
            throw new ResultSetException(path, "is not a BenchmarkDotNet full JSON report (no 'Benchmarks' array)", Remedy);
        if (report.Benchmarks.Count == 0)
            throw new ResultSetException(path, "holds no benchmarks", Remedy);

        MeasurementScheme scheme = MeasurementScheme.Detect(path, report.AnyStaged, report.UnstagedModes,
            report.HostFacts.GetValueOrDefault(MeasurementScheme.VersionFact));
        var samples = new List<BenchmarkSamples>();
        var failed = new List<FailedBenchmark>();
        int index = 0;
        foreach (BenchmarkRecord benchmark in report.Benchmarks)
        {
            index++;
            string fullName = benchmark is { IsObject: true, FullName: { Length: > 0 } text }
                ? text
                : throw new ResultSetException(path, $"benchmark #{index} has no FullName", Remedy);
            string? job = BenchmarkDotNetJob.Label(benchmark.DisplayInfo, benchmark.MethodTitle ?? benchmark.Method, benchmark.Parameters);
            double[][] processes = Processes(path, fullName, benchmark, scheme, out bool overheadSubtracted, out IReadOnlyList<int> launches);
            if (processes.Length == 0)
            {
                if (knownFailed.Contains(fullName) || treatEmptyAsFailed)
                {
                    failed.Add(new FailedBenchmark(fullName, job));
                    continue;
                }
                throw new ResultSetException(path,
                    $"benchmark '{fullName}' has zero {scheme.WorkloadName} measurements and is not listed as failed", Remedy);
            }
            BenchmarkIdentity? identity = BenchmarkIdentity.TryParse(fullName, out BenchmarkIdentity parsed) ? parsed : null;
            samples.Add(new BenchmarkSamples(fullName, identity, processes, path, overheadSubtracted, job, interleaved ? launches : null,
                MechanismSummary.Of(benchmark.Mechanism)));
        }
        return new BenchmarkDotNetReport(path, samples, failed, report.HostFacts,
            scheme.Note is { } note ? [$"{Path.GetFileName(path)}: {note}"] : []);
    }

    private static double[][] Processes(string path, string fullName, BenchmarkRecord benchmark, MeasurementScheme scheme, out bool overheadSubtracted,
        out IReadOnlyList<int> launches)
    {
        overheadSubtracted = false;
        launches = [];
        if (!benchmark.HasMeasurements)
            throw new ResultSetException(path,
                $"benchmark '{fullName}' has no Measurements array (a brief report holds statistics only)",
                "export with BenchmarkDotNet's JsonExporter.Full");
        if (benchmark.MeasurementProblem is { } problem)
            throw new ResultSetException(path, $"benchmark '{fullName}', {problem}", Remedy);

        MeasuredTimes times = scheme.IsStaged ? benchmark.Staged : benchmark.Unstaged;
        if (times.Problem is { } invalid)
            throw new ResultSetException(path, $"benchmark '{fullName}', {invalid}", Remedy);
        launches = times.Launches;
        return times.Processes(out overheadSubtracted);
    }
}
