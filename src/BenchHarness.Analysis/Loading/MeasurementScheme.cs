using BenchHarness.Results;

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

    /// <summary>Whether the measurements read are those with an IterationStage (0.11 and later).</summary>
    public bool IsStaged => !legacy;

    /// <summary>
    /// The scheme of a report's measurements. A report whose measurements have no stage and modes of neither scheme is
    /// refused: read as the current scheme, every benchmark would silently have "failed".
    /// </summary>
    /// <param name="anyStaged">Whether any measurement of the report has an IterationStage.</param>
    /// <param name="unstagedModes">The IterationMode values of the measurements without one.</param>
    public static MeasurementScheme Detect(string path, bool anyStaged, IReadOnlySet<string> unstagedModes, string? version)
    {
        if (anyStaged || unstagedModes.Count == 0)
            return Staged;
        string writer = version is null ? "BenchmarkDotNet of unknown version" : $"BenchmarkDotNet {version}";
        if (unstagedModes.Overlaps(LegacyModes))
            return new MeasurementScheme(legacy: true,
                note: $"written by {writer} (before 0.11): its MainTarget iterations are read as the workload and IdleTarget as the overhead");
        throw new ResultSetException(path,
            $"has measurements without IterationStage whose IterationMode values ({string.Join(", ", unstagedModes.Order(StringComparer.Ordinal).Take(5))}" +
            $"{(unstagedModes.Count > 5 ? ", ..." : "")}) are of no BenchmarkDotNet format this reader knows (written by {writer})",
            "export the results with BenchmarkDotNet 0.11 or later (JsonExporter.Full)");
    }
}
