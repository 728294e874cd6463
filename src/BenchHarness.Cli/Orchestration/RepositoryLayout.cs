namespace BenchHarness.Cli.Orchestration;

/// <summary>Where the repository's fixed folders are (results/, reports/), found from BenchHarness.sln.</summary>
public static class RepositoryLayout
{
    public const string SolutionFile = "BenchHarness.sln";

    /// <summary>The nearest ancestor of <paramref name="start"/> holding BenchHarness.sln, or null.</summary>
    public static string? FindRoot(string start)
    {
        for (DirectoryInfo? directory = new(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
                return directory.FullName;
        }
        return null;
    }

    /// <summary>
    /// The repository around the current directory, else the one this CLI was built in, else the current directory.
    /// </summary>
    public static string CurrentRoot =>
        FindRoot(Directory.GetCurrentDirectory()) ?? FindRoot(AppContext.BaseDirectory) ?? Directory.GetCurrentDirectory();

    /// <summary>Where result sets go by default: results/ of <see cref="CurrentRoot"/>.</summary>
    public static string ResultsRoot => Path.Combine(CurrentRoot, "results");
}
