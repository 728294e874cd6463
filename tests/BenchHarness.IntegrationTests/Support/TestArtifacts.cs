namespace BenchHarness.IntegrationTests.Support;

/// <summary>
/// Files a test keeps for people to look at (screenshots): under $BENCHHARNESS_TEST_ARTIFACTS when set (CI uploads
/// it), else artifacts/ beside the test assembly. Never inside the repository's tracked files.
/// </summary>
public static class TestArtifacts
{
    public const string Variable = "BENCHHARNESS_TEST_ARTIFACTS";

    public static string PathFor(string fileName)
    {
        string directory = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } chosen
            ? chosen
            : Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, fileName);
    }
}
