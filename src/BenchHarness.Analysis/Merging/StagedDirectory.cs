namespace BenchHarness.Analysis.Merging;

/// <summary>
/// A directory built beside its final place and renamed into it only when complete, so that a failure part-way
/// leaves nothing at the final path (and, once disposed, nothing beside it either).
/// </summary>
public sealed class StagedDirectory : IDisposable
{
    private readonly string? createdParent;
    private bool committed;

    private StagedDirectory(string target, string path, string? createdParent)
    {
        Target = target;
        Path = path;
        this.createdParent = createdParent;
    }

    /// <summary>The final path, as given.</summary>
    public string Target { get; }

    /// <summary>The directory to build in: a hidden sibling of <see cref="Target"/>, on the same file system.</summary>
    public string Path { get; }

    public static StagedDirectory Begin(string target)
    {
        string full = System.IO.Path.GetFullPath(target);
        string parent = System.IO.Path.GetDirectoryName(System.IO.Path.TrimEndingDirectorySeparator(full))
                        ?? throw new IOException($"{target}: cannot build a directory beside the root");
        string? created = TopmostMissing(parent);
        string path = System.IO.Path.Combine(parent, $".{System.IO.Path.GetFileName(System.IO.Path.TrimEndingDirectorySeparator(full))}.{Environment.ProcessId}-{Guid.NewGuid():N}.partial");
        Directory.CreateDirectory(path);
        return new StagedDirectory(target, path, created);
    }

    /// <summary>Renames the built directory to <see cref="Target"/>, which must not exist or be an empty directory.</summary>
    public void Commit()
    {
        if (Directory.Exists(Target))
            Directory.Delete(Target); // only an empty one: anything else fails here and the staged copy is dropped
        Directory.Move(Path, Target);
        committed = true;
    }

    public void Dispose()
    {
        if (committed)
            return;
        if (Directory.Exists(Path))
            Directory.Delete(Path, recursive: true); // holds only what this process built: no links are ever made in it
        // Folders Begin created for the target, innermost first, while they are empty (another process may use them by now).
        for (string? folder = System.IO.Path.GetDirectoryName(Path);
             createdParent is not null && folder is not null && folder.Length >= createdParent.Length;
             folder = System.IO.Path.GetDirectoryName(folder))
        {
            try
            {
                Directory.Delete(folder);
            }
            catch (IOException)
            {
                break;
            }
        }
    }

    // The highest folder of parent that does not exist yet: what Begin creates and a failure should take away again.
    private static string? TopmostMissing(string parent)
    {
        string? missing = null;
        for (string? folder = parent; folder is not null && !Directory.Exists(folder); folder = System.IO.Path.GetDirectoryName(folder))
            missing = folder;
        return missing;
    }
}
