namespace BenchHarness.Analysis.Statistics;

/// <summary>What the independent units of a sample are, and so what noise an interval from it includes.</summary>
public enum UnitOfNoise
{
    /// <summary>Processes: each process's fastest iteration is one unit, so between-process noise (the dominant noise on a shared
    /// machine) is in the interval.</summary>
    Process,

    /// <summary>Iterations of a single process: between-process noise is not in the interval, which is then too narrow.
    /// Callers warn and never gate on it.</summary>
    Iteration,
}
