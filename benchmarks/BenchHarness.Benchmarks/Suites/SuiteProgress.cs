using BenchHarness.Planning;

namespace BenchHarness.Benchmarks.Suites;

/// <summary>Progress lines the suite host prints for the orchestrator to relay (see <see cref="SuiteHostProtocol"/>).</summary>
public static class SuiteProgress
{
    public static void Report(string message) => Console.WriteLine(SuiteHostProtocol.ProgressPrefix + message);
}
