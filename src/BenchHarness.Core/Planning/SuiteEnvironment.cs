namespace BenchHarness.Planning;

/// <summary>
/// The environment of every process that measures or checks a suite: the suite host the CLI starts and
/// BenchmarkDotNet's children. libtorch reads its thread variables at process start, so they must be set before
/// the process exists; the suite host and its children read the harness's own variables back with the same names.
/// </summary>
public static class SuiteEnvironment
{
    public const string ThreadsVariable = "BENCHHARNESS_THREADS";
    public const string SeedVariable = "BENCHHARNESS_SEED";

    /// <summary>The variables for <paramref name="threads"/> intra-op threads and <paramref name="seed"/>, in a fixed order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> For(int threads, int seed)
    {
        string count = threads.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return
        [
            new("OMP_NUM_THREADS", count),
            new("MKL_NUM_THREADS", count),
            new(ThreadsVariable, count),
            new(SeedVariable, seed.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ];
    }

    public static IReadOnlyList<KeyValuePair<string, string>> For(SuiteRequest request) => For(request.Threads, request.Seed);
}
