using BenchHarness.Identity;
using BenchHarness.Results;

namespace BenchHarness.Benchmarks.Suites;

/// <summary>What this host can run, found by type and keyed by pattern id: paired suites and semantic probes.</summary>
public static class SuiteCatalog
{
    private static readonly Type[] Types = typeof(PairSuite).Assembly.GetTypes()
        .Where(t => t is { IsPublic: true, IsAbstract: false })
        .ToArray();

    /// <summary>Timed pairs: subclasses of <see cref="PairSuite"/>.</summary>
    public static IReadOnlyDictionary<string, Type> All { get; } = Types
        .Where(t => t.IsSubclassOf(typeof(PairSuite)))
        .ToDictionary(PatternIdOf, StringComparer.OrdinalIgnoreCase);

    /// <summary>Entries shown by a finding instead of a timing.</summary>
    public static IReadOnlyDictionary<string, Type> Probes { get; } = Types
        .Where(t => t.IsAssignableTo(typeof(ISemanticProbe)))
        .ToDictionary(PatternIdOf, StringComparer.OrdinalIgnoreCase);

    public static Type? Find(string patternId) => All.GetValueOrDefault(patternId) ?? Probes.GetValueOrDefault(patternId);

    public static IReadOnlyList<SuiteInfo> Describe() => All.Values.Select(type =>
        {
            var suite = (PairSuite)Activator.CreateInstance(type)!;
            return new SuiteInfo(PatternIdOf(type), type.Name, suite.SizesOn(ComputeDevice.Cpu), suite.MeasuresFirstCall, Finding: null,
                suite.SizesOn(ComputeDevice.Cuda), suite.MeasuresThroughput);
        })
        .Concat(Probes.Values.Select(type =>
            new SuiteInfo(PatternIdOf(type), type.Name, [], false, ((ISemanticProbe)Activator.CreateInstance(type)!).Kind)))
        .Concat(MisbehavingSuites.Describe()) // empty unless the test switch is set
        .OrderBy(s => s.PatternId, StringComparer.Ordinal)
        .ToArray();

    /// <summary>The pattern id a suite type's name starts with (the convention <see cref="BenchmarkIdentity"/> reads).</summary>
    public static string PatternIdOf(Type suite) =>
        BenchmarkIdentity.TryParse($"{suite.Name}.Anti(Device: Cpu, Mode: Eager)", out BenchmarkIdentity identity)
            ? identity.PatternId
            : throw new InvalidOperationException($"suite type {suite.Name} must be named P<nn><PatternName>");
}
