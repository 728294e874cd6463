namespace BenchHarness.Gate.Verdicts;

public enum PairCheckKind
{
    /// <summary>"Fix at least K times faster than Anti": checked on the current result set.</summary>
    Contract,

    /// <summary>The pair's speed-up fell by more than the threshold between baseline and current (a ratio of ratios).</summary>
    Erosion,
}
