using System.Globalization;
using BenchHarness.Analysis.Statistics;
using BenchHarness.Gate.Thresholds;
using BenchHarness.Text;

namespace BenchHarness.Gate.Verdicts;

/// <summary>What a rule decided, which rule (with its numbers), and what would decide an inconclusive case.</summary>
public sealed record Decision<T>(T Verdict, string Rule, string? Advice) where T : struct, Enum;

/// <summary>
/// The gate's decision rules (docs/gate.md, "Decision rule"), as pure functions of a ratio, its corrected p-value and
/// its power. Every rule states the numbers it used, so each verdict explains itself. The interval a rule reads is the
/// ratio's own (at 1 - alpha) and the p-value comes from the same t statistic, so the two never disagree.
/// </summary>
/// <param name="Alpha">The run's false-alarm level, applied to corrected p-values.</param>
/// <param name="CorrectionName">"holm" or "benjamini-hochberg", quoted in the rules.</param>
/// <param name="MinimumProcesses">Fewest processes per side for any verdict other than inconclusive.</param>
/// <param name="FamilySize">How many tests the correction covers: the power a rule quotes is at alpha / FamilySize, the
/// level the correction's first step applies, so "detects t" means detects it after the correction.</param>
public sealed record DecisionRules(double Alpha, string CorrectionName, int MinimumProcesses, int FamilySize = 1)
{
    /// <summary>The per-test level at which power is assessed: the corrected family's strictest step.</summary>
    public double PowerAlpha => Alpha / Math.Max(1, FamilySize);

    /// <summary>Whether a test can reach a verdict at all (enough processes): only those enter the corrected family.</summary>
    public bool Eligible(RatioEstimate ratio) => TooFewProcesses(ratio) is null;

    /// <summary>
    /// A benchmark: current/baseline ratio r with its interval [L, U], against the threshold band [1/(1+t), 1+t]. Slower
    /// when r is significantly above 1 after the correction and U reaches 1+t (a regression of t is not ruled out);
    /// faster likewise below; same when [L, U] lies inside the band and a change of t would have been detected.
    /// </summary>
    public Decision<ChangeVerdict> Benchmark(RatioEstimate ratio, double adjustedP, double threshold)
    {
        if (TooFewProcesses(ratio) is { } few)
            return new(ChangeVerdict.Inconclusive, few.Rule, few.Advice);

        double upper = 1 + threshold, lower = 1 / upper;
        string band = $"band {Numbers.Interval(lower, upper)} (threshold {Numbers.Percent(threshold)})";
        string test = Test(adjustedP);
        bool significant = adjustedP < Alpha;
        if (significant && ratio.Estimate > 1 && ratio.Interval.Upper >= upper)
            return new(ChangeVerdict.Slower, $"{test} < {AlphaText} (slower by {Numbers.Change(ratio.Estimate)}) and {Interval(ratio)} reaches {Numbers.Ratio(upper)} (threshold {Numbers.Percent(threshold)})", null);
        if (significant && ratio.Estimate < 1 && ratio.Interval.Lower <= lower)
            return new(ChangeVerdict.Faster, $"{test} < {AlphaText} (faster by {Numbers.Change(ratio.Estimate)}) and {Interval(ratio)} reaches {Numbers.Ratio(lower)} (threshold {Numbers.Percent(threshold)})", null);

        PowerAssessment power = PowerToDetect(ratio, upper);
        if (ratio.Interval.Lower >= lower && ratio.Interval.Upper <= upper && power.CanDetect)
            return new(ChangeVerdict.Same, $"{Interval(ratio)} lies within the {band}: any change is smaller than the threshold", null);

        string why = !power.CanDetect
            ? $"too few samples to detect {Numbers.Percent(threshold)} after the {CorrectionName} correction: the smallest change these samples detect is {Numbers.Percent(power.MinimumDetectableRatio - 1)}"
            : $"{test} >= {AlphaText} and {Interval(ratio)} reaches beyond the {band}";
        return new(ChangeVerdict.Inconclusive, why, Advice(power, ratio));
    }

