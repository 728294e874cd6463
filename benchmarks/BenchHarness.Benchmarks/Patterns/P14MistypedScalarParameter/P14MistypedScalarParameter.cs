using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Benchmarks.Suites;
using BenchHarness.Identity;
using BenchHarness.Results;
using static TorchSharp.torch;

namespace BenchHarness.Benchmarks.Patterns;

/// <summary>
/// P14 mistyped-scalar-parameter: a graph function's scalar parameter annotated with another type than its callers
/// pass (TensorFlow: an input signature or a decorator parameter that does not match the calls). Eagerly
/// <c>x * 2.5</c> and <c>x * 2</c> just work. TorchScript checks each argument against its annotation on every call
/// and converts nothing, so a float for <c>factor: int</c> and a host int for <c>factor: float</c> are both refused.
/// The fix annotates what the callers pass. Finding (i), API misuse; the study's fix class "change a tf.function
/// parameter".
/// </summary>
public sealed class P14MistypedScalarParameter : ISemanticProbe
{
    private const double Factor = 2.5;
    private const int WholeFactor = 2;

    public FindingKind Kind => FindingKind.Divergence;

    public SemanticFinding Run(ComputeDevice device)
    {
        using Tensor x = ones(1).to(TorchDevices.Resolve(device));
        using GraphModule graph = GraphModule.Compile(TorchScriptSource.ForSuite(GetType(), "scaled.torchscript"));
        float eager = GraphCallOutcome.ReadScalar(x * Factor);
        float eagerWhole = GraphCallOutcome.ReadScalar(x * WholeFactor);

        GraphCallOutcome floatForInt = GraphCallOutcome.Of(() => graph.Invoke("scaled_int_factor", x, Factor));
        GraphCallOutcome intForFloat = GraphCallOutcome.Of(() => graph.Invoke("scaled", x, WholeFactor));
        GraphCallOutcome fixedCall = GraphCallOutcome.Of(() => graph.Invoke("scaled", x, Factor));

        bool observed = !floatForInt.Returned(eager) && !intForFloat.Returned(eagerWhole) && fixedCall.Returned(eager);
        return new SemanticFinding(FindingKind.Divergence, observed,
            observed ? "eager and graph diverge: the graph refuses scalars its annotations do not name" : "mistyped scalars behaved as eagerly",
            $"eager x * {Factor} = {eager}, x * {WholeFactor} = {eagerWhole}; graph factor: int given {Factor}: {floatForInt}; " +
            $"graph factor: float given the host int {WholeFactor}: {intForFloat}; fix (factor: float given {Factor}): {fixedCall}");
    }
}
