using BenchHarness.Cli.Orchestration;
using BenchHarness.Results;
using BenchHarness.Planning;

namespace BenchHarness.IntegrationTests.Cli;

public class RunOrchestratorTests
{
    private static EngineInfo Engine(bool cuda, string backend = "cpu") =>
        new("TorchSharp", "0.107.0", "2.10.0", backend, true, cuda, cuda ? 1 : 0, cuda ? ["H100"] : [], 2, 2, [new SuiteInfo("P01", "P01MissingHybridization", [16, 256], false, null)],
            new Dictionary<string, string>());

    [Fact]
    public void Device_all_without_cuda_runs_cpu_and_records_why_cuda_was_skipped()
    {
        IReadOnlyList<DeviceAvailability> devices = RunOrchestrator.ResolveDevices(DeviceSelection.All, Engine(cuda: false));

        Assert.Equal(new DeviceAvailability("Cpu", true, null), devices[0]);
        Assert.False(devices[1].Used);
        Assert.Contains("TorchBackend=cuda", devices[1].Reason);
    }

    [Fact]
    public void Device_cuda_without_cuda_is_an_error_that_says_what_to_do()
    {
        var error = Assert.Throws<HarnessException>(() => RunOrchestrator.ResolveDevices(DeviceSelection.Cuda, Engine(cuda: false)));
        Assert.StartsWith("--device cuda:", error.Message);

        var gpuBuild = Assert.Throws<HarnessException>(() =>
            RunOrchestrator.ResolveDevices(DeviceSelection.Cuda, Engine(cuda: false, backend: "cuda")));
        Assert.Contains("nvidia-smi", gpuBuild.Message);
    }

    [Fact]
    public void Device_all_with_cuda_uses_both()
    {
        Assert.All(RunOrchestrator.ResolveDevices(DeviceSelection.All, Engine(cuda: true)), d => Assert.True(d.Used));
    }

    [Theory]
    [InlineData("@@progress P01: checking outputs", "P01: checking outputs")]
    [InlineData("// Benchmark: P01MissingHybridization.Fix: Smoke(EnvironmentVariables=A=1, IterationCount=3) [Size=16, Device=Cpu, Mode=Graph]",
        "measuring Fix [Size=16, Device=Cpu, Mode=Graph]")]
    [InlineData("// ** Remained 7 (87.5 %) benchmark(s) to run. Estimated finish 2026-11-25 0:12 (0h 0m from now) **",
        "7 case(s) left, estimated finish 2026-11-25 0:12")]
    [InlineData("WorkloadActual   1: 16 op, 1893254.00 ns, 118.3284 us/op", null)]
    [InlineData("Unhandled exception. System.InvalidOperationException: boom", "Unhandled exception. System.InvalidOperationException: boom")]
    [InlineData("   at BenchHarness.Benchmarks.Hosting.SuiteRunner.Run(SuiteRequest request) in SuiteRunner.cs:line 40", null)]
    [InlineData("   at System.Environment.FailFast(String message, Exception exception)", null)]
    public void Condenses_host_output_into_progress_lines(string line, string? shown) =>
        Assert.Equal(shown, HostOutputFilter.Condense(line));
}

public class SuiteHostEnvironmentTests
{
    [Fact]
    public void The_suite_host_starts_with_the_requested_threads_and_seed()
    {
        var request = new SuiteRequest("P04", [BenchHarness.Identity.ComputeDevice.Cpu], [BenchHarness.Identity.ExecutionMode.Graph],
            BenchmarkProfile.Smoke, ProfileSettings.For(BenchmarkProfile.Smoke), Threads: 1, Seed: 7, "run", "run/outcome.json");

        var environment = SuiteHost.EnvironmentFor(request).ToDictionary();

        Assert.Equal("1", environment["OMP_NUM_THREADS"]);
        Assert.Equal("1", environment["MKL_NUM_THREADS"]);
        Assert.Equal("1", environment[SuiteEnvironment.ThreadsVariable]);
        Assert.Equal("7", environment[SuiteEnvironment.SeedVariable]);
    }
}
