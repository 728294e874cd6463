using System.Reflection;

namespace BenchHarness.Benchmarks.Engines.Torch;

/// <summary>Facts the build baked into this assembly (see BenchHarness.Benchmarks.csproj).</summary>
public static class BuildFacts
{
    public static string TorchBackend => Metadata("TorchBackend");

    public static string RuntimeIdentifier => Metadata("RuntimeIdentifier");

    private static string Metadata(string key) =>
        typeof(BuildFacts).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"assembly metadata '{key}' missing: rebuild the suite host");
}
