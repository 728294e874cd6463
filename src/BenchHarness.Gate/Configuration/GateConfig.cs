using BenchHarness.Gate.Contracts;
using BenchHarness.Gate.Thresholds;

namespace BenchHarness.Gate.Configuration;

/// <summary>Which family-wise correction the gate applies to the p-values of one comparison run.</summary>
public enum Correction
{
    /// <summary>Holm's step-down: controls the chance of any false alarm in the run (family-wise error rate).</summary>
    Holm,

    /// <summary>Benjamini-Hochberg: controls the expected share of false alarms among the alarms (false discovery rate).</summary>
    BenjaminiHochberg,
}

/// <summary>
/// <c>benchharness.gate.json</c>: the gate's settings, kept in the repository beside the code they judge.
/// Schema and meaning: docs/gate.md.
/// </summary>
/// <param name="Threshold">Default threshold of every benchmark (and every pair's erosion).</param>
/// <param name="Alpha">False-alarm level of the run, after correction.</param>
/// <param name="MinimumProcesses">Fewest processes per side for any verdict but inconclusive: the process is the unit of noise.</param>
/// <param name="Patterns">Threshold overrides by pattern id ("P03").</param>
/// <param name="Benchmarks">Threshold overrides by benchmark name, with or without its namespace.</param>
/// <param name="Contracts">Speed-ups each pair must keep.</param>
/// <param name="Source">Where the settings came from: a file path, or "built-in defaults".</param>
/// <param name="ThresholdOrigin">How verdicts name the default threshold's origin: "default", or "--threshold" when the option replaced it.</param>
public sealed record GateConfig(
    Threshold Threshold,
    double Alpha,
    Correction Correction,
    int MinimumProcesses,
    IReadOnlyDictionary<string, Threshold> Patterns,
    IReadOnlyDictionary<string, Threshold> Benchmarks,
    IReadOnlyList<PairContract> Contracts,
    string Source,
    string ThresholdOrigin = "default")
{
    public const int CurrentSchemaVersion = 1;
    public const string DefaultFileName = "benchharness.gate.json";

    public static GateConfig Defaults { get; } = new(
        Threshold.Default, Alpha: 0.05, Correction.Holm, MinimumProcesses: 3,
        new Dictionary<string, Threshold>(), new Dictionary<string, Threshold>(), [], "built-in defaults");

    /// <summary>The threshold that applies to one benchmark: its own override, else its pattern's, else the default.</summary>
    public (Threshold Threshold, string Origin) ThresholdFor(string patternId, string fullName, string shortName)
    {
        if (Benchmarks.TryGetValue(fullName, out Threshold? byFullName))
            return (byFullName, $"benchmarks[\"{fullName}\"]");
        if (Benchmarks.TryGetValue(shortName, out Threshold? byShortName))
            return (byShortName, $"benchmarks[\"{shortName}\"]");
        if (Patterns.TryGetValue(patternId, out Threshold? byPattern))
            return (byPattern, $"patterns.{patternId}");
        return (Threshold, ThresholdOrigin);
    }
}
