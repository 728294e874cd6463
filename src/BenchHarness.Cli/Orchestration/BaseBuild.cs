using BenchHarness.Probes;
using BenchHarness.Text;

namespace BenchHarness.Cli.Orchestration;

/// <summary>
/// The baseline of a one-machine gate, as <c>asv continuous</c> does it: a revision (by default the merge-base with
/// the default branch) checked out in a shared clone (its objects borrowed from this repository, which it leaves
/// untouched) under <c>results/.base/&lt;commit&gt;</c> and its suite host built there with the same TorchSharp
/// backend; kept, so a later gate against the same commit builds nothing.
/// </summary>
public static class BaseBuild
{
    private static readonly TimeSpan GitTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(30);
    private const string HostProject = "benchmarks/BenchHarness.Benchmarks/BenchHarness.Benchmarks.csproj";

    /// <summary>The commit to gate against: <paramref name="requested"/> resolved, or the merge-base of HEAD with the default branch.</summary>
    public static string Resolve(string repository, string? requested)
    {
        if (requested is not null)
            return Git(repository, "rev-parse", "--verify", $"{requested}^{{commit}}")
                   ?? throw new HarnessException($"--base '{requested}' is not a commit of {repository}");
        string branch = DefaultBranch(repository)
            ?? throw new HarnessException($"{repository} has no default branch to gate against (origin/HEAD, main or master); name one with --base");
        return Git(repository, "merge-base", "HEAD", branch)
               ?? throw new HarnessException($"HEAD and {branch} share no history; name the baseline with --base");
    }

    /// <summary>Where baseline builds are kept by default: results/.base of the repository.</summary>
    public static string DefaultBuilds(string repository) => Path.Combine(repository, "results", ".base");

    /// <summary>Builds the suite host of <paramref name="commit"/> (once per commit) and returns it with its source tree.</summary>
    public static (SuiteHost Host, string Tree) Build(string repository, string commit, string torchBackend, string builds, TextWriter console)
    {
        string tree = Path.Combine(Path.GetFullPath(builds), Numbers.Commit(commit));
        if (!File.Exists(Path.Combine(tree, RepositoryLayout.SolutionFile)))
        {
            console.WriteLine($"baseline {Numbers.Commit(commit)}: checking out into {tree}");
            if (Directory.Exists(tree))
                Directory.Delete(tree, recursive: true); // a checkout that an earlier gate left half done
            if (Git(repository, "clone", "--quiet", "--shared", "--no-checkout", repository, tree) is null
                || Git(tree, "checkout", "--quiet", "--detach", commit) is null)
                throw new HarnessException($"cannot check out {Numbers.Commit(commit)} into {tree} (git clone --shared failed); delete that folder and try again");
        }
        if (!File.Exists(Path.Combine(tree, HostProject)))
            throw new HarnessException($"the baseline {Numbers.Commit(commit)} has no {HostProject}: it predates this harness; gate against a stored baseline with 'benchharness compare'");
        console.WriteLine($"baseline {Numbers.Commit(commit)}: building its suite host ({torchBackend} backend)");
        ProcessResult build = ChildProcess.Run(DotNetHost.Path, ["build", Path.Combine(tree, HostProject), "-c", "Release", $"-p:TorchBackend={torchBackend}", "--nologo", "-v", "q"],
            BuildTimeout, tree);
        if (build.ExitCode != 0)
        {
            string last = build.StandardOutput.Split('\n').LastOrDefault(l => l.Contains("error", StringComparison.OrdinalIgnoreCase))?.Trim() ?? "see the build output";
            throw new HarnessException($"the baseline {Numbers.Commit(commit)} does not build ({(build.TimedOut ? "timed out" : $"exit {build.ExitCode}")}): {last}");
        }
        string? host = Directory.EnumerateFiles(Path.Combine(tree, "benchmarks", "BenchHarness.Benchmarks", "bin", "Release"), "BenchHarness.Benchmarks.dll", SearchOption.AllDirectories)
            .OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault();
        return (SuiteHost.At(host ?? throw new HarnessException($"the baseline {Numbers.Commit(commit)} built no suite host")), tree);
    }

    private static string? DefaultBranch(string repository)
    {
        if (Git(repository, "symbolic-ref", "--quiet", "refs/remotes/origin/HEAD") is string remote)
            return remote.Replace("refs/remotes/", "", StringComparison.Ordinal);
        return new[] { "main", "master" }.FirstOrDefault(b => Git(repository, "rev-parse", "--verify", "--quiet", b) is not null);
    }

    private static string? Git(string repository, params string[] arguments)
    {
        ProcessResult? result = ChildProcess.TryRun("git", ["-C", repository, .. arguments], GitTimeout);
        return result is { ExitCode: 0 } ? result.StandardOutput.Trim() : null;
    }
}
