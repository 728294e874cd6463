namespace BenchHarness.Results;

/// <summary>
/// Where a path really leads, as the kernel would resolve it: relative to the working directory, every symbolic link
/// followed in turn and each '..' taken after the link before it (text alone gets <c>link/..</c> wrong). The part
/// that does not exist yet is kept as written. This is what decides whether a file lies inside a directory.
/// </summary>
public static class RealPath
{
    private const int MaximumLinks = 40; // Linux's limit (ELOOP)

    private static readonly StringComparison Comparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    public static string Of(string path)
    {
        string full = Path.IsPathRooted(path) ? path : Path.Combine(Directory.GetCurrentDirectory(), path);
        string root = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(Parts(full[root.Length..]).Reverse());
        string current = root;
        int links = 0;
        bool inExistingDirectory = true; // below a missing directory or a file, nothing can be a link
        while (pending.TryPop(out string? part))
        {
            if (part == ".")
                continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? root; // current has no links left in it: its parent is real
                inExistingDirectory = Directory.Exists(current);
                continue;
            }
            string next = Path.Combine(current, part);
            if (inExistingDirectory && new FileInfo(next).LinkTarget is string target)
            {
                if (++links > MaximumLinks)
                    throw new HarnessException($"{path}: too many levels of symbolic links");
                if (Path.IsPathRooted(target))
                    current = Path.GetPathRoot(target)!;
                foreach (string linked in Parts(Path.IsPathRooted(target) ? target[Path.GetPathRoot(target)!.Length..] : target).Reverse())
                    pending.Push(linked);
                continue;
            }
            inExistingDirectory = inExistingDirectory && Directory.Exists(next);
            current = next;
        }
        return current;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="directory"/> or lies below it, both really resolved.</summary>
    public static bool IsWithin(string path, string directory) => IsWithinResolved(Of(path), Of(directory));

    /// <summary><see cref="IsWithin"/> for paths <see cref="Of"/> has resolved already.</summary>
    public static bool IsWithinResolved(string path, string directory)
    {
        string parent = Path.TrimEndingDirectorySeparator(directory);
        string prefix = Path.EndsInDirectorySeparator(parent) ? parent : parent + Path.DirectorySeparatorChar; // a root keeps its separator
        return string.Equals(path, parent, Comparison) || path.StartsWith(prefix, Comparison);
    }

    public static bool SamePath(string a, string b) => string.Equals(a, b, Comparison);

    private static IEnumerable<string> Parts(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
