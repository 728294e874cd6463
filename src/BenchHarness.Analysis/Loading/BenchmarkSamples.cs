using System.Runtime.CompilerServices;
using BenchHarness.Analysis.Statistics;
using BenchHarness.Identity;

namespace BenchHarness.Analysis.Loading;

/// <summary>
/// The measurements of one benchmark: per-operation nanoseconds of BenchmarkDotNet's actual workload iterations,
/// one array per process (BenchmarkDotNet launch), in launch order. Arrays are shared: treat them as read-only.
/// </summary>
/// <param name="FullName">BenchmarkDotNet's full name, the benchmark's key across result sets. When several jobs measured
/// one full name in a result set, the loader adds the job as a last parameter (<c>Bench(N: 1, Job: ShortRun)</c>), as
/// BenchmarkDotNet itself tells such benchmarks apart, so that the key stays unique.</param>
/// <param name="Identity">The pattern, member, phase, mode, device and case, or null when the name does not
/// follow the harness's convention (a foreign result set): such benchmarks load but do not pair.</param>
/// <param name="Processes">Per-op times in nanoseconds, one array per process, each non-empty, every value finite and positive.</param>
/// <param name="SourceFile">The BenchmarkDotNet JSON file it came from (for messages).</param>
/// <param name="OverheadSubtracted">Whether BenchmarkDotNet's measured overhead (the empty-call cost) was subtracted,
/// as in its own "Result" stage; false when no overhead was measured or subtracting it would leave a time at or below zero.</param>
/// <param name="Job">The BenchmarkDotNet job that measured it (its id, or its settings when the id was generated), or
/// null when the report does not say.</param>
/// <param name="Rounds">The round (BenchmarkDotNet launch index) of each process when the run was interleaved, so that
/// the processes of one round of a suite ran close together in time and ratios may pair them; null otherwise.</param>
/// <param name="Mechanism">Compilations and native memory growth of its processes' workloads, or null when the result set
/// has none (sets written before the harness counted them, foreign sets).</param>
public sealed record BenchmarkSamples(
    string FullName,
    BenchmarkIdentity? Identity,
    IReadOnlyList<double[]> Processes,
    string SourceFile,
    bool OverheadSubtracted = false,
    string? Job = null,
    IReadOnlyList<int>? Rounds = null,
    MechanismSummary? Mechanism = null)
{
    // Cached per Processes instance, outside the record, so that `with` and value equality stay correct.
    private static readonly ConditionalWeakTable<IReadOnlyList<double[]>, double[]> PooledCache = new();
    private static readonly ConditionalWeakTable<BenchmarkSamples, LogSample> LogSamples = new();

    /// <summary>All iterations of all processes, in launch then iteration order (computed once per Processes list).</summary>
    public double[] Pooled => PooledCache.GetValue(Processes, processes => processes.SelectMany(p => p).ToArray());

    /// <summary>The sample on the log scale, as every ratio uses it (computed once per instance).</summary>
    public LogSample LogSample => LogSamples.GetValue(this, samples => LogSample.Of(samples.Processes, samples.Rounds));

    /// <summary>
    /// The benchmark's time as every ratio sees it: the geometric mean over its processes of each process's fastest
    /// iteration (of every iteration for a single process), in nanoseconds per operation.
    /// </summary>
    public double TypicalTime => LogSample.TypicalTime;

    /// <summary>Ratios of this benchmark may pair its processes round by round with those of its suite.</summary>
    public bool PairsByRound => Rounds is not null;

    public int ProcessCount => Processes.Count;

    /// <summary>Iterations over all processes.</summary>
    public int IterationCount => Processes.Sum(p => p.Length);

    /// <summary>The fewest iterations any process has (processes usually have the same count).</summary>
    public int MinIterationsPerProcess => Processes.Count == 0 ? 0 : Processes.Min(p => p.Length);

    /// <summary>"3x10" (processes x iterations), or "2x9-10" when processes differ.</summary>
    public string Shape
    {
        get
        {
            int min = MinIterationsPerProcess, max = Processes.Count == 0 ? 0 : Processes.Max(p => p.Length);
            return min == max ? $"{ProcessCount}x{min}" : $"{ProcessCount}x{min}-{max}";
        }
    }

    /// <summary>The display name: the identity's case when parsed, else the full name.</summary>
    public override string ToString() => FullName;
}
