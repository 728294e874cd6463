namespace BenchHarness.Benchmarks.Diagnosers;

/// <summary>Graph compilations in this process: every path that compiles counts itself, so a workload's share is a difference.</summary>
public static class CompileCounter
{
    private static long count;

    public static long Count => Interlocked.Read(ref count);

    public static void Counted() => Interlocked.Increment(ref count);
}
