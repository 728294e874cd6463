using BenchHarness.Planning;
using TorchSharp;

namespace BenchHarness.Benchmarks.Engines.Torch;

/// <summary>The settings a process applies before it touches a tensor: pinned intra-op threads and a fixed seed.</summary>
public sealed record TorchSettings(int Threads, int Seed)
{
    /// <summary>
    /// What this process was started with (<see cref="SuiteEnvironment"/>): BenchmarkDotNet's children, and the suite
    /// host, get the request's settings as environment. Without them: every logical core and the default seed.
    /// </summary>
    public static TorchSettings FromEnvironment() => new(
        int.TryParse(Environment.GetEnvironmentVariable(SuiteEnvironment.ThreadsVariable), out int threads) && threads > 0
            ? threads
            : Environment.ProcessorCount,
        int.TryParse(Environment.GetEnvironmentVariable(SuiteEnvironment.SeedVariable), out int seed) ? seed : RunOptions.DefaultSeed);
}

/// <summary>Applies <see cref="TorchSettings"/> to libtorch, process-wide.</summary>
public static class TorchSession
{
    /// <summary>Pins threads and seeds every generator; call at the start of each setup.</summary>
    public static void Configure(TorchSettings settings)
    {
        if (torch.get_num_threads() != settings.Threads)
            torch.set_num_threads(settings.Threads);
        torch.manual_seed(settings.Seed);
        if (torch.cuda.is_available())
            torch.cuda.manual_seed_all(settings.Seed);
    }
}
