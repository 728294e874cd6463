using BenchHarness.Analysis.Loading;
using BenchHarness.Planning;
using BenchHarness.Results;

namespace BenchHarness.Analysis.Merging;

/// <summary>A symbolic link found under a source's layout folders (bdn/, requests/), which merge never follows.</summary>
/// <param name="Path">Relative to the source.</param>
public sealed record SkippedLink(string Source, string Path);

public sealed record MergeResult(
    string Directory, RunManifest Manifest, IReadOnlyList<MergeSource> Sources, IReadOnlyList<string> EnvironmentDifferences,
    IReadOnlyList<SkippedLink> SkippedLinks);

/// <summary>
/// <c>benchharness merge</c>: joins result sets that shards of one run produced (on one machine or several) into one
/// result set that loads and compares like any other. Refuses what would make the joined set a lie: incomplete runs or
/// missing shards, the same suite or benchmark twice, different code or profiles, and (unless allowed) different
/// environments. The merged set is built in a hidden sibling of --out and renamed into place only when it is complete
/// and loads, so a failure leaves no half-written --out; every write stays inside it, and links are never followed.
/// </summary>
public static class ResultSetMerger
{
    // Runners of one fleet have different host names by design; what must match is what they are (CPU, OS, versions, threads).
    private static readonly string[] FactsAllowedToDiffer = ["machine"];

    public static MergeResult Merge(IReadOnlyList<string> sourceDirectories, string output, bool allowEnvironmentMismatch, string commandLine)
    {
        if (sourceDirectories.Count == 0)
            throw new MergeException("merge needs the result sets to join: benchharness merge --out <dir> <dir1> <dir2> ...");
        CheckOutput(output, sourceDirectories);
        var duplicatePath = sourceDirectories.GroupBy(Path.GetFullPath).FirstOrDefault(g => g.Count() > 1);
        if (duplicatePath is not null)
            throw new MergeException($"{duplicatePath.Key} is given twice");

        ResultSet[] sets = sourceDirectories.Select(Load).ToArray();
        if (ShardCoverage.Incompleteness(sets.Select(s => (s.Directory, s.Manifest!.Options.Shard)).ToArray()) is { } incomplete)
            throw new MergeException($"incomplete shards: {incomplete}");
        CheckSameCodeAndProfile(sets);
        IReadOnlyList<string> differences = EnvironmentDifferences(sets);
        if (differences.Count > 0 && !allowEnvironmentMismatch)
            throw new MergeException($"the result sets were measured in different environments ({string.Join("; ", differences)}); " +
                                     "merge shards of one runner kind, or pass --allow-env-mismatch");
        CheckNoDuplicates(sets);

        using StagedDirectory staged = StagedDirectory.Begin(output);
        var copy = new MergeCopy(staged.Path);
        foreach (ResultSet set in sets)
            copy.Files(set);
        MergeSource[] sources = sets.Select(Source).ToArray();
        RunManifest manifest = MergedManifest(sets, output, commandLine) with { MergedFrom = sources };
        ResultJson.WriteAtomically(ResultSetLayout.ManifestIn(staged.Path), manifest);
        ResultSetLoader.Load(staged.Path); // the merged set must load as cleanly as its sources did
        staged.Commit();
        return new MergeResult(output, manifest, sources, differences, copy.SkippedLinks);
    }

    private static ResultSet Load(string directory)
    {
        ResultSet set = ResultSetLoader.Load(directory);
        if (set.Manifest is null)
            throw new MergeException($"{directory}: has no {ResultSetLayout.ManifestFileName}; merge joins result sets written by benchharness run");
        if (set.IsIncomplete)
            throw new MergeException($"{directory}: run {set.Name} is Incomplete (killed or still running); finish it with '{ManifestFile.ResumeCommand(directory)}' before merging");
        return set;
    }

    private static void CheckOutput(string output, IReadOnlyList<string> sources)
    {
        OutputFiles.RefuseEmpty("--out", output, "a directory for the merged result set");
        OutputFiles.RefuseInside(new OutputFile("--out", output), sources.Select(InputPath.ResultSet).ToArray());
        if (File.Exists(output) || (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any()))
            throw new MergeException($"--out {output} already exists and is not empty; merge writes a new result set");
    }

