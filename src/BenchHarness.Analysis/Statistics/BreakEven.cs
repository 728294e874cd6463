namespace BenchHarness.Analysis.Statistics;

/// <summary>
/// What one member costs cold and warm.
/// </summary>
/// <param name="FirstCall">Median time of the member's FirstCall benchmark: built from scratch and called
/// <see cref="BreakEven.FirstCallInvocations"/> times, in nanoseconds.</param>
/// <param name="Steady">Median time of one steady-state call, in nanoseconds.</param>
public sealed record ColdWarmCost(double FirstCall, double Steady)
{
    /// <summary>What the first calls cost beyond the same number of steady calls: compile, first profiling runs.</summary>
    public double StartupOverhead => FirstCall - BreakEven.FirstCallInvocations * Steady;

    /// <summary>Total time of a program that makes <paramref name="calls"/> calls (at least <see cref="BreakEven.FirstCallInvocations"/>).</summary>
    public double TotalFor(double calls) => FirstCall + (calls - BreakEven.FirstCallInvocations) * Steady;
}

public enum BreakEvenKind
{
    /// <summary>The member cheaper cold is also no slower warm: the other never catches up.</summary>
    Never,

    /// <summary>The member dearer cold is cheaper warm and overtakes after <see cref="BreakEvenResult.Calls"/> calls.</summary>
    AfterCalls,
}

/// <summary>Which of the two costs given to <see cref="BreakEven.Compute"/>.</summary>
public enum CostSide
{
    A,
    B,
}

/// <param name="CheaperCold">Which member is cheaper for the first calls (A on a tie).</param>
/// <param name="Calls">For <see cref="BreakEvenKind.AfterCalls"/>: the smallest whole number of calls from which
/// the other member's total time is lower; null for <see cref="BreakEvenKind.Never"/>.</param>
public sealed record BreakEvenResult(BreakEvenKind Kind, CostSide CheaperCold, long? Calls)
{
    public CostSide CheaperWarm => Kind == BreakEvenKind.Never ? CheaperCold : CheaperCold == CostSide.A ? CostSide.B : CostSide.A;
}

public static class BreakEven
{
    /// <summary>
    /// How many calls a FirstCall benchmark makes (mirrors <c>PairSuite.FirstCallInvocations</c> in the suite host):
    /// TorchScript's profiling executor profiles the first call, optimises on the second, runs optimised from the third.
    /// </summary>
    public const int FirstCallInvocations = 3;

    /// <summary>
    /// The call count from which member <paramref name="b"/> becomes cheaper in total than <paramref name="a"/> or vice
    /// versa: with T(n) = FirstCall + (n - 3) Steady, the n where the totals cross, rounded up; "never" when the member
    /// cheaper for the first calls is not slower per steady call.
    /// </summary>
    public static BreakEvenResult Compute(ColdWarmCost a, ColdWarmCost b)
    {
        // Only the first call and the steady cost enter, so the totals are lines in n: they cross at most once.
        (ColdWarmCost cold, ColdWarmCost warm, CostSide cheaperCold) = b.FirstCall < a.FirstCall ? (b, a, CostSide.B) : (a, b, CostSide.A);
        if (cold.Steady <= warm.Steady)
            return new BreakEvenResult(BreakEvenKind.Never, cheaperCold, null);
        double crossing = FirstCallInvocations + (warm.FirstCall - cold.FirstCall) / (cold.Steady - warm.Steady);
        // From the first whole call count past the crossing, the member dearer cold has the lower total.
        long calls = (long)Math.Min(Math.Floor(crossing) + 1, long.MaxValue);
        return new BreakEvenResult(BreakEvenKind.AfterCalls, cheaperCold, Math.Max(calls, FirstCallInvocations));
    }
}
