using BenchHarness.Results;

namespace BenchHarness.Probes;

/// <summary>The commit a result set was measured at; "unknown" outside a git checkout or without git.</summary>
public static class GitProbe
{
    public const string Unknown = "unknown";

    public static GitInfo Read(string directory)
    {
        string? commit = Git(directory, "rev-parse", "HEAD");
        if (commit is null)
            return new GitInfo(Unknown, Unknown, Dirty: false);
        string branch = Git(directory, "rev-parse", "--abbrev-ref", "HEAD") ?? Unknown;
        string? status = Git(directory, "status", "--porcelain", "--untracked-files=no");
        return new GitInfo(commit, branch, Dirty: !string.IsNullOrEmpty(status));
    }

    private static string? Git(string directory, params string[] arguments)
    {
        ProcessResult? result = ChildProcess.TryRun("git", ["-C", directory, .. arguments], TimeSpan.FromSeconds(10));
        return result is { ExitCode: 0 } ? result.StandardOutput.Trim() : null;
    }
}
