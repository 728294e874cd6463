namespace BenchHarness.Gate.Verdicts;

/// <summary>One benchmark's verdict, with everything needed to check it by hand.</summary>
/// <param name="Name">Type.Method(parameters), without the namespace.</param>
/// <param name="Rule">Which rule decided, in words, with the numbers.</param>
/// <param name="Threshold">The threshold as written ("5%|0.5ms").</param>
/// <param name="ThresholdOrigin">Where it came from: default, patterns.P03, benchmarks["..."], --threshold.</param>
/// <param name="ThresholdFraction">The threshold as a fraction of this benchmark's baseline (the larger part when both).</param>
/// <param name="Advice">For inconclusive verdicts: what would decide it (more processes, a quieter machine).</param>
public sealed record BenchmarkVerdict(
    string Name,
    string FullName,
    string PatternId,
    ChangeVerdict Verdict,
    string Rule,
    string Threshold,
    string ThresholdOrigin,
    double ThresholdFraction,
    double BaselineTimeNs,
    double CurrentTimeNs,
    Estimate Estimate,
    SampleSizes Samples,
    string? Advice);
