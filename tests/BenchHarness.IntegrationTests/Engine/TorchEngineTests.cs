using BenchHarness.Benchmarks.Hosting;
using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Identity;
using BenchHarness.Results;
using TorchSharp;

namespace BenchHarness.IntegrationTests.Engine;

public class TorchEngineTests
{
    [Fact]
    public void Natives_load_and_compute()
    {
        using torch.Tensor sum = torch.arange(1, 5, dtype: torch.float32).sum();
        Assert.Equal(10f, sum.item<float>());
    }

    [Fact]
    public void The_probe_reports_versions_threads_and_suites()
    {
        EngineInfo info = TorchEngineProbe.Read(threads: 1);

        Assert.True(info.NativesLoaded, info.Error);
        Assert.Matches(@"^\d+\.\d+\.\d+$", info.EngineVersion);
        Assert.Matches(@"^\d+\.\d+\.\d+$", info.RuntimeVersion);
        Assert.Equal(1, info.IntraOpThreads);
        Assert.Contains("P01", info.SuiteIds);
        Assert.Contains("P03", info.SuiteIds);
        Assert.Equal(info.SuiteIds.Order(), info.SuiteIds);
        Assert.Equal(info.EngineVersion, info.Packages["TorchSharp"]);
        Assert.Equal(info.CudaAvailable, info.CudaDeviceCount > 0);
    }

    [Fact]
    public void Cpu_is_always_available_and_cuda_availability_matches_libtorch()
    {
        Assert.True(TorchDevices.IsAvailable(ComputeDevice.Cpu));
        Assert.Null(TorchDevices.UnavailableReason(ComputeDevice.Cpu));
        Assert.Equal(torch.cuda.is_available(), TorchDevices.IsAvailable(ComputeDevice.Cuda));
        if (!torch.cuda.is_available())
        {
            Assert.NotNull(TorchDevices.UnavailableReason(ComputeDevice.Cuda));
            Assert.Throws<InvalidOperationException>(() => TorchDevices.Resolve(ComputeDevice.Cuda));
        }
    }

    [Fact]
    public void Equivalence_reports_the_largest_difference_and_shape_mismatches()
    {
        using torch.Tensor a = torch.tensor(new float[] { 1, 2, 3 });
        using torch.Tensor b = torch.tensor(new float[] { 1, 2, 3.5f });
        using torch.Tensor c = torch.tensor(new float[] { 1, 2 });

        TensorEquivalence.Comparison same = TensorEquivalence.Compare(a, a, 1e-4, 1e-5);
        TensorEquivalence.Comparison different = TensorEquivalence.Compare(a, b, 1e-4, 1e-5);
        TensorEquivalence.Comparison shapes = TensorEquivalence.Compare(a, c, 1e-4, 1e-5);

        Assert.True(same.Equivalent);
        Assert.False(different.Equivalent);
        Assert.Equal(0.5, different.MaxAbsoluteDifference, precision: 6);
        Assert.False(shapes.Equivalent);
        Assert.Contains("shape", shapes.Detail);
    }
}
