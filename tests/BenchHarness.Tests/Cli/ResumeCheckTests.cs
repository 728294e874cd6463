using BenchHarness.Cli.Orchestration;
using BenchHarness.Results;
using BenchHarness.Planning;

namespace BenchHarness.Tests.Cli;

public class ResumeCheckTests
{
    private static readonly RunManifest Recorded = Manifests.Sample();

    [Fact]
    public void The_same_environment_has_no_differences() =>
        Assert.Empty(ResumeCheck.EnvironmentDifferences(Recorded, Recorded.Machine, Recorded.Engine, Recorded.Git));

    [Fact]
    public void Every_difference_in_machine_engine_threads_and_code_is_listed()
    {
        IReadOnlyList<string> differences = ResumeCheck.EnvironmentDifferences(Recorded,
            Recorded.Machine with { MachineName = "gpu-07", LogicalCores = 64 },
            Recorded.Engine with { Backend = "cuda", Gpus = ["H100"], IntraOpThreads = 8 },
            Recorded.Git with { Commit = "fedcba9876543210" });

        Assert.Equal(
        [
            "backend: cpu then, cuda now",
            "cuda.cudnn: none then, unknown now",
            "cuda.driver: none then, unknown now",
            "cuda.runtime: none then, unknown now",
            "gpus: none then, H100 now",
            "logical-cores: 2 then, 64 now",
            "machine: box then, gpu-07 now",
            "threads.intra-op: 2 then, 8 now",
            "git commit: 0123456789abcdef then, fedcba9876543210 now",
        ], differences);
    }

    [Fact]
    public void A_cuda_build_on_another_driver_is_another_environment()
    {
        EngineInfo cuda = Recorded.Engine with { Backend = "cuda", Cuda = new CudaStack("12.8", "9", "550.54.15") };
        RunManifest recorded = Recorded with { Engine = cuda };

        IReadOnlyList<string> differences = ResumeCheck.EnvironmentDifferences(recorded, Recorded.Machine,
            cuda with { Cuda = cuda.Cuda! with { Driver = "560.35.03" } }, Recorded.Git);

        Assert.Equal(["cuda.driver: 550.54.15 then, 560.35.03 now"], differences);
    }

    [Fact]
    public void Another_TorchSharp_package_is_another_environment_as_compare_says()
    {
        RunManifest recorded = Recorded with
        {
            Engine = Recorded.Engine with { Packages = new Dictionary<string, string> { ["TorchSharp"] = "0.106.0" } },
        };

        IReadOnlyList<string> differences = ResumeCheck.EnvironmentDifferences(recorded, Recorded.Machine, Recorded.Engine, Recorded.Git);

        Assert.Equal(["package:TorchSharp: 0.106.0 then, 0.107.0 now"], differences);
        Assert.Equal(["package:TorchSharp"],
            EnvironmentFingerprint.FromManifest(recorded).DifferencesFrom(EnvironmentFingerprint.FromManifest(Recorded)).Select(d => d.Fact));
    }

    [Fact]
    public void Only_options_given_and_different_conflict()
    {
        RunOptions given = Recorded.Options with { Profile = BenchmarkProfile.Gate, Threads = 2, Shard = new Shard(1, 2) };
        var request = new ResumeRequest("/r", given, new HashSet<string> { "--profile", "--threads", "--shard", "--verbose" });

        Assert.Equal(["--profile gate (recorded: smoke)", "--shard 1/2 (recorded: none)"], ResumeCheck.OptionConflicts(Recorded.Options, request));
        Assert.Empty(ResumeCheck.OptionConflicts(Recorded.Options, request with { ExplicitOptions = new HashSet<string>() }));
    }
}
