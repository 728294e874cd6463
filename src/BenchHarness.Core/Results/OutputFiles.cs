namespace BenchHarness.Results;

/// <summary>A file a command was asked to write, with the option that named it (every message names both).</summary>
public sealed record OutputFile(string Option, string Path);

/// <summary>Something a command reads, which nothing it writes may touch: a result set (directory or file) or a config file.</summary>
public sealed record InputPath(string Kind, string Path)
{
    /// <summary>A result set as the loader reads it: a directory, its manifest.json (meaning the directory), or one BenchmarkDotNet file.</summary>
    public static InputPath ResultSet(string path) => new("result set",
        File.Exists(path) && string.Equals(System.IO.Path.GetFileName(path), ResultSetLayout.ManifestFileName, StringComparison.Ordinal)
            ? System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!
            : path);
}

/// <summary>
/// The outputs of one command, checked together before anything is computed and written together after everything
/// is rendered: each named once, none on or inside an input (links and '..' resolved), none over an existing file
/// unless the command was given --force, each written atomically. So a refusal writes nothing at all.
/// </summary>
public static class OutputFiles
{
    public const string ForceOption = "--force";

    public static void Check(IReadOnlyList<OutputFile> files, IReadOnlyList<InputPath> inputs, bool force)
    {
        var seen = new Dictionary<string, OutputFile>(StringComparer.Ordinal);
        foreach (OutputFile file in files)
        {
            RefuseEmpty(file.Option, file.Path, "a file");
            string real = RefuseInside(file, inputs);
            if (seen.Keys.FirstOrDefault(other => RealPath.SamePath(other, real)) is string same)
                throw new HarnessException($"{file.Path} is given for both {seen[same].Option} and {file.Option}; give each output its own file");
            seen.Add(real, file);
            if (Directory.Exists(real))
                throw new HarnessException($"{file.Option} {file.Path} is a directory; give a file");
            if (File.Exists(real) && !force)
                throw new HarnessException($"{file.Option} {file.Path} already exists; pass {ForceOption} to replace it");
        }
    }

    /// <summary>Refuses an output on or inside any input; returns its real path.</summary>
    public static string RefuseInside(OutputFile file, IReadOnlyList<InputPath> inputs)
    {
        string real = RealPath.Of(file.Path);
        foreach (InputPath input in inputs)
        {
            string readPath = RealPath.Of(input.Path);
            if (!RealPath.IsWithinResolved(real, readPath))
                continue;
            throw new HarnessException(Directory.Exists(readPath)
                ? $"{file.Option} {file.Path} lies inside the {input.Kind} {input.Path}, which it must not change; write it elsewhere"
                : $"{file.Option} {file.Path} is the {input.Kind} {input.Path}, which it must not change; write it elsewhere");
        }
        return real;
    }

    public static void RefuseEmpty(string option, string? path, string what)
    {
        if (path is not null && string.IsNullOrWhiteSpace(path))
            throw new HarnessException($"{option} is empty; give {what}");
    }

    /// <summary>Writes each output atomically (creating its folder); returns a line per file saying what was written or replaced.</summary>
    public static IReadOnlyList<string> Write(IReadOnlyList<(OutputFile File, string Content)> outputs)
    {
        var written = new List<string>();
        foreach ((OutputFile file, string content) in outputs)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file.Path))!);
            bool replaces = File.Exists(file.Path);
            AtomicFile.WriteAllText(file.Path, content);
            written.Add($"wrote {file.Path}{(replaces ? " (replaced the previous file)" : "")}");
        }
        return written;
    }
}
