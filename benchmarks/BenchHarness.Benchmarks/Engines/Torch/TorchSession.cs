using TorchSharp;

namespace BenchHarness.Benchmarks.Engines.Torch;

/// <summary>
/// Process-wide settings that every measured process applies before it touches a tensor: pinned intra-op
/// threads and a fixed seed. The suite host passes them to BenchmarkDotNet's child processes as environment.
/// </summary>
public static class TorchSession
{
    public const string ThreadsVariable = "BENCHHARNESS_THREADS";
    public const string SeedVariable = "BENCHHARNESS_SEED";

    /// <summary>Threads requested for this process, or the logical core count when none was requested.</summary>
    public static int RequestedThreads =>
        int.TryParse(Environment.GetEnvironmentVariable(ThreadsVariable), out int threads) && threads > 0
            ? threads
            : Environment.ProcessorCount;

    public static int RequestedSeed =>
        int.TryParse(Environment.GetEnvironmentVariable(SeedVariable), out int seed) ? seed : global::BenchHarness.Running.RunOptions.DefaultSeed;

    /// <summary>Pins threads and seeds every generator; call at the start of each setup.</summary>
    public static void Configure(int threads, long seed)
    {
        if (torch.get_num_threads() != threads)
            torch.set_num_threads(threads);
        torch.manual_seed(seed);
        if (torch.cuda.is_available())
            torch.cuda.manual_seed_all(seed);
    }
}
