using BenchHarness.Benchmarks.Engines.Torch;

namespace BenchHarness.IntegrationTests.Engine;

/// <summary>The CUDA stack is read from what a CUDA build deploys (never seen on a GPU here: these are the names it uses).</summary>
public class CudaStackProbeTests
{
    [Fact]
    public void The_cuda_runtime_is_the_version_in_the_libtorch_cuda_package_name() =>
        Assert.Equal("12.8", CudaStackProbe.RuntimeFromPackages(["TorchSharp", "TorchSharp-cuda-linux", "libtorch-cuda-12.8-linux-x64"]));

    [Fact]
    public void A_cpu_build_has_no_cuda_runtime() =>
        Assert.Null(CudaStackProbe.RuntimeFromPackages(["TorchSharp", "TorchSharp-cpu", "libtorch-cpu-linux-x64"]));

    [Fact]
    public void The_cudnn_version_is_the_most_precise_library_name() =>
        Assert.Equal("9.1.0", CudaStackProbe.CudnnFromFiles(
            ["/bin/libcudnn.so.9", "/bin/cuda/libcudnn.so.9.1.0", "/bin/libcudnn_graph.so.9", "/bin/libtorch_cuda.so"]));

    [Fact]
    public void No_cudnn_library_is_no_version() =>
        Assert.Null(CudaStackProbe.CudnnFromFiles(["/bin/libtorch_cpu.so", "/bin/libcudnn_ops.so.9"]));
}
