using BenchHarness.Results;
using BenchHarness.Analysis.Loading;

namespace BenchHarness.Analysis.Merging;

/// <summary>
/// Copies the files of the result sets being merged into the directory being built: each file once (two sources
/// with the same file are refused), never outside that directory, and never through a symbolic link found in the
/// layout folders (bdn/, requests/): those are skipped and listed, so a link loop cannot copy without end.
/// </summary>
internal sealed class MergeCopy(string target)
{
    private static readonly EnumerationOptions EveryEntry = new() { AttributesToSkip = 0 };
    private readonly string target = Path.GetFullPath(target);
    private readonly Dictionary<string, string> owners = new(StringComparer.Ordinal);
    private readonly List<SkippedLink> skipped = [];

    public IReadOnlyList<SkippedLink> SkippedLinks => skipped;

    public void Files(ResultSet set)
    {
        foreach (SuiteOutcome suite in set.Suites)
        {
            // The files the manifest names were checked, links resolved, to lie inside the set: their content is copied.
            foreach (string? named in new[] { suite.ResultsFile, suite.LogFile })
            {
                if (named is not null && File.Exists(Path.Combine(set.Directory, named)))
                    CopyFile(set, named);
            }
            // What only the layout names is copied as found.
            Copy(set, ResultSetLayout.RequestFileOf(suite.PatternId));
            Copy(set, ResultSetLayout.LaunchesOf(suite.Suite));
        }
    }

    private void Copy(ResultSet set, string relative)
    {
        var entry = new FileInfo(Path.Combine(set.Directory, relative));
        if (entry.LinkTarget is not null)
            skipped.Add(new SkippedLink(set.Directory, relative));
        else if (entry.Exists)
            CopyFile(set, relative);
        else if (Directory.Exists(entry.FullName))
        {
            foreach (FileSystemInfo child in new DirectoryInfo(entry.FullName).EnumerateFileSystemInfos("*", EveryEntry))
                Copy(set, Path.Combine(relative, child.Name));
        }
    }

    private void CopyFile(ResultSet set, string relative)
    {
        string to = Path.GetFullPath(Path.Combine(target, relative));
        string key = Path.GetRelativePath(target, to);
        if (!RealPath.IsWithinResolved(to, target) || Path.IsPathRooted(relative))
            throw new MergeException($"{set.Directory}: {relative} would be written outside --out");
        if (owners.TryGetValue(key, out string? owner))
            throw new MergeException($"{key} is in both {owner} and {set.Directory}; shards must not overlap");
        owners.Add(key, set.Directory);
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(Path.Combine(set.Directory, relative), to, overwrite: false);
    }
}
