using BenchHarness.Results;

namespace BenchHarness.Analysis.Loading;

/// <summary>
/// Reads a result set: the harness's own directory (manifest.json plus the BenchmarkDotNet full JSON files it lists),
/// or a foreign one (BenchmarkDotNet <c>*-report-full.json</c> files in the directory or its <c>results/</c> folder, or
/// one such file given directly). Everything is validated; any problem is a <see cref="ResultSetException"/> whose
/// one-line message names the file, the problem and the remedy.
/// </summary>
/// <remarks>
/// Without a manifest, what needs it degrades: no run status, no failed suites, an environment with BenchmarkDotNet's
/// host facts only, and names outside the harness convention kept as unpaired benchmarks.
/// </remarks>
public static class ResultSetLoader
{
    public static ResultSet Load(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
            throw new ResultSetException("(no path)", "no results directory given", "pass the directory of a run");
        if (File.Exists(path) && string.Equals(Path.GetFileName(path), ResultSetLayout.ManifestFileName, StringComparison.Ordinal))
            return Load(Path.GetDirectoryName(Path.GetFullPath(path))!);
        if (File.Exists(path))
            return LoadForeign(Path.GetDirectoryName(Path.GetFullPath(path))!, [path]);
        if (!Directory.Exists(path))
            throw new ResultSetException(path, "does not exist", "pass the directory of a run (results/<run-id>)");

        string[] entries = ListDirectory(path);
        string manifestPath = ResultSetLayout.ManifestIn(path);
        if (File.Exists(manifestPath))
            return LoadOwn(path, manifestPath);

        string resultsFolder = Path.Combine(path, ResultSetLayout.BenchmarkDotNetResultsFolder);
        string[] reports = entries.Concat(Directory.Exists(resultsFolder) ? ListDirectory(resultsFolder) : [])
            .Where(ResultSetLayout.IsBenchmarkDotNetReport).Order(StringComparer.Ordinal).ToArray();
        if (reports.Length == 0)
            throw new ResultSetException(path,
                entries.Length == 0
                    ? "is empty: no manifest.json and no BenchmarkDotNet *-report-full.json"
                    : $"has no manifest.json and no BenchmarkDotNet *-report-full.json ({entries.Length} other entries)",
                "pass the directory `benchharness run` wrote, or one holding BenchmarkDotNet full JSON reports");
        return LoadForeign(path, reports);
    }

    private static string[] ListDirectory(string directory)
    {
        try
        {
            return Directory.GetFileSystemEntries(directory);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new ResultSetException(directory, $"cannot be read ({e.Message})", "check its permissions");
        }
    }

    private static ResultSet LoadOwn(string directory, string manifestPath)
    {
        RunManifest manifest = ManifestReader.Read(manifestPath);
        var failed = new HashSet<string>(manifest.Suites.SelectMany(s => s.FailedBenchmarks), StringComparer.Ordinal);
        var notes = new List<string>();
        var files = new List<(string File, bool Interleaved)>();
        foreach (SuiteOutcome suite in manifest.Suites.Where(s => s.ResultsFile is not null))
        {
            string file = Path.Combine(directory, suite.ResultsFile!);
            if (File.Exists(file))
                files.Add((file, suite.Rounds is not null));
            else if (suite.Status == SuiteStatus.Succeeded)
                throw new ResultSetException(manifestPath,
                    $"suite {suite.PatternId} lists results file '{suite.ResultsFile}', which does not exist",
                    "restore the file or run the suite again");
            else
                notes.Add($"{suite.PatternId}: {suite.Status}, no results file ({suite.Reason ?? "no reason recorded"})");
        }
        if (manifest.Status == RunStatus.Incomplete)
            notes.Add($"run {manifest.RunId} is Incomplete: it was killed or is still running; suites may be missing");

        var reports = files.Select(f => BenchmarkDotNetReportReader.Read(f.File, failed, treatEmptyAsFailed: false, f.Interleaved)).ToArray();
        return Assemble(directory, manifest, reports, EnvironmentFingerprint.FromManifest(manifest), notes);
    }

    private static ResultSet LoadForeign(string directory, IReadOnlyList<string> files)
    {
        var reports = files.Select(f => BenchmarkDotNetReportReader.Read(f, new HashSet<string>(), treatEmptyAsFailed: true)).ToArray();
        var notes = new List<string> { "no manifest.json: run status, failed suites and engine facts are unknown" };
        IReadOnlyDictionary<string, string>? host = reports.Select(r => r.HostFacts).FirstOrDefault(h => h.Count > 0);
        return Assemble(directory, null, reports, host is null ? null : EnvironmentFingerprint.FromBenchmarkDotNetHost(host), notes);
    }

    private static ResultSet Assemble(
        string directory, RunManifest? manifest, IReadOnlyList<BenchmarkDotNetReport> reports,
        EnvironmentFingerprint? environment, List<string> notes)
    {
        notes.AddRange(reports.SelectMany(r => r.Notes));
        (BenchmarkSamples[] benchmarks, string[] reportedFailed) = BenchmarkKeys.Assign(reports, notes);
        string[] failed = reportedFailed
            .Concat(manifest?.Suites.SelectMany(s => s.FailedBenchmarks) ?? [])
            .Distinct(StringComparer.Ordinal).ToArray();
        int unnamed = benchmarks.Count(b => b.Identity is null);
        if (unnamed > 0)
            notes.Add($"{unnamed} benchmark(s) do not follow the naming convention <Pnn...>.<Anti|Fix>[FirstCall|Throughput](Device, Mode, ...) and are not paired");
        int raw = benchmarks.Count(b => !b.OverheadSubtracted);
        if (raw > 0 && raw < benchmarks.Length)
            notes.Add($"{raw} benchmark(s) keep BenchmarkDotNet's overhead (none measured, or it exceeded the workload)");
        return new ResultSet(directory, manifest, benchmarks, failed, environment, notes);
    }
}
