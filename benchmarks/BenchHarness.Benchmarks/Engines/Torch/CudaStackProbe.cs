using System.Text.RegularExpressions;
using BenchHarness.Probes;
using BenchHarness.Results;

namespace BenchHarness.Benchmarks.Engines.Torch;

/// <summary>
/// Reads the CUDA stack of a CUDA build: TorchSharp exposes no versions, so the runtime comes from the libtorch-cuda
/// package's name (<c>libtorch-cuda-12.8-linux-x64</c>), cuDNN from the library files deployed beside the host, the
/// driver and GPU names from <c>nvidia-smi</c>. Never ran on a GPU (docs/patterns.md, "CUDA").
/// </summary>
public static partial class CudaStackProbe
{
    public static CudaStack Read(IReadOnlyDictionary<string, string> packages) => new(
        RuntimeFromPackages(packages.Keys),
        CudnnFromFiles(DeployedLibraries()),
        NvidiaSmi("driver_version").FirstOrDefault());

    /// <summary>GPU names as the driver reports them, one per device; empty when <c>nvidia-smi</c> is not available.</summary>
    public static IReadOnlyList<string> GpuNames() => NvidiaSmi("name");

    /// <summary>The CUDA version in a libtorch-cuda package name, e.g. "12.8" from <c>libtorch-cuda-12.8-linux-x64</c>.</summary>
    public static string? RuntimeFromPackages(IEnumerable<string> packageNames) => packageNames
        .Select(name => CudaPackage().Match(name))
        .Where(m => m.Success)
        .Select(m => m.Groups["version"].Value)
        .FirstOrDefault();

    /// <summary>The most precise cuDNN version in the names of deployed libraries (<c>libcudnn.so.9.1.0</c> gives "9.1.0").</summary>
    public static string? CudnnFromFiles(IEnumerable<string> fileNames) => fileNames
        .Select(name => CudnnLibrary().Match(Path.GetFileName(name)))
        .Where(m => m.Success)
        .Select(m => m.Groups["version"].Value)
        .OrderByDescending(version => version.Length)
        .FirstOrDefault();

    private static IEnumerable<string> DeployedLibraries() =>
        Directory.EnumerateFiles(AppContext.BaseDirectory, "libcudnn*.so*", SearchOption.AllDirectories);

    private static IReadOnlyList<string> NvidiaSmi(string field) =>
        ChildProcess.TryRun("nvidia-smi", [$"--query-gpu={field}", "--format=csv,noheader"], TimeSpan.FromSeconds(10))
            is { ExitCode: 0 } result
            ? result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];

    [GeneratedRegex(@"^libtorch-cuda-(?<version>\d+(\.\d+)*)-", RegexOptions.IgnoreCase)]
    private static partial Regex CudaPackage();

    [GeneratedRegex(@"^libcudnn\.so\.(?<version>\d+(\.\d+)*)$")]
    private static partial Regex CudnnLibrary();
}
