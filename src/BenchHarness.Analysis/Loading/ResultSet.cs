using System.Runtime.CompilerServices;
using BenchHarness.Results;

namespace BenchHarness.Analysis.Loading;

/// <summary>
/// One loaded and validated results directory: the manifest when there is one, and every benchmark's samples.
/// </summary>
/// <param name="Directory">The directory loaded, as given.</param>
/// <param name="Manifest">The harness's manifest, or null for a foreign BenchmarkDotNet result set.</param>
/// <param name="Benchmarks">Every benchmark with samples, in file then BenchmarkDotNet order; full names are unique.</param>
/// <param name="FailedBenchmarks">Full names BenchmarkDotNet or the manifest reported as failed, without samples.</param>
/// <param name="Environment">What the results were measured on: from the manifest, or the partial facts of
/// BenchmarkDotNet's host information for a foreign set; null when neither is available.</param>
/// <param name="Notes">Things a reader should know that are not errors (e.g. names that do not follow the convention).</param>
public sealed record ResultSet(
    string Directory,
    RunManifest? Manifest,
    IReadOnlyList<BenchmarkSamples> Benchmarks,
    IReadOnlyList<string> FailedBenchmarks,
    EnvironmentFingerprint? Environment,
    IReadOnlyList<string> Notes)
{
    // Cached per Benchmarks instance, outside the record, so that `with` and value equality stay correct.
    private static readonly ConditionalWeakTable<IReadOnlyList<BenchmarkSamples>, Dictionary<string, BenchmarkSamples>> Indexes = new();

    /// <summary>The run status, or null for a foreign result set (no manifest).</summary>
    public RunStatus? Status => Manifest?.Status;

    /// <summary>The run was killed or is still going: some suites may be missing.</summary>
    public bool IsIncomplete => Manifest?.Status == RunStatus.Incomplete;

    /// <summary>Every suite the manifest lists (empty without a manifest).</summary>
    public IReadOnlyList<SuiteOutcome> Suites => Manifest?.Suites ?? [];

    /// <summary>Suites that failed in the run: show them as failed, never as missing.</summary>
    public IReadOnlyList<SuiteOutcome> FailedSuites => Suites.Where(s => s.Status == SuiteStatus.Failed).ToArray();

    /// <summary>A short name for the set: the run id, or the directory name.</summary>
    public string Name => Manifest?.RunId ?? Path.GetFileName(Path.TrimEndingDirectorySeparator(Directory));

    /// <summary>The benchmark with this full name, or null.</summary>
    public BenchmarkSamples? Find(string fullName) =>
        Indexes.GetValue(Benchmarks, benchmarks => benchmarks
                .GroupBy(b => b.FullName, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal))
            .GetValueOrDefault(fullName);

    /// <summary>
    /// Throws a <see cref="ResultSetException"/> naming the manifest when the run is incomplete, for commands that
    /// must refuse partial data (a gate); commands that only show data can mark it instead (<see cref="IsIncomplete"/>).
    /// </summary>
    public ResultSet EnsureComplete()
    {
        return Manifest is not null && ManifestFile.IncompleteReason(Manifest, Directory) is string reason
            ? throw new ResultSetException(ResultSetLayout.ManifestIn(Directory), "is incomplete", reason)
            : this;
    }
}
