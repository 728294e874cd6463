using BenchHarness.Identity;
using TorchSharp;

namespace BenchHarness.Benchmarks.Engines.Torch;

/// <summary>Maps the harness's devices onto TorchSharp's, and says which ones this machine can use.</summary>
public static class TorchDevices
{
    public static bool IsAvailable(ComputeDevice device) => device switch
    {
        ComputeDevice.Cpu => true,
        ComputeDevice.Cuda => torch.cuda.is_available(),
        _ => false,
    };

    /// <summary>Why a device cannot be used, or null when it can.</summary>
    public static string? UnavailableReason(ComputeDevice device) => IsAvailable(device)
        ? null
        : device == ComputeDevice.Cuda && BuildFacts.TorchBackend == "cpu"
            ? "no CUDA: this build uses the CPU-only TorchSharp package (build with -p:TorchBackend=cuda on a GPU host)"
            : $"no {device} device is visible to libtorch";

    public static torch.Device Resolve(ComputeDevice device) => device switch
    {
        ComputeDevice.Cpu => torch.CPU,
        ComputeDevice.Cuda when torch.cuda.is_available() => torch.CUDA,
        _ => throw new InvalidOperationException(UnavailableReason(device)),
    };

    /// <summary>
    /// Waits until every operation queued on the device has finished. CUDA kernels launch asynchronously:
    /// a timer stopped before this call measures the launch, not the work.
    /// </summary>
    public static void Synchronize(torch.Device device)
    {
        if (device.type == DeviceType.CUDA)
            torch.cuda.synchronize(device);
    }
}
