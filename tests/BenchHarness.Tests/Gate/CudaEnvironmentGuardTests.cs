using BenchHarness.Analysis.Loading;
using BenchHarness.Gate.Comparing;
using BenchHarness.Results;

namespace BenchHarness.Tests.Gate;

/// <summary>
/// The environment guard and the CUDA stack: a CUDA build runs even its CPU cases with the CUDA backend loaded
/// (<c>torch.manual_seed</c> initialises it), so a CPU-build baseline never gates a CUDA-build current, and two CUDA
/// builds compare only on the same GPU, CUDA runtime, cuDNN and driver.
/// </summary>
public sealed class CudaEnvironmentGuardTests : IDisposable
{
    private static readonly CudaStack H200Stack = new("12.8", "9.8.0", "570.124.06");

    private readonly GateFixtures fixtures = new();

    private static RunManifest CudaBuild(RunManifest manifest, CudaStack stack, string gpu = "NVIDIA H200") => manifest with
    {
        Engine = manifest.Engine with { Backend = "cuda", Cuda = stack, Gpus = [gpu], CudaAvailable = true, CudaDeviceCount = 1 },
    };

    [Fact]
    public void A_cpu_build_baseline_is_refused_against_a_cuda_build_current_even_for_cpu_cases()
    {
        string baseline = fixtures.Write(GateFixtures.StandardPlan, 60);
        string current = fixtures.Write(GateFixtures.StandardPlan, 61, editManifest: m => CudaBuild(m, H200Stack));

        var refused = Assert.Throws<EnvironmentMismatchException>(() => GateFixtures.Compare(baseline, current));

        Assert.Contains("backend: cpu -> cuda", refused.Message);
        Assert.Contains("cuda.runtime: none -> 12.8", refused.Message);
        Assert.Contains("gpus: none -> NVIDIA H200", refused.Message);
        Assert.Contains("--allow-env-mismatch", refused.Message);
    }

    [Theory]
    [InlineData("driver", "cuda.driver: 570.124.06 -> 575.51.03")]
    [InlineData("cudnn", "cuda.cudnn: 9.8.0 -> 9.10.2")]
    [InlineData("runtime", "cuda.runtime: 12.8 -> 13.0")]
    [InlineData("gpu", "gpus: NVIDIA H200 -> NVIDIA H100 80GB HBM3")]
    public void Two_cuda_builds_on_different_stacks_are_refused(string changed, string difference)
    {
        CudaStack other = changed switch
        {
            "driver" => H200Stack with { Driver = "575.51.03" },
            "cudnn" => H200Stack with { Cudnn = "9.10.2" },
            "runtime" => H200Stack with { Runtime = "13.0" },
            _ => H200Stack,
        };
        string baseline = fixtures.Write(GateFixtures.StandardPlan, 62, editManifest: m => CudaBuild(m, H200Stack));
        string current = fixtures.Write(GateFixtures.StandardPlan, 63,
            editManifest: m => CudaBuild(m, other, changed == "gpu" ? "NVIDIA H100 80GB HBM3" : "NVIDIA H200"));

        var refused = Assert.Throws<EnvironmentMismatchException>(() => GateFixtures.Compare(baseline, current));

        Assert.Contains(difference, refused.Message);
    }

    [Fact]
    public void The_same_cuda_stack_compares()
    {
        string baseline = fixtures.Write(GateFixtures.StandardPlan, 64, editManifest: m => CudaBuild(m, H200Stack));
        string current = fixtures.Write(GateFixtures.StandardPlan, 65, editManifest: m => CudaBuild(m, H200Stack));

        Assert.Empty(GateFixtures.Compare(baseline, current).EnvironmentDifferences);
    }

    [Fact]
    public void A_cpu_build_records_no_cuda_stack_and_one_that_could_not_read_it_says_unknown()
    {
        RunManifest cpu = BenchHarness.Testing.SyntheticResultSet.Manifest("cpu", []);
        RunManifest unread = CudaBuild(cpu, new CudaStack(null, null, "570.124.06"));

        EnvironmentFingerprint cpuFacts = EnvironmentFingerprint.FromManifest(cpu), cudaFacts = EnvironmentFingerprint.FromManifest(unread);

        Assert.Equal(["none", "none", "none"], new[] { "cuda.runtime", "cuda.cudnn", "cuda.driver" }.Select(f => cpuFacts.Facts[f]));
        Assert.Equal(["unknown", "unknown", "570.124.06"], new[] { "cuda.runtime", "cuda.cudnn", "cuda.driver" }.Select(f => cudaFacts.Facts[f]));
    }

    public void Dispose() => fixtures.Dispose();
}
