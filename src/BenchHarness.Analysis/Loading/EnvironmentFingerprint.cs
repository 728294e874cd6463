using BenchHarness.Results;

namespace BenchHarness.Analysis.Loading;

/// <summary>One fact that differs between two environments; null means the fact is not known on that side.</summary>
public sealed record EnvironmentDifference(string Fact, string? Baseline, string? Current)
{
    public override string ToString() => $"{Fact}: {Baseline ?? "(unknown)"} -> {Current ?? "(unknown)"}";
}

/// <summary>
/// The facts of an environment that a fair timing comparison must hold equal (machine, CPU, OS, .NET, engine and
/// backend, native runtime and package versions, threads, devices), as named, ordered strings so that two
/// fingerprints compare fact by fact and new facts need no new code.
/// </summary>
/// <param name="Facts">Fact name to value, e.g. "cpu" -> "Intel(R) Xeon(R) Processor", "package:TorchSharp" -> "0.107.0".</param>
/// <param name="IsPartial">True when built from BenchmarkDotNet's host information (no manifest): engine facts are unknown.</param>
public sealed record EnvironmentFingerprint(IReadOnlyDictionary<string, string> Facts, bool IsPartial)
{
    public static EnvironmentFingerprint FromManifest(RunManifest manifest)
    {
        var facts = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["machine"] = manifest.Machine.MachineName,
            ["cpu"] = manifest.Machine.Cpu,
            ["logical-cores"] = manifest.Machine.LogicalCores.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["os"] = manifest.Machine.OperatingSystem,
            ["dotnet"] = manifest.Machine.DotNetVersion,
            ["engine"] = $"{manifest.Engine.Engine} {manifest.Engine.EngineVersion}",
            ["runtime"] = manifest.Engine.RuntimeVersion,
            ["backend"] = manifest.Engine.Backend,
            ["threads"] = manifest.Options.Threads.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["threads.intra-op"] = manifest.Engine.IntraOpThreads.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["threads.inter-op"] = manifest.Engine.InterOpThreads.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["gpus"] = manifest.Engine.Gpus.Count == 0 ? "none" : string.Join("; ", manifest.Engine.Gpus),
            ["devices"] = string.Join(", ", manifest.Devices.Where(d => d.Used).Select(d => d.Device).Order(StringComparer.Ordinal)),
        };
        foreach ((string package, string version) in manifest.Engine.Packages)
            facts[$"package:{package}"] = version;
        return new EnvironmentFingerprint(facts, IsPartial: false);
    }

    /// <summary>
    /// The facts BenchmarkDotNet's <c>HostEnvironmentInfo</c> gives, under their own names ("bdn:os", "bdn:cpu",
    /// "bdn:runtime", ...): BenchmarkDotNet spells them differently from the manifest, so they only compare with
    /// another BenchmarkDotNet host.
    /// </summary>
    public static EnvironmentFingerprint FromBenchmarkDotNetHost(IReadOnlyDictionary<string, string> hostFacts) =>
        new(new SortedDictionary<string, string>(hostFacts.ToDictionary(f => $"bdn:{f.Key}", f => f.Value), StringComparer.Ordinal),
            IsPartial: true);

    /// <summary>
    /// Every fact whose value differs, in name order so messages are stable; empty when the environments match.
    /// A fact known on one side only is a difference, unless either side is partial (then only shared facts count).
    /// </summary>
    public IReadOnlyList<EnvironmentDifference> DifferencesFrom(EnvironmentFingerprint current) =>
        (IsPartial || current.IsPartial ? Facts.Keys.Intersect(current.Facts.Keys) : Facts.Keys.Union(current.Facts.Keys))
            .Order(StringComparer.Ordinal)
            .Select(fact => new EnvironmentDifference(fact, Facts.GetValueOrDefault(fact), current.Facts.GetValueOrDefault(fact)))
            .Where(d => !string.Equals(d.Baseline, d.Current, StringComparison.Ordinal))
            .ToArray();
}
