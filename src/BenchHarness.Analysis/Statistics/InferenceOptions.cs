namespace BenchHarness.Analysis.Statistics;

/// <summary>Settings of the ratio inference. The defaults are what the report and the gate use.</summary>
/// <param name="ConfidenceLevel">Of every interval (the gate passes 1 - its alpha).</param>
/// <param name="BorrowVariance">Fit a <see cref="VariancePrior"/> over each family of ratios and moderate every
/// variance with it; false gives each ratio its own (Welch) variance only.</param>
public sealed record InferenceOptions(double ConfidenceLevel = 0.95, bool BorrowVariance = true)
{
    public static InferenceOptions Default { get; } = new();
}
