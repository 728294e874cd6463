using BenchHarness.Results;
using BenchHarness.Planning;

namespace BenchHarness.Benchmarks.Suites;

/// <summary>
/// The test-only suites of <see cref="TestSuites"/>: they fail the way native code can (abort, hang), so the
/// tests can prove that one bad suite costs only itself. Reachable only while the test switch is set.
/// </summary>
public static class MisbehavingSuites
{
    public static IReadOnlyList<SuiteInfo> Describe() => TestSuites.Enabled
        ? [new SuiteInfo(TestSuites.Abort, "T01AbortingSuite", [], false, null), new SuiteInfo(TestSuites.Hang, "T02HangingSuite", [], false, null)]
        : [];

    /// <summary>Never returns: aborts the process, or blocks it forever.</summary>
    public static SuitePlan Run(SuiteRequest request)
    {
        if (!TestSuites.Enabled)
            throw new InvalidOperationException($"{request.PatternId} is a test suite; set {TestSuites.SwitchVariable}=1");
        if (request.PatternId.Equals(TestSuites.Abort, StringComparison.OrdinalIgnoreCase))
        {
            SuiteProgress.Report("T01AbortingSuite: aborting the process, as a TorchScript semantic error does");
            Environment.FailFast("T01AbortingSuite: deliberate abort (test suite)");
        }
        SuiteProgress.Report("T02HangingSuite: hanging, as a stuck kernel does");
        Thread.Sleep(Timeout.Infinite);
        throw new InvalidOperationException("unreachable");
    }
}
