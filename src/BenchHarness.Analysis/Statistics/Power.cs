namespace BenchHarness.Analysis.Statistics;

/// <summary>
/// Whether a comparison could have detected a given relative change, and how many processes (or iterations, for a
/// single-process comparison) it would take.
/// </summary>
/// <param name="MinimumDetectableRatio">The smallest ratio (above 1) detectable at the interval's level with the
/// requested power, from the interval's log half-width: exp(SE (z_{1-alpha/2} + z_{power})).</param>
/// <param name="Threshold">The ratio the caller wants to detect, e.g. 1.05 for 5%.</param>
/// <param name="ProcessesNeeded">Processes per side to detect the threshold, assuming SE scales as 1/sqrt(processes).</param>
/// <param name="IterationsNeeded">For <see cref="ResamplingLevel.IterationsOnly"/>: iterations per process to detect
/// it, assuming SE scales as 1/sqrt(iterations) (optimistic: process noise is unknown); null otherwise.</param>
public sealed record PowerAssessment(
    double MinimumDetectableRatio,
    double Threshold,
    int ProcessesNeeded,
    int? IterationsNeeded)
{
    public bool CanDetect => MinimumDetectableRatio <= Threshold;
}

public static class Power
{
    /// <summary>Assesses <paramref name="estimate"/> against a relative <paramref name="threshold"/> (a ratio above 1, e.g. 1.05).</summary>
    public static PowerAssessment Assess(RatioEstimate estimate, double threshold, double power = 0.8) =>
        throw new NotImplementedException();

    /// <summary>Standard normal quantile (Acklam's rational approximation, relative error below 1.2e-9).</summary>
    public static double NormalQuantile(double probability) => throw new NotImplementedException();
}