    /// <summary>A contract: the current speed-up against its minimum K (one-sided test of "speed-up >= K").</summary>
    public Decision<CheckOutcome> Contract(RatioEstimate speedup, double adjustedP, double minimum)
    {
        if (TooFewProcesses(speedup) is { } few)
            return new(CheckOutcome.Inconclusive, few.Rule, few.Advice);
        string k = Numbers.Ratio(minimum);
        if (speedup.Interval.Lower >= minimum)
            return new(CheckOutcome.Holds, $"{Interval(speedup)} of the speed-up lies at or above {k}", null);
        string test = $"{CorrectionName}-adjusted one-sided p = {Numbers.PValue(adjustedP)}";
        if (adjustedP < Alpha)
            return new(CheckOutcome.Fails, $"speed-up {Numbers.Ratio(speedup.Estimate)} < {k}: {test} < {AlphaText}", null);
        double distance = Math.Exp(Math.Abs(Math.Log(speedup.Estimate / minimum)));
        return new(CheckOutcome.Inconclusive, $"{Interval(speedup)} of the speed-up {Numbers.Ratio(speedup.Estimate)} reaches below {k} ({test})",
            Advice(PowerToDetect(speedup, distance), speedup));
    }

    /// <summary>
    /// Erosion: baseline speed-up / current speed-up (a ratio of ratios, above 1 when the speed-up shrank) against 1+t.
    /// </summary>
    public Decision<CheckOutcome> Erosion(RatioEstimate erosion, double adjustedP, double threshold)
    {
        if (TooFewProcesses(erosion) is { } few)
            return new(CheckOutcome.Inconclusive, few.Rule, few.Advice);
        double bound = 1 + threshold;
        string limit = $"{Numbers.Ratio(bound)} (threshold {Numbers.Percent(threshold)})";
        string change = $"speed-up changed {Numbers.Change(1 / erosion.Estimate)}";
        if (adjustedP < Alpha && erosion.Estimate > 1 && erosion.Interval.Upper >= bound)
            return new(CheckOutcome.Fails, $"{change}: {Test(adjustedP)} < {AlphaText} and {Interval(erosion)} of baseline/current speed-up reaches {limit}", null);
        if (erosion.Interval.Upper <= bound)
            return new(CheckOutcome.Holds, $"{change}; {Interval(erosion)} of baseline/current speed-up lies below {limit}", null);
        return new(CheckOutcome.Inconclusive, $"{change}; {Interval(erosion)} of baseline/current speed-up reaches above {limit} and {Test(adjustedP)}",
            Advice(PowerToDetect(erosion, bound), erosion));
    }

    /// <summary>
    /// <see cref="Power.Assess"/> at <see cref="PowerAlpha"/> for a ratio of at least 1 to detect; an estimate exactly at
    /// its bound (a speed-up equal to its contract's K) leaves a distance of exactly 1, which no sample size detects and
    /// Power.Assess refuses, so the smallest distance above 1 stands in for it.
    /// </summary>
    public PowerAssessment PowerToDetect(RatioEstimate ratio, double target) => Power.Assess(ratio, Math.Max(target, 1 + 1e-9), PowerAlpha);

    private (string Rule, string Advice)? TooFewProcesses(RatioEstimate ratio)
    {
        int fewest = ratio.Sides.Min(s => s.Processes);
        // minimumProcesses 1 (config) lets single-process verdicts through: for calibration, to show what they cost.
        if (fewest >= MinimumProcesses)
            return null;
        return ($"only {fewest} process(es) on a side, fewer than {MinimumProcesses}: the process, not the iteration, is the unit of noise, so between-process variation is unknown",
                $"measure at least {Math.Max(2, MinimumProcesses)} processes per side (the gate profile does)");
    }

    /// <summary>Beyond this many processes per side, more measuring is not the remedy: the machine is.</summary>
    public const int FeasibleProcesses = 100;

    private static string Advice(PowerAssessment power, RatioEstimate ratio)
    {
        string now = $"now {string.Join(" vs ", ratio.Sides.Select(s => s.ToString()))} processes x iterations";
        if (power.IterationsNeeded is { } iterations)
            return $"about {iterations} iterations per process would be needed, and more than one process ({now})";
        // Never advise fewer processes than already failed to decide.
        int needed = Math.Max(power.ProcessesNeeded, ratio.Sides.Min(s => s.Processes) + 1);
        if (needed > FeasibleProcesses)
            return $"more than {FeasibleProcesses} processes per side would be needed ({now}): processes disagree too much " +
                   "(a busy machine, or a bimodal benchmark); measure on a quiet runner, or raise this benchmark's threshold";
        return $"about {needed} processes x {ratio.Sides[0].MinIterationsPerProcess} iterations per side would be needed ({now})";
    }

    private string Test(double adjustedP) => $"{CorrectionName}-adjusted p = {Numbers.PValue(adjustedP)}";

    private string AlphaText => Numbers.PValue(Alpha);

    private static string Interval(RatioEstimate ratio) =>
        $"the {Numbers.Percent(ratio.Interval.ConfidenceLevel)} interval {Numbers.Interval(ratio.Interval.Lower, ratio.Interval.Upper)}";
}
