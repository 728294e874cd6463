using BenchHarness.Identity;
using BenchHarness.Results;

namespace BenchHarness.Analysis.Loading;

/// <summary>
/// Gives every benchmark of a result set its key (the full name, plus the job when several jobs measured that full
/// name, as BenchmarkDotNet keys them) and refuses a set in which two benchmarks would still be one: the same key
/// twice, or two keys that are one point of the naming convention and so one identity to pairs and the gate.
/// </summary>
internal static class BenchmarkKeys
{
    public const string JobParameter = "Job";

    private const string DuplicateRemedy = "a result set holds each benchmark once: remove the duplicate file or run again into a fresh directory";

    public static (BenchmarkSamples[] Benchmarks, string[] Failed) Assign(IReadOnlyList<BenchmarkDotNetReport> reports, List<string> notes)
    {
        HashSet<string> byJob = MeasuredByJobs(reports);
        BenchmarkSamples[] benchmarks = reports.SelectMany(r => r.Benchmarks)
            .Select(b => byJob.Contains(b.FullName) ? Keyed(b) : b)
            .ToArray();
        string[] failed = reports.SelectMany(r => r.Failed)
            .Select(f => byJob.Contains(f.FullName) ? FullNameSyntax.WithParameter(f.FullName, JobParameter, f.Job!) : f.FullName)
            .ToArray();
        if (byJob.Count > 0)
            notes.Add($"{byJob.Count} full name(s) were measured by several jobs: their benchmarks carry the job as a last parameter ({JobParameter}: ...)");

        RefuseDuplicateNames(benchmarks);
        RefuseSharedIdentities(benchmarks);
        return (benchmarks, failed);
    }

    // Full names that appear more than once, each time with a job and never with the same job twice.
    private static HashSet<string> MeasuredByJobs(IReadOnlyList<BenchmarkDotNetReport> reports) =>
        reports.SelectMany(r => r.Benchmarks.Select(b => (b.FullName, b.Job)).Concat(r.Failed.Select(f => (f.FullName, f.Job))))
            .GroupBy(e => e.FullName, StringComparer.Ordinal)
            .Where(g => g.Count() > 1 && g.All(e => e.Job is not null) && g.Select(e => e.Job).Distinct(StringComparer.Ordinal).Count() == g.Count())
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);

    private static BenchmarkSamples Keyed(BenchmarkSamples benchmark)
    {
        string key = FullNameSyntax.WithParameter(benchmark.FullName, JobParameter, benchmark.Job!);
        return benchmark with { FullName = key, Identity = BenchmarkIdentity.TryParse(key, out BenchmarkIdentity identity) ? identity : null };
    }

    private static void RefuseDuplicateNames(IEnumerable<BenchmarkSamples> benchmarks)
    {
        var seen = new Dictionary<string, BenchmarkSamples>(StringComparer.Ordinal);
        foreach (BenchmarkSamples benchmark in benchmarks)
        {
            if (!seen.TryAdd(benchmark.FullName, benchmark))
            {
                BenchmarkSamples first = seen[benchmark.FullName];
                throw new ResultSetException(benchmark.SourceFile,
                    first.SourceFile == benchmark.SourceFile
                        ? $"holds benchmark '{benchmark.FullName}' twice{SameJob(first, benchmark)}"
                        : $"holds benchmark '{benchmark.FullName}', which {Path.GetFileName(first.SourceFile)} holds too{SameJob(first, benchmark)}",
                    DuplicateRemedy);
            }
        }
    }

    private static string SameJob(BenchmarkSamples first, BenchmarkSamples second) =>
        first.Job is not null && first.Job == second.Job ? $" (job {first.Job} both times)" : "";

    private static void RefuseSharedIdentities(IEnumerable<BenchmarkSamples> benchmarks)
    {
        var seen = new Dictionary<string, BenchmarkSamples>(StringComparer.Ordinal);
        foreach (BenchmarkSamples benchmark in benchmarks.Where(b => b.Identity is not null))
        {
            string point = benchmark.Identity!.CanonicalName;
            if (!seen.TryAdd(point, benchmark))
            {
                BenchmarkSamples first = seen[point];
                string where = first.SourceFile == benchmark.SourceFile ? "" : $" (in {Path.GetFileName(first.SourceFile)})";
                throw new ResultSetException(benchmark.SourceFile,
                    $"benchmarks '{first.FullName}'{where} and '{benchmark.FullName}' are one point of the naming convention ({point}), " +
                    "so pairs and the gate cannot tell them apart",
                    "give each suite its own pattern id, or load these results as separate result sets");
            }
        }
    }
}
