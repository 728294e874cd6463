namespace BenchHarness.Gate.Verdicts;

/// <summary>One contract or erosion check on one sweep point of a pair.</summary>
/// <param name="Subject">The pair and sweep point, e.g. "P03 Graph/Cpu Size=256".</param>
/// <param name="Rule">The contract as written, or the erosion rule with its threshold.</param>
/// <param name="Bound">The bound the estimate is held against: K for a contract, 1+t for erosion.</param>
/// <param name="Explanation">Which rule decided, in words, with the numbers.</param>
/// <param name="Estimate">A contract: the current speed-up; erosion: baseline speed-up / current speed-up (above 1 when it shrank).</param>
/// <param name="BaselineSpeedup">The baseline's speed-up, when the baseline measured it.</param>
/// <param name="CurrentSpeedup">The current speed-up.</param>
public sealed record PairCheckVerdict(
    PairCheckKind Kind,
    string Subject,
    CheckOutcome Outcome,
    string Rule,
    double Bound,
    string Explanation,
    Estimate? Estimate,
    double? BaselineSpeedup,
    double? CurrentSpeedup,
    SampleSizes? Samples,
    string? Advice,
    string? Why = null);
