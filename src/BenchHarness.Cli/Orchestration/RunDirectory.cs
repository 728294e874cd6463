using System.Security.Cryptography;
using BenchHarness.Results;

namespace BenchHarness.Cli.Orchestration;

/// <summary>
/// One result set's directory, held for one run: new and empty for <c>run</c>, existing for <c>run --resume</c>.
/// An existing result set is never written into by a new run, and two runs never write into one directory:
/// the holder keeps an exclusive lock on its <see cref="ResultSetLayout.Lock"/> until it is disposed.
/// </summary>
public sealed class RunDirectory : IDisposable
{
    private const int ClaimAttempts = 5;
    private readonly FileStream claim;

    private RunDirectory(string runId, ResultSetLayout layout, FileStream claim)
    {
        RunId = runId;
        Layout = layout;
        this.claim = claim;
    }

    public string RunId { get; }

    /// <summary>The result set's names under its full path.</summary>
    public ResultSetLayout Layout { get; }

    /// <summary>The result set's full path.</summary>
    public string Root => Layout.Root;

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
            string path = Path.GetFullPath(requested ?? Path.Combine(resultsRoot, runId));
            if (File.Exists(path))
                throw new HarnessException($"--out {path} is a file; give a directory that does not exist yet");
            Directory.CreateDirectory(path);
            var layout = new ResultSetLayout(path);
            FileStream? claim = Directory.EnumerateFileSystemEntries(path).Any() ? null : TryClaim(layout, FileMode.CreateNew);
            if (claim is not null)
            {
                var created = new RunDirectory(requested is null ? runId : new DirectoryInfo(path).Name, layout, claim);
                created.PrepareLayout();
                return created;
            }
            if (requested is not null || attempt == ClaimAttempts)
                throw new HarnessException(
                    $"{path} already holds results; a run never writes into an existing result set (choose another --out" +
                    (File.Exists(ResultSetLayout.ManifestIn(path)) ? $", or complete it with '{ManifestFile.ResumeCommand(path)}')" : ")"));
        }
    }

    /// <summary>
    /// Claims an existing result set to complete it; refuses one another run is writing. Creates nothing but the lock
    /// (gone when disposed): <see cref="PrepareLayout"/> once the resume is sure to run.
    /// </summary>
    public static RunDirectory Open(string path)
    {
        var layout = new ResultSetLayout(Path.GetFullPath(path));
        FileStream claim = TryClaim(layout, FileMode.OpenOrCreate)
            ?? throw new HarnessException($"{layout.Root} is being written by another benchharness run; wait for it to end");
        return new RunDirectory(new DirectoryInfo(layout.Root).Name, layout, claim);
    }

    /// <summary>Creates the folders suites write into (logs/, requests/).</summary>
    public void PrepareLayout()
    {
        Directory.CreateDirectory(Layout.Logs);
        Directory.CreateDirectory(Layout.Requests);
    }

    /// <summary>
    /// Moves files of an earlier attempt (paths relative to the run directory) to <see cref="ResultSetLayout.SupersededAt"/>,
    /// so a rerun neither overwrites nor loses them.
    /// </summary>
    public void Supersede(IEnumerable<string> relativePaths, DateTimeOffset now)
    {
        string target = Layout.In(ResultSetLayout.SupersededAt(now));
        foreach (string relative in relativePaths)
        {
            string source = Layout.In(relative);
            if (!File.Exists(source))
                continue;
            string destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Move(source, destination, overwrite: true);
        }
    }

    /// <summary>Deletes temporary files a killed writer left half-written (never a result: results are renamed into place).</summary>
    public void RemoveStaleTemporaries()
    {
        foreach (string folder in new[] { Root, Layout.Requests })
        foreach (string temporary in Directory.EnumerateFiles(folder, "*" + ResultJson.TemporarySuffix))
            File.Delete(temporary);
    }

    public void Dispose() => claim.Dispose();

    private static FileStream? TryClaim(ResultSetLayout layout, FileMode mode)
    {
        try
        {
            // FileShare.None takes an exclusive advisory lock (flock on Unix); the kernel drops it when the
            // process dies, even by SIGKILL, so a stale lock file never blocks a resume.
            return new FileStream(layout.Lock, mode, FileAccess.ReadWrite, FileShare.None,
                bufferSize: 1, FileOptions.DeleteOnClose);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
