namespace BenchHarness.Planning;

/// <summary>
/// Suites that exist only to test the harness's resilience (one aborts its process, one hangs). They are
/// invisible, and their ids rejected, unless the environment variable <see cref="SwitchVariable"/> is "1":
/// a normal run can never select them, not even through 'all'.
/// </summary>
public static class TestSuites
{
    public const string SwitchVariable = "BENCHHARNESS_ENABLE_TEST_SUITES";

    /// <summary>Aborts its process with SIGABRT, as a TorchScript semantic error does.</summary>
    public const string Abort = "T01";

    /// <summary>Never returns, as a hung kernel does.</summary>
    public const string Hang = "T02";

    public static IReadOnlyList<string> Ids { get; } = [Abort, Hang];

    public static bool Enabled => Environment.GetEnvironmentVariable(SwitchVariable) == "1";

    public static bool IsTestSuite(string id) => Ids.Contains(id, StringComparer.OrdinalIgnoreCase);
}
