using BenchHarness.Identity;
using BenchHarness.Results;
using BenchHarness.Planning;

namespace BenchHarness.Cli.Orchestration;

/// <summary>What <c>run --resume</c> was asked: the result set, and the options the user gave beside it.</summary>
/// <param name="Given">The options as parsed (defaults where not given).</param>
/// <param name="ExplicitOptions">The option names actually on the command line, e.g. "--profile".</param>
public sealed record ResumeRequest(string Directory, RunOptions Given, IReadOnlySet<string> ExplicitOptions);

/// <summary>
/// Whether a result set may be completed as asked, here: a resume runs with the options it recorded, on the
/// machine, engine, threads and code it recorded, or the result set would mix measurements that do not pair.
/// </summary>
public static class ResumeCheck
{
    /// <summary>Options on the command line that differ from the recorded ones, e.g. "--profile smoke (recorded: default)".</summary>
    public static IReadOnlyList<string> OptionConflicts(RunOptions recorded, ResumeRequest request)
    {
        IReadOnlyDictionary<string, string> was = AsCommandLine(recorded);
        IReadOnlyDictionary<string, string> given = AsCommandLine(request.Given);
        return request.ExplicitOptions
            .Where(option => was.ContainsKey(option) && was[option] != given[option])
            .Order(StringComparer.Ordinal)
            .Select(option => $"{option} {given[option]} (recorded: {was[option]})")
            .ToArray();
    }

    /// <summary>
    /// Facts that differ between the recorded environment and this one, e.g. "cpu: A then, B now": the facts
    /// <c>compare</c> holds equal (<see cref="EnvironmentFingerprint"/>), then the code (commit, uncommitted changes).
    /// </summary>
    public static IReadOnlyList<string> EnvironmentDifferences(RunManifest recorded, MachineInfo machine, EngineInfo engine, GitInfo git)
    {
        EnvironmentFingerprint now = EnvironmentFingerprint.Of(machine, engine, recorded.Options.Threads, recorded.Devices);
        (string Fact, object? Then, object? Now)[] code =
        [
            ("git commit", recorded.Git.Commit, git.Commit),
            ("uncommitted changes", recorded.Git.Dirty, git.Dirty),
        ];
        return EnvironmentFingerprint.FromManifest(recorded).DifferencesFrom(now)
            .Select(d => (d.Fact, Then: (object?)d.Baseline, Now: (object?)d.Current))
            .Concat(code.Where(f => !Equals(f.Then, f.Now)))
            .Select(f => $"{f.Fact}: {Show(f.Then)} then, {Show(f.Now)} now")
            .ToArray();
    }

    private static IReadOnlyDictionary<string, string> AsCommandLine(RunOptions options) => new Dictionary<string, string>
    {
        ["--pattern"] = options.AllPatterns ? "all" : string.Join(",", options.Patterns),
        ["--device"] = Lower(options.Devices),
        ["--mode"] = options.Modes.Count == Enum.GetValues<ExecutionMode>().Length ? "all" : string.Join(",", options.Modes.Select(Lower)),
        ["--profile"] = Lower(options.Profile),
        ["--threads"] = options.Threads.ToString(),
        ["--seed"] = options.Seed.ToString(),
        ["--suite-timeout"] = options.SuiteTimeout is TimeSpan timeout ? $"{timeout.TotalSeconds:0.###}s" : "the profile's",
        ["--shard"] = options.Shard?.ToString() ?? "none",
    };

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static string Show(object? value) => value switch
    {
        null => "(unknown)",
        "" => "none",
        bool flag => flag ? "yes" : "no",
        _ => value.ToString()!,
    };
}
