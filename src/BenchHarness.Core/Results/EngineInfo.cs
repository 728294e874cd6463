namespace BenchHarness.Results;

/// <summary>What the suite host reports about its engine: versions, devices and threads.</summary>
/// <param name="Engine">Engine name, e.g. "TorchSharp".</param>
/// <param name="EngineVersion">Version of the managed binding (TorchSharp).</param>
/// <param name="RuntimeVersion">Version of the native runtime it drives (libtorch).</param>
/// <param name="Backend">Native build flavour: "cpu" or "cuda".</param>
/// <param name="NativesLoaded">Whether the native libraries loaded; when false, <paramref name="Error"/> says why.</param>
/// <param name="IntraOpThreads">Threads one operator may use, as pinned for measurement.</param>
/// <param name="InterOpThreads">Threads used across operators.</param>
/// <param name="Suites">What this host can run, one entry per pattern.</param>
/// <param name="HostProtocol">The suite-host protocol it speaks (<c>SuiteHostProtocol.Version</c>); 0 for hosts older than
/// the launch protocol, which a gate cannot interleave with.</param>
/// <param name="Cuda">The CUDA runtime, cuDNN and driver of a CUDA build; null for a CPU build (and in manifests written
/// before these facts were recorded).</param>
public sealed record EngineInfo(
    string Engine,
    string EngineVersion,
    string RuntimeVersion,
    string Backend,
    bool NativesLoaded,
    bool CudaAvailable,
    int CudaDeviceCount,
    IReadOnlyList<string> Gpus,
    int IntraOpThreads,
    int InterOpThreads,
    IReadOnlyList<SuiteInfo> Suites,
    IReadOnlyDictionary<string, string> Packages,
    string? Error = null,
    int HostProtocol = 0,
    CudaStack? Cuda = null)
{
    public IReadOnlyList<string> SuiteIds => Suites.Select(s => s.PatternId).ToArray();
}
