using System.Security.Cryptography;

namespace BenchHarness.Cli.Running;

/// <summary>A new, empty directory for one result set. An existing result set is never written into.</summary>
public sealed record RunDirectory(string RunId, string Path)
{
    public string LogsPath => System.IO.Path.Combine(Path, "logs");

    public string RequestsPath => System.IO.Path.Combine(Path, "requests");

    /// <summary>
    /// Creates <paramref name="requested"/>, or <c>&lt;resultsRoot&gt;/&lt;run-id&gt;</c> when none is given. The run id
    /// is the UTC start time plus random hex, so two runs started in the same second still differ.
    /// </summary>
    public static RunDirectory Create(string? requested, string resultsRoot, DateTimeOffset startedUtc)
    {
        string runId = $"{startedUtc:yyyyMMdd-HHmmss}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}";
        string path = System.IO.Path.GetFullPath(requested ?? System.IO.Path.Combine(resultsRoot, runId));
        if (File.Exists(path))
            throw new HarnessException($"--out {path} is a file; give a directory that does not exist yet");
        if (Directory.Exists(path) && Directory.EnumerateFileSystemEntries(path).Any())
            throw new HarnessException(
                $"{path} already holds results; a run never writes into an existing result set (choose another --out)");
        Directory.CreateDirectory(path);
        var directory = new RunDirectory(requested is null ? runId : new DirectoryInfo(path).Name, path);
        Directory.CreateDirectory(directory.LogsPath);
        Directory.CreateDirectory(directory.RequestsPath);
        return directory;
    }
}
