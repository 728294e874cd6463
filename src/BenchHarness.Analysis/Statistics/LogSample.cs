namespace BenchHarness.Analysis.Statistics;

/// <summary>
/// One side of a ratio on the log scale: the natural log of each process's fastest iteration, tagged with the round
/// (launch) it was measured in; with a single process, the log of each iteration instead
/// (<see cref="UnitOfNoise.Iteration"/>). Times are multiplicative, so ratios are differences of these means.
/// </summary>
/// <remarks>
/// Why the fastest iteration: on a shared machine timing noise is one-sided (contention, interrupts and a neighbour's
/// bursts only ever make a call slower), so the minimum of many short iterations estimates the uncontended time far
/// more stably than their median (Chen and Revels, "Robust benchmarking in noisy environments", arXiv:1608.04295,
/// whose estimator Julia's BenchmarkTools uses). Measured on this project's 2-core machine kind, 20 iterations of
/// 25 ms per process: the between-process spread of the minimum was half that of the median (median over 40
/// benchmarks 3.7% against 7.4%; docs/calibration/precision-study.md). The processes are still the units: a process
/// whose every iteration was slow (a bad memory placement, a long burst) still widens the interval.
/// </remarks>
public sealed class LogSample
{
    private LogSample(double[] values, int[]? rounds, UnitOfNoise unit, SampleShape shape)
    {
        Values = values;
        Rounds = rounds;
        Unit = unit;
        Shape = shape;
        Mean = values.Average();
        Variance = values.Length < 2 ? double.NaN : values.Sum(v => (v - Mean) * (v - Mean)) / (values.Length - 1);
    }

    /// <param name="processes">Per-operation times, one array per process, each non-empty, every value finite and positive.</param>
    /// <param name="rounds">The round (launch index) of each process, when processes of different benchmarks measured in
    /// the same round ran close together in time (an interleaved run), so that ratios may pair them; null otherwise.</param>
    public static LogSample Of(IReadOnlyList<double[]> processes, IReadOnlyList<int>? rounds = null)
    {
        if (processes.Count == 0 || processes.Any(p => p is null || p.Length == 0))
            throw new ArgumentException("A sample needs at least one process with at least one iteration.", nameof(processes));
        if (processes.Any(p => p.Any(v => !double.IsFinite(v) || v <= 0)))
            throw new ArgumentException("Times must be finite and positive.", nameof(processes));
        if (rounds is not null && (rounds.Count != processes.Count || rounds.Distinct().Count() != rounds.Count))
            throw new ArgumentException("Rounds must name each process once.", nameof(rounds));
        SampleShape shape = SampleShape.Of(processes);
        return processes.Count >= 2
            ? new LogSample(processes.Select(p => Math.Log(p.Min())).ToArray(), rounds?.ToArray(), UnitOfNoise.Process, shape)
            : new LogSample(processes[0].Select(v => Math.Log(v)).ToArray(), null, UnitOfNoise.Iteration, shape);
    }

    /// <summary>ln(fastest iteration) per process (or ln(time) per iteration of a single process).</summary>
    public IReadOnlyList<double> Values { get; }

    /// <summary>The round of each value, or null when values cannot be paired across samples.</summary>
    public IReadOnlyList<int>? Rounds { get; }

    public UnitOfNoise Unit { get; }

    public SampleShape Shape { get; }

    public int Count => Values.Count;

    public double Mean { get; }

    /// <summary>exp(<see cref="Mean"/>): the sample's typical time, the quantity every ratio compares.</summary>
    public double TypicalTime => Math.Exp(Mean);

    /// <summary>Sample variance of the values (n - 1 denominator); NaN for a single value.</summary>
    public double Variance { get; }

    /// <summary>Degrees of freedom of <see cref="Variance"/>.</summary>
    public int DegreesOfFreedom => Count - 1;

    /// <summary>The value measured in <paramref name="round"/>, if any.</summary>
    public bool TryGetRound(int round, out double value)
    {
        int index = Rounds is null ? -1 : IndexOf(Rounds, round);
        value = index >= 0 ? Values[index] : double.NaN;
        return index >= 0;
    }

    private static int IndexOf(IReadOnlyList<int> rounds, int round)
    {
        for (int i = 0; i < rounds.Count; i++)
            if (rounds[i] == round)
                return i;
        return -1;
    }
}
