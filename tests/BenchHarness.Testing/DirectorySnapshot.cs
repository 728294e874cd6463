using System.Security.Cryptography;

namespace BenchHarness.Testing;

/// <summary>What a refused command must leave as it was: every entry of a directory, compared before and after.</summary>
public static class DirectorySnapshot
{
    /// <summary>Every entry under <paramref name="directory"/> (links listed, not followed), with a hash of each file's bytes.</summary>
    public static string[] Of(string directory)
    {
        var entries = new List<string>();
        void Walk(DirectoryInfo folder)
        {
            foreach (FileSystemInfo entry in folder.EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0 }))
            {
                string name = Path.GetRelativePath(directory, entry.FullName);
                if (entry.LinkTarget is string target)
                    entries.Add($"{name} -> {target}");
                else if (entry is DirectoryInfo sub)
                {
                    entries.Add($"{name}/");
                    Walk(sub);
                }
                else
                    entries.Add($"{name} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry.FullName)))}");
            }
        }
        if (Directory.Exists(directory))
            Walk(new DirectoryInfo(directory));
        return [.. entries.Order(StringComparer.Ordinal)];
    }
}
