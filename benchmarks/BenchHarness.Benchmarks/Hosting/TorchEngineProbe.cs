using System.Reflection;
using System.Text.Json;
using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Benchmarks.Suites;
using BenchHarness.Results;
using BenchHarness.Planning;
using TorchSharp;

namespace BenchHarness.Benchmarks.Hosting;

/// <summary>Reports the TorchSharp engine: versions, whether its natives load, CUDA devices, threads.</summary>
public static class TorchEngineProbe
{
    private static readonly string[] RecordedPackages =
        ["TorchSharp", "TorchSharp-cpu", "TorchSharp-cuda-linux", "BenchmarkDotNet", "Perfolizer", "Pragmastat"];

    public static string Backend => BuildFacts.TorchBackend;

    public static EngineInfo Read(int threads)
    {
        IReadOnlyDictionary<string, string> packages = DeployedPackages();
        string torchSharp = typeof(torch).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()
            ?.InformationalVersion.Split('+')[0] ?? "unknown";
        string libTorch = packages.Where(p => p.Key.StartsWith("libtorch-", StringComparison.OrdinalIgnoreCase))
            .Select(p => p.Value).FirstOrDefault() ?? "unknown";
        IReadOnlyList<SuiteInfo> suites = SuiteCatalog.Describe();

        try
        {
            TorchSession.Configure(new TorchSettings(threads, Seed: 0));
            bool cuda = torch.cuda.is_available();
            return new EngineInfo("TorchSharp", torchSharp, libTorch, Backend, NativesLoaded: true,
                cuda, cuda ? torch.cuda.device_count() : 0, cuda ? GpuNames() : [],
                torch.get_num_threads(), torch.get_num_interop_threads(), suites, packages, HostProtocol: SuiteHostProtocol.Version,
                Cuda: CudaStackOf(packages));
        }
        catch (Exception e) when (e is TypeInitializationException or DllNotFoundException or NotSupportedException or InvalidOperationException)
        {
            return new EngineInfo("TorchSharp", torchSharp, libTorch, Backend, NativesLoaded: false,
                false, 0, [], 0, 0, suites, packages, Error: NativeLoadError(e), HostProtocol: SuiteHostProtocol.Version,
                Cuda: CudaStackOf(packages));
        }
    }

    // TorchSharp's own message blames the package reference; the loader's message names the real cause.
    private static string NativeLoadError(Exception e)
    {
        string wrapper = Path.Combine(AppContext.BaseDirectory, "libLibTorchSharp.so");
        if (OperatingSystem.IsLinux() && File.Exists(wrapper))
        {
            try
            {
                System.Runtime.InteropServices.NativeLibrary.Free(System.Runtime.InteropServices.NativeLibrary.Load(wrapper));
            }
            catch (DllNotFoundException loader)
            {
                return $"libtorch natives do not load: {loader.Message.Trim()}";
            }
        }
        return $"libtorch natives do not load: {(e.InnerException ?? e).Message.Trim()}";
    }

    // Torch exposes no device names; the driver's tool does.
    private static IReadOnlyList<string> GpuNames() =>
        CudaStackProbe.GpuNames() is { Count: > 0 } names ? names : ["CUDA device (name unknown: nvidia-smi not available)"];

    // A CPU build never loads CUDA: its stack is not part of its environment.
    private static CudaStack? CudaStackOf(IReadOnlyDictionary<string, string> packages) =>
        Backend == "cuda" ? CudaStackProbe.Read(packages) : null;

    // The package versions this process was deployed with, read from the deps.json files beside it (the
    // application's own, and a test host's when the engine runs inside tests).
    private static IReadOnlyDictionary<string, string> DeployedPackages()
    {
        var packages = new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string depsFile in Directory.EnumerateFiles(AppContext.BaseDirectory, "*.deps.json"))
            AddPackages(depsFile, packages);
        return packages;
    }

    private static void AddPackages(string depsFile, IDictionary<string, string> packages)
    {
        using JsonDocument deps = JsonDocument.Parse(File.ReadAllText(depsFile));
        if (!deps.RootElement.TryGetProperty("libraries", out JsonElement libraries))
            return;
        foreach (JsonProperty library in libraries.EnumerateObject())
        {
            string[] nameAndVersion = library.Name.Split('/');
            if (nameAndVersion.Length == 2
                && library.Value.TryGetProperty("type", out JsonElement type) && type.GetString() == "package"
                && (RecordedPackages.Contains(nameAndVersion[0], StringComparer.OrdinalIgnoreCase)
                    || nameAndVersion[0].StartsWith("libtorch-", StringComparison.OrdinalIgnoreCase)))
                packages[nameAndVersion[0]] = nameAndVersion[1];
        }
    }
}
