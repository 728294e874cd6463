using BenchHarness.Gate.Configuration;
using BenchHarness.Gate.Thresholds;

namespace BenchHarness.Gate.Comparing;

/// <summary>Everything that decides a comparison besides the two result sets.</summary>
/// <param name="Config">The repository's gate config (or the built-in defaults).</param>
/// <param name="ThresholdOverride">--threshold: replaces the config's default threshold; per-pattern and per-benchmark overrides still apply.</param>
/// <param name="CorrectionOverride">--correction: replaces the config's correction.</param>
/// <param name="Reproduce">The command line that produced this comparison, quoted in the outputs.</param>
public sealed record GateSettings(
    GateConfig Config,
    Threshold? ThresholdOverride = null,
    Correction? CorrectionOverride = null,
    bool FailOnInconclusive = false,
    bool AllowEnvironmentMismatch = false,
    string? Reproduce = null)
{
    public Correction Correction => CorrectionOverride ?? Config.Correction;

    public GateConfig EffectiveConfig => ThresholdOverride is null ? Config : Config with { Threshold = ThresholdOverride, ThresholdOrigin = "--threshold" };
}
