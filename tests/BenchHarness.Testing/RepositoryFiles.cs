namespace BenchHarness.Testing;

/// <summary>Files of the checkout the tests were built from (the gate config, sources a test mirrors).</summary>
public static class RepositoryFiles
{
    public static string Root()
    {
        for (string? directory = AppContext.BaseDirectory; directory is not null; directory = Path.GetDirectoryName(directory))
            if (File.Exists(Path.Combine(directory, "BenchHarness.sln")))
                return directory;
        throw new InvalidOperationException("BenchHarness.sln not found above the test output");
    }

    public static string PathOf(params string[] parts) => Path.Combine([Root(), .. parts]);
}
