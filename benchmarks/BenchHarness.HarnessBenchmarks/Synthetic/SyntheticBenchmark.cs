using BenchHarness.Identity;

namespace BenchHarness.HarnessBenchmarks.Synthetic;

/// <summary>
/// One benchmark to write: its BenchmarkDotNet full name and per-op times in nanoseconds, one array per process.
/// </summary>
/// <param name="Operations">Operations per iteration written to the JSON (Nanoseconds = per-op time x Operations).</param>
/// <param name="OverheadPerOp">When set, Overhead/Actual measurements of this per-op cost are written and added to
/// the Workload/Actual times (as BenchmarkDotNet measures them), so a loader that subtracts overhead gets the per-op times back.</param>
/// <param name="Job">When set, the job's display text (<c>ShortRun</c>, <c>Job-ABCDEF(Runtime=.NET 8.0)</c>) is written
/// into the benchmark's DisplayInfo, MethodTitle and Parameters as BenchmarkDotNet writes them.</param>
public sealed record SyntheticBenchmark(
    string FullName,
    IReadOnlyList<double[]> Processes,
    long Operations = 16,
    double? OverheadPerOp = null,
    string? Job = null)
{
    /// <summary>A benchmark named by the harness convention, e.g. <c>Bench.P01Demo.Fix(Size: 16, Device: Cpu, Mode: Graph)</c>.</summary>
    public static SyntheticBenchmark Named(
        string patternId, PairMember member, ExecutionMode mode, ComputeDevice device, int size,
        IReadOnlyList<double[]> processes, CallPhase phase = CallPhase.Steady) =>
        new($"BenchHarness.Benchmarks.Patterns.{patternId}Synthetic.{member}{(phase == CallPhase.FirstCall ? "FirstCall" : "")}" +
            $"(Size: {size}, Device: {device}, Mode: {mode})", processes, Operations: phase == CallPhase.FirstCall ? 1 : 16);

    /// <summary>
    /// Per-op times of a benchmark whose uncontended cost is <paramref name="median"/>: each process shifted by a
    /// log-normal factor of sd <paramref name="processNoise"/>; each iteration slowed (never sped up, as contention does
    /// on a real machine) by a factor exp(|N(0, <paramref name="iterationNoise"/>)|). Deterministic per seed.
    /// </summary>
    public static double[][] Samples(double median, int processes, int iterations, int seed,
        double iterationNoise = 0.02, double processNoise = 0.0)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, processes).Select(_ =>
        {
            double processFactor = Math.Exp(processNoise * Gaussian(random));
            return Enumerable.Range(0, iterations)
                .Select(_ => median * processFactor * Math.Exp(iterationNoise * Math.Abs(Gaussian(random))))
                .ToArray();
        }).ToArray();
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>The method name part of the full name.</summary>
    public string MethodName
    {
        get
        {
            int open = FullName.IndexOf('(');
            string method = open >= 0 ? FullName[..open] : FullName;
            return method[(method.LastIndexOf('.') + 1)..];
        }
    }

    /// <summary>The parameters as BenchmarkDotNet's DisplayInfo shows them ("Size=16, Device=Cpu"), empty when none.</summary>
    public IReadOnlyList<string> ParameterTexts
    {
        get
        {
            int open = FullName.IndexOf('(');
            return open < 0 ? [] : FullName[(open + 1)..^1].Split(", ").Select(p => p.Replace(": ", "=")).ToArray();
        }
    }

    /// <summary>The type name part of the full name (what BenchmarkDotNet names the JSON file after).</summary>
    public string TypeName
    {
        get
        {
            int open = FullName.IndexOf('(');
            string method = open >= 0 ? FullName[..open] : FullName;
            string type = method[..method.LastIndexOf('.')];
            return type[(type.LastIndexOf('.') + 1)..];
        }
    }
}
