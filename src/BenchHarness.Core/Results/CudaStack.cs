namespace BenchHarness.Results;

/// <summary>
/// The CUDA software a CUDA build runs on. Part of the environment fingerprint: kernels, fusion and launch costs change
/// with each of them, so two result sets measured on different stacks are not comparable.
/// </summary>
/// <param name="Runtime">CUDA runtime version the native build was made for, e.g. "12.8"; null when it could not be read.</param>
/// <param name="Cudnn">cuDNN version shipped with the natives, e.g. "9"; null when it could not be read.</param>
/// <param name="Driver">NVIDIA driver version, e.g. "550.54.15"; null when it could not be read.</param>
public sealed record CudaStack(string? Runtime, string? Cudnn, string? Driver)
{
    /// <summary>What a fact is recorded as when the build does not use CUDA at all.</summary>
    public const string NotUsed = "none";

    /// <summary>What a fact is recorded as when the build uses CUDA but the version could not be read.</summary>
    public const string Unknown = "unknown";

    public override string ToString() => $"CUDA {Runtime ?? Unknown}, cuDNN {Cudnn ?? Unknown}, driver {Driver ?? Unknown}";
}