    private static void CheckSameCodeAndProfile(IReadOnlyList<ResultSet> sets)
    {
        RunManifest first = sets[0].Manifest!;
        foreach (ResultSet set in sets.Skip(1))
        {
            RunManifest other = set.Manifest!;
            string? conflict =
                other.Git.Commit != first.Git.Commit ? $"commit {first.Git.Commit} vs {other.Git.Commit}"
                : other.ProfileSettings != first.ProfileSettings ? $"profile {first.Options.Profile} vs {other.Options.Profile} (settings differ)"
                : other.Options.Seed != first.Options.Seed ? $"seed {first.Options.Seed} vs {other.Options.Seed}"
                : null;
            if (conflict is not null)
                throw new MergeException($"{sets[0].Directory} and {set.Directory} are not parts of one run ({conflict}); merge only shards of the same commit and profile");
        }
    }

    private static IReadOnlyList<string> EnvironmentDifferences(IReadOnlyList<ResultSet> sets) =>
        sets.Skip(1)
            .SelectMany(set => sets[0].Environment!.DifferencesFrom(set.Environment!)
                .Where(d => !FactsAllowedToDiffer.Contains(d.Fact))
                .Select(d => $"{d.Fact}: {d.Baseline ?? "(unknown)"} in {sets[0].Directory}, {d.Current ?? "(unknown)"} in {set.Directory}"))
            .ToArray();

    private static void CheckNoDuplicates(IReadOnlyList<ResultSet> sets)
    {
        var suiteOwner = new Dictionary<string, string>(StringComparer.Ordinal);
        var benchmarkOwner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (ResultSet set in sets)
        {
            foreach (SuiteOutcome suite in set.Suites)
            {
                if (!suiteOwner.TryAdd(suite.PatternId, set.Directory))
                    throw new MergeException($"suite {suite.PatternId} is in both {suiteOwner[suite.PatternId]} and {set.Directory}; shards must not overlap");
            }
            foreach (BenchmarkSamples benchmark in set.Benchmarks)
            {
                if (!benchmarkOwner.TryAdd(benchmark.FullName, set.Directory))
                    throw new MergeException($"benchmark {benchmark.FullName} is in both {benchmarkOwner[benchmark.FullName]} and {set.Directory}; shards must not overlap");
            }
        }
    }

    private static RunManifest MergedManifest(IReadOnlyList<ResultSet> sets, string output, string commandLine)
    {
        RunManifest[] manifests = sets.Select(s => s.Manifest!).ToArray();
        RunManifest first = manifests[0];
        SuiteOutcome[] suites = manifests.SelectMany(m => m.Suites).OrderBy(s => s.PatternId, StringComparer.Ordinal).ToArray();
        DeviceAvailability[] devices = manifests.SelectMany(m => m.Devices)
            .GroupBy(d => d.Device, StringComparer.Ordinal)
            .Select(g => g.FirstOrDefault(d => d.Used) ?? g.First())
            .ToArray();
        string machines = string.Join("+", manifests.Select(m => m.Machine.MachineName).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        return first with
        {
            RunId = $"merged-{DateTime.UtcNow:yyyyMMdd-HHmmss}",
            Status = manifests.Any(m => m.Status == RunStatus.CompleteWithFailures) || suites.Any(s => s.Status == SuiteStatus.Failed)
                ? RunStatus.CompleteWithFailures
                : RunStatus.Complete,
            StartedUtc = manifests.Min(m => m.StartedUtc),
            FinishedUtc = manifests.Max(m => m.FinishedUtc),
            CommandLine = commandLine,
            Options = first.Options with
            {
                Patterns = manifests.SelectMany(m => m.Options.Patterns).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
                OutputDirectory = output,
                Shard = null, // the merged set is the whole run, not a shard of it
            },
            Git = first.Git with { Dirty = manifests.Any(m => m.Git.Dirty) },
            Machine = first.Machine with { MachineName = machines },
            Devices = devices,
            Suites = suites,
        };
    }

    private static MergeSource Source(ResultSet set)
    {
        RunManifest m = set.Manifest!;
        return new MergeSource(Path.GetFullPath(set.Directory), m.RunId, m.Git.Commit, m.Machine.MachineName,
            m.Options.Shard?.ToString(), m.Suites.Select(s => s.PatternId).ToArray());
    }
}

/// <summary>Result sets that cannot be merged as given.</summary>
public sealed class MergeException(string message) : HarnessException(message);
