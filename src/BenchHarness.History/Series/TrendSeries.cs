namespace BenchHarness.History.Series;

/// <summary>What a series follows over commits.</summary>
public enum SeriesKind
{
    /// <summary>A benchmark's time per operation: a rise is a regression.</summary>
    Time,

    /// <summary>A pair's fix-vs-anti speed-up (anti time / fix time): a fall is a regression (the speed-up eroded).</summary>
    SpeedUp,
}

/// <summary>
/// The machine and profile a series was measured with: points of different machines or profiles never share a series,
/// as the gate never compares them.
/// </summary>
/// <param name="Fingerprint">A digest of the environment's facts (<see cref="Store.RunFacts.FingerprintOf"/>).</param>
/// <param name="Label">What a reader recognises: machine, CPU, cores, threads.</param>
public sealed record MachineGroup(string Fingerprint, string Label, string Profile)
{
    public override string ToString() => $"{Label}, {Profile} profile";
}

/// <summary>Which series: machine and profile, the pattern it belongs to, what it measures, and its name.</summary>
/// <param name="Pattern">The pattern id (P01), or "other" for benchmarks outside the naming convention.</param>
/// <param name="Name">The benchmark's canonical name, or the comparison's (P01 Fix vs Anti, Graph, Cpu, Size=16).</param>
public sealed record SeriesKey(MachineGroup Machine, string Pattern, SeriesKind Kind, string Name);

/// <summary>One commit's value of a series: the runs measured at that commit, combined.</summary>
/// <param name="Estimate">Time in nanoseconds, or the speed-up.</param>
/// <param name="LogStandardError">Of ln(Estimate), as the run's own inference gave it (combined over runs).</param>
/// <param name="Lower">The 95% interval's lower end; likewise <paramref name="Upper"/>.</param>
/// <param name="Runs">Runs measured at this commit.</param>
/// <param name="SingleProcess">Some run had one process: its interval omits between-process noise.</param>
public sealed record TrendPoint(
    string Commit,
    DateTimeOffset MeasuredUtc,
    double Estimate,
    double LogStandardError,
    double Lower,
    double Upper,
    int Runs,
    bool SingleProcess);

/// <summary>A series over commits, oldest first.</summary>
public sealed record TrendSeries(SeriesKey Key, IReadOnlyList<TrendPoint> Points)
{
    /// <summary>Whether a change to <paramref name="ratio"/> (after / before) makes things worse.</summary>
    public bool IsRegression(double ratio) => Key.Kind == SeriesKind.Time ? ratio > 1 : ratio < 1;
}
