using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Benchmarks.Suites;
using BenchHarness.Identity;
using BenchHarness.Results;
using static TorchSharp.torch;

namespace BenchHarness.Benchmarks.Patterns;

/// <summary>
/// P15 optional-declared-as-tensor: a masked mean whose callers may pass no mask (None; C# null). Eagerly the missing
/// mask means "average everything". Hybridized with <c>mask: Tensor</c> (TensorFlow: an input signature that
/// under-specifies the argument), the graph refuses the call without a mask; the fix declares
/// <c>Optional[Tensor]</c> and refines it with <c>is None</c> inside the graph. Finding (i), API misuse; the study's
/// fix class "change a tf.function parameter" (mis-specified input signatures).
/// </summary>
public sealed class P15OptionalDeclaredAsTensor : ISemanticProbe
{
    public FindingKind Kind => FindingKind.Divergence;

    public SemanticFinding Run(ComputeDevice device)
    {
        using var scope = NewDisposeScope();
        Device target = TorchDevices.Resolve(device);
        using Tensor x = arange(1, 9, dtype: float32).to(target);
        using Tensor mask = (arange(8) % 2).to(float32).to(target);
        using GraphModule graph = GraphModule.Compile(TorchScriptSource.ForSuite(GetType(), "masked_mean.torchscript"));
        float eagerUnmasked = GraphCallOutcome.ReadScalar(MaskedMean(x, null));
        float eagerMasked = GraphCallOutcome.ReadScalar(MaskedMean(x, mask));

        GraphCallOutcome misdeclaredUnmasked = GraphCallOutcome.Of(() => graph.Invoke("masked_mean_declared_tensor", x, null!));
        GraphCallOutcome misdeclaredMasked = GraphCallOutcome.Of(() => graph.Invoke("masked_mean_declared_tensor", x, mask));
        GraphCallOutcome fixedUnmasked = GraphCallOutcome.Of(() => graph.Invoke("masked_mean", x, null!));
        GraphCallOutcome fixedMasked = GraphCallOutcome.Of(() => graph.Invoke("masked_mean", x, mask));

        bool observed = !misdeclaredUnmasked.Returned(eagerUnmasked) && misdeclaredMasked.Returned(eagerMasked)
                        && fixedUnmasked.Returned(eagerUnmasked) && fixedMasked.Returned(eagerMasked);
        return new SemanticFinding(FindingKind.Divergence, observed,
            observed ? "eager and graph diverge: the graph refuses the call without a mask" : "a missing mask behaved as eagerly",
            $"eager masked mean of 1..8: no mask {eagerUnmasked}, odd positions {eagerMasked}; graph mask: Tensor: no mask " +
            $"{misdeclaredUnmasked}, with mask {misdeclaredMasked}; fix mask: Optional[Tensor]: no mask {fixedUnmasked}, with mask {fixedMasked}");
    }

    private static Tensor MaskedMean(Tensor x, Tensor? mask) =>
        mask is null ? x.mean() : (x * mask).sum() / mask.sum();
}
