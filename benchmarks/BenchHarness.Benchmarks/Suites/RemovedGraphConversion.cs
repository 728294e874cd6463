using BenchHarness.Planning;

namespace BenchHarness.Benchmarks.Suites;

/// <summary>
/// P13's demonstration, planted from outside: the graph conversion of a pair's fix deleted to debug and never restored,
/// so the fix's graph-mode member runs its eager code. Only with the test switch (<see cref="TestSuites.Enabled"/>) and
/// <see cref="Variable"/> naming the pattern (<c>P01</c>); a normal run can never plant it.
/// </summary>
public static class RemovedGraphConversion
{
    public const string Variable = "BENCHHARNESS_TEST_REMOVE_GRAPH_CONVERSION";

    public static bool IsPlantedIn(string patternId) =>
        TestSuites.Enabled && string.Equals(Environment.GetEnvironmentVariable(Variable), patternId, StringComparison.OrdinalIgnoreCase);
}
