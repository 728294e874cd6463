using System.Security.Cryptography;
using BenchHarness.Results;

namespace BenchHarness.Cli.Orchestration;

/// <summary>
/// One result set's directory, held for one run: new and empty for <c>run</c>, existing for <c>run --resume</c>.
/// An existing result set is never written into by a new run, and two runs never write into one directory:
/// the holder keeps an exclusive lock on <c>.lock</c> inside it until it is disposed.
/// </summary>
public sealed class RunDirectory : IDisposable
{
    private const string LockFile = ".lock";
    private const int ClaimAttempts = 5;
    private readonly FileStream claim;

    private RunDirectory(string runId, string path, FileStream claim)
    {
        RunId = runId;
        Path = path;
        this.claim = claim;
    }

    public string RunId { get; }

    public string Path { get; }

    public string LogsPath => System.IO.Path.Combine(Path, "logs");

    public string RequestsPath => System.IO.Path.Combine(Path, "requests");

    /// <summary>
    /// Creates and claims <paramref name="requested"/>, or <c>&lt;resultsRoot&gt;/&lt;run-id&gt;</c> when none is given.
    /// The run id is the UTC start time plus random hex; the claim (creating the lock file, which fails when it
    /// exists) is what guarantees that two runs started at the same moment never share a directory.
    /// </summary>
    public static RunDirectory Create(string? requested, string resultsRoot, DateTimeOffset startedUtc)
    {
        for (int attempt = 1; ; attempt++)
        {
            string runId = $"{startedUtc:yyyyMMdd-HHmmss}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}";
            string path = System.IO.Path.GetFullPath(requested ?? System.IO.Path.Combine(resultsRoot, runId));
            if (File.Exists(path))
                throw new HarnessException($"--out {path} is a file; give a directory that does not exist yet");
            Directory.CreateDirectory(path);
            FileStream? claim = Directory.EnumerateFileSystemEntries(path).Any() ? null : TryClaim(path, FileMode.CreateNew);
            if (claim is not null)
            {
                var created = new RunDirectory(requested is null ? runId : new DirectoryInfo(path).Name, path, claim);
                created.PrepareLayout();
                return created;
            }
            if (requested is not null || attempt == ClaimAttempts)
                throw new HarnessException(
                    $"{path} already holds results; a run never writes into an existing result set (choose another --out" +
                    (File.Exists(ManifestFile.PathIn(path)) ? $", or complete it with '{ManifestFile.ResumeCommand(path)}')" : ")"));
        }
    }

    /// <summary>
    /// Claims an existing result set to complete it; refuses one another run is writing. Creates nothing but the lock
    /// (gone when disposed): <see cref="PrepareLayout"/> once the resume is sure to run.
    /// </summary>
    public static RunDirectory Open(string path)
    {
        string full = System.IO.Path.GetFullPath(path);
        FileStream claim = TryClaim(full, FileMode.OpenOrCreate)
            ?? throw new HarnessException($"{full} is being written by another benchharness run; wait for it to end");
        return new RunDirectory(new DirectoryInfo(full).Name, full, claim);
    }

    /// <summary>Creates the folders suites write into (logs/, requests/).</summary>
    public void PrepareLayout()
    {
        Directory.CreateDirectory(LogsPath);
        Directory.CreateDirectory(RequestsPath);
    }

    /// <summary>
    /// Moves files of an earlier attempt (paths relative to the run directory) to <c>superseded/&lt;stamp&gt;/</c>,
    /// so a rerun neither overwrites nor loses them.
    /// </summary>
    public void Supersede(IEnumerable<string> relativePaths, DateTimeOffset now)
    {
        string target = System.IO.Path.Combine(Path, "superseded", $"{now:yyyyMMdd-HHmmss}");
        foreach (string relative in relativePaths)
        {
            string source = System.IO.Path.Combine(Path, relative);
            if (!File.Exists(source))
                continue;
            string destination = System.IO.Path.Combine(target, relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            File.Move(source, destination, overwrite: true);
        }
    }

    /// <summary>Deletes temporary files a killed writer left half-written (never a result: results are renamed into place).</summary>
    public void RemoveStaleTemporaries()
    {
        foreach (string folder in new[] { Path, RequestsPath })
        foreach (string temporary in Directory.EnumerateFiles(folder, "*" + ResultJson.TemporarySuffix))
            File.Delete(temporary);
    }

    public void Dispose() => claim.Dispose();

    private static FileStream? TryClaim(string directory, FileMode mode)
    {
        try
        {
            // FileShare.None takes an exclusive advisory lock (flock on Unix); the kernel drops it when the
            // process dies, even by SIGKILL, so a stale lock file never blocks a resume.
            return new FileStream(System.IO.Path.Combine(directory, LockFile), mode, FileAccess.ReadWrite, FileShare.None,
                bufferSize: 1, FileOptions.DeleteOnClose);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
