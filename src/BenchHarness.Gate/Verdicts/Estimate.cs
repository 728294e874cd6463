namespace BenchHarness.Gate.Verdicts;

/// <summary>A ratio with its interval and tests, as the gate reports it.</summary>
/// <param name="Ratio">Point estimate (current/baseline for a benchmark; a speed-up, or a ratio of speed-ups, for a pair).</param>
/// <param name="Lower">Lower end of the interval.</param>
/// <param name="Upper">Upper end of the interval.</param>
/// <param name="ConfidenceLevel">The interval's level, e.g. 0.95.</param>
/// <param name="PValue">The test's p-value before correction.</param>
/// <param name="AdjustedPValue">After the run's correction (Holm or Benjamini-Hochberg).</param>
/// <param name="MinimumDetectableEffect">The smallest relative change these samples would detect with 80% power.</param>
public sealed record Estimate(
    double Ratio,
    double Lower,
    double Upper,
    double ConfidenceLevel,
    double PValue,
    double AdjustedPValue,
    double MinimumDetectableEffect);
