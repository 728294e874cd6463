using BenchHarness.Gate.Statistics;
using BenchHarness.Gate.Thresholds;

namespace BenchHarness.Gate.Verdicts;

/// <summary>What a rule decided, which rule, and what would decide an inconclusive case.</summary>
public sealed record Decision<T>(T Verdict, string Rule, string? Advice) where T : struct, Enum;

/// <summary>
/// The gate's decision rules (docs/gate.md, "Decision rule"), as pure functions of an estimate, its interval and the
/// corrected p-value. Every rule states the numbers it used, so each verdict explains itself.
/// </summary>
/// <param name="Alpha">The run's false-alarm level, applied to corrected p-values.</param>
/// <param name="CorrectionName">"holm" or "benjamini-hochberg", quoted in the rules.</param>
/// <param name="MinimumProcesses">Fewest processes per side for any verdict other than inconclusive.</param>
public sealed record DecisionRules(double Alpha, string CorrectionName, int MinimumProcesses)
{
    /// <summary>A benchmark: current/baseline ratio against the threshold band [1/(1+t), 1+t].</summary>
    public Decision<ChangeVerdict> Benchmark(Estimate estimate, double standardError, double threshold, SampleSizes samples)
    {
        if (TooFewProcesses(samples) is { } few)
            return new(ChangeVerdict.Inconclusive, few.Rule, few.Advice);

        double upper = 1 + threshold, lower = 1 / upper;
        string band = $"band [{TimeText.Ratio(lower)}, {TimeText.Ratio(upper)}] (threshold {TimeText.Percent(threshold)})";
        string test = $"{CorrectionName}-adjusted p = {P(estimate.AdjustedPValue)}";
        bool significant = estimate.AdjustedPValue < Alpha;
        if (significant && estimate.Ratio >= upper)
            return new(ChangeVerdict.Slower, $"{test} < {AlphaText} and ratio {TimeText.Ratio(estimate.Ratio)} >= {TimeText.Ratio(upper)} (threshold {TimeText.Percent(threshold)})", null);
        if (significant && estimate.Ratio <= lower)
            return new(ChangeVerdict.Faster, $"{test} < {AlphaText} and ratio {TimeText.Ratio(estimate.Ratio)} <= {TimeText.Ratio(lower)} (threshold {TimeText.Percent(threshold)})", null);

        string interval = Interval(estimate);
        string? powerAdvice = PowerAdvice(estimate, standardError, Math.Log(upper), samples);
        bool powered = estimate.MinimumDetectableEffect <= threshold;
        if (estimate.Lower >= lower && estimate.Upper <= upper && powered)
            return new(ChangeVerdict.Same, $"{interval} lies within the {band}: equivalent", null);

        string why = !powered
            ? $"too few samples to detect {TimeText.Percent(threshold)}: the smallest change these samples detect is {TimeText.Percent(estimate.MinimumDetectableEffect)}"
            : significant
                ? $"{test} < {AlphaText} but the change {TimeText.Change(estimate.Ratio)} is within the threshold and {interval} reaches beyond the {band}"
                : $"{test} >= {AlphaText} and {interval} reaches beyond the {band}";
        return new(ChangeVerdict.Inconclusive, why, powerAdvice);
    }

    /// <summary>A contract: the current speed-up against its minimum K (one-sided test of "speed-up >= K").</summary>
    public Decision<CheckOutcome> Contract(Estimate speedup, double standardError, double minimum, SampleSizes samples)
    {
        if (TooFewProcesses(samples) is { } few)
            return new(CheckOutcome.Inconclusive, few.Rule, few.Advice);
        string k = TimeText.Ratio(minimum) + "x";
        if (speedup.Lower >= minimum)
            return new(CheckOutcome.Holds, $"{Interval(speedup)} of the speed-up lies at or above {k}", null);
        string test = $"{CorrectionName}-adjusted one-sided p = {P(speedup.AdjustedPValue)}";
        if (speedup.AdjustedPValue < Alpha)
            return new(CheckOutcome.Fails, $"speed-up {TimeText.Ratio(speedup.Ratio)}x < {k}: {test} < {AlphaText}", null);
        return new(CheckOutcome.Inconclusive, $"{Interval(speedup)} of the speed-up {TimeText.Ratio(speedup.Ratio)}x contains {k} ({test})",
            PowerAdvice(speedup, standardError, Math.Abs(Math.Log(speedup.Ratio / minimum)), samples));
    }

    /// <summary>Erosion: current speed-up / baseline speed-up against 1/(1+t) (a ratio of ratios).</summary>
    public Decision<CheckOutcome> Erosion(Estimate ratioOfSpeedups, double standardError, double threshold, SampleSizes samples)
    {
        if (TooFewProcesses(samples) is { } few)
            return new(CheckOutcome.Inconclusive, few.Rule, few.Advice);
        double bound = 1 / (1 + threshold);
        string test = $"{CorrectionName}-adjusted p = {P(ratioOfSpeedups.AdjustedPValue)}";
        string change = $"speed-up changed {TimeText.Change(ratioOfSpeedups.Ratio)}";
        if (ratioOfSpeedups.AdjustedPValue < Alpha && ratioOfSpeedups.Ratio <= bound)
            return new(CheckOutcome.Fails, $"{change}: {test} < {AlphaText} and ratio of speed-ups {TimeText.Ratio(ratioOfSpeedups.Ratio)} <= {TimeText.Ratio(bound)} (threshold {TimeText.Percent(threshold)})", null);
        if (ratioOfSpeedups.Lower >= bound)
            return new(CheckOutcome.Holds, $"{change}; {Interval(ratioOfSpeedups)} of the ratio of speed-ups lies above {TimeText.Ratio(bound)} (threshold {TimeText.Percent(threshold)})", null);
        return new(CheckOutcome.Inconclusive,
            $"{change}; {Interval(ratioOfSpeedups)} of the ratio of speed-ups reaches below {TimeText.Ratio(bound)} (threshold {TimeText.Percent(threshold)}) and {test}",
            PowerAdvice(ratioOfSpeedups, standardError, Math.Log(1 + threshold), samples));
    }

    private (string Rule, string Advice)? TooFewProcesses(SampleSizes samples) =>
        samples.FewestProcesses >= MinimumProcesses
            ? null
            : ($"only {samples.FewestProcesses} process(es) on one side, fewer than {MinimumProcesses}: the process, not the iteration, is the unit of noise, so between-process variation cannot be estimated",
               $"measure at least {MinimumProcesses} processes per side (the gate profile runs 3: run --profile gate)");

    private string? PowerAdvice(Estimate estimate, double standardError, double logDistance, SampleSizes samples)
    {
        int processes = samples.FewestProcesses;
        int? needed = LogScaleInference.ProcessesNeeded(processes, standardError, logDistance, Alpha);
        if (needed is null)
            return "no feasible sample size decides this: the estimate sits on the bound";
        int iterationsPerProcess = Math.Max(1, samples.CurrentIterations / Math.Max(1, samples.CurrentProcesses));
        return $"about {needed} processes x {iterationsPerProcess} iterations per side would decide it (now {samples}; " +
               $"smallest detectable change now {TimeText.Percent(estimate.MinimumDetectableEffect)})";
    }

    private string AlphaText => Alpha.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Interval(Estimate estimate) =>
        $"the {estimate.ConfidenceLevel * 100:0}% interval [{TimeText.Ratio(estimate.Lower)}, {TimeText.Ratio(estimate.Upper)}]";

    private static string P(double p) => p < 0.0001 ? p.ToString("0.0e0", System.Globalization.CultureInfo.InvariantCulture) : p.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);
}
