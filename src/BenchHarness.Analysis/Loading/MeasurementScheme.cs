using System.Text.Json;

namespace BenchHarness.Analysis.Loading;

/// <summary>What a measurement of a BenchmarkDotNet report is to the reader.</summary>
internal enum MeasurementKind
{
    /// <summary>Pilot, warm-up, jitting or result iterations: not read.</summary>
    Other,

    /// <summary>A measured iteration of the benchmark, overhead included.</summary>
    Workload,

    /// <summary>A measured iteration of the empty method: the overhead to subtract.</summary>
    Overhead,
}

/// <summary>
/// How a report names the measurements the reader keeps. BenchmarkDotNet 0.11 and later write an <c>IterationMode</c>
/// and an <c>IterationStage</c> (Workload/Actual, Overhead/Actual); before 0.11 there was no stage, and the same
/// iterations were the modes <c>MainTarget</c> and <c>IdleTarget</c>.
/// </summary>
internal sealed class MeasurementScheme
{
    /// <summary>The <c>HostEnvironmentInfo</c> fact that holds BenchmarkDotNet's version.</summary>
    public const string VersionFact = "BenchmarkDotNetVersion";

    // Modes only BenchmarkDotNet before 0.11 wrote (0.11 renamed them Overhead/Workload and moved the rest into stages).
    private static readonly HashSet<string> LegacyModes =
        new(["MainTarget", "IdleTarget", "MainWarmup", "IdleWarmup", "MainJitting", "IdleJitting"], StringComparer.Ordinal);

    private static readonly MeasurementScheme Staged = new(legacy: false, note: null);

    private readonly bool legacy;

    private MeasurementScheme(bool legacy, string? note)
    {
        this.legacy = legacy;
        Note = note;
    }

    /// <summary>Said on the result set when the file was read in the old scheme; null for the current one.</summary>
    public string? Note { get; }

    /// <summary>The measurements that carry the benchmark's times, as the file names them (for messages).</summary>
    public string WorkloadName => legacy ? "MainTarget" : "Workload/Actual";

    public string NameOf(MeasurementKind kind) => (kind, legacy) switch
    {
        (MeasurementKind.Workload, false) => "Workload",
        (MeasurementKind.Workload, true) => "MainTarget",
        (MeasurementKind.Overhead, false) => "Overhead",
        (MeasurementKind.Overhead, true) => "IdleTarget",
        _ => "other",
    };

    public MeasurementKind KindOf(string? mode, string? stage) => legacy
        ? mode switch
        {
            "MainTarget" => MeasurementKind.Workload,
            "IdleTarget" => MeasurementKind.Overhead,
            _ => MeasurementKind.Other,
        }
        : stage != "Actual"
            ? MeasurementKind.Other
            : mode switch
            {
                "Workload" => MeasurementKind.Workload,
                "Overhead" => MeasurementKind.Overhead,
                _ => MeasurementKind.Other,
            };

    /// <summary>
    /// The scheme of a report's measurements. A report whose measurements have no stage and modes of neither scheme is
    /// refused: read as the current scheme, every benchmark would silently have "failed".
    /// </summary>
    public static MeasurementScheme Detect(string path, JsonElement benchmarks, string? version)
    {
        var modes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (JsonElement benchmark in benchmarks.EnumerateArray())
        {
            if (benchmark.ValueKind != JsonValueKind.Object
                || !benchmark.TryGetProperty("Measurements", out JsonElement measurements) || measurements.ValueKind != JsonValueKind.Array)
                continue;
            foreach (JsonElement measurement in measurements.EnumerateArray())
            {
                if (measurement.ValueKind != JsonValueKind.Object)
                    continue;
                if (measurement.TryGetProperty("IterationStage", out _))
                    return Staged;
                if (measurement.TryGetProperty("IterationMode", out JsonElement mode) && mode.ValueKind == JsonValueKind.String)
                    modes.Add(mode.GetString()!);
            }
        }
        string writer = version is null ? "BenchmarkDotNet of unknown version" : $"BenchmarkDotNet {version}";
        if (modes.Count == 0)
            return Staged;
        if (modes.Overlaps(LegacyModes))
            return new MeasurementScheme(legacy: true,
                note: $"written by {writer} (before 0.11): its MainTarget iterations are read as the workload and IdleTarget as the overhead");
        throw new ResultSetException(path,
            $"has measurements without IterationStage whose IterationMode values ({string.Join(", ", modes.Take(5))}" +
            $"{(modes.Count > 5 ? ", ..." : "")}) are of no BenchmarkDotNet format this reader knows (written by {writer})",
            "export the results with BenchmarkDotNet 0.11 or later (JsonExporter.Full)");
    }
}
