using BenchHarness.Identity;

namespace BenchHarness.Benchmarks.Suites;

/// <summary>The paired suites this host can run, found by type, keyed by pattern id.</summary>
public static class SuiteCatalog
{
    public static IReadOnlyDictionary<string, Type> All { get; } = typeof(PairSuite).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(PairSuite)) && !t.IsAbstract && t.IsPublic)
        .ToDictionary(PatternIdOf, StringComparer.OrdinalIgnoreCase);

    public static Type? Find(string patternId) => All.GetValueOrDefault(patternId);

    /// <summary>The pattern id a suite type's name starts with (the convention <see cref="BenchmarkIdentity"/> reads).</summary>
    public static string PatternIdOf(Type suite) =>
        BenchmarkIdentity.TryParse($"{suite.Name}.Anti(Device: Cpu, Mode: Eager)", out BenchmarkIdentity identity)
            ? identity.PatternId
            : throw new InvalidOperationException($"suite type {suite.Name} must be named P<nn><PatternName>");
}
