using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Benchmarks.Suites;
using BenchHarness.Identity;
using BenchHarness.Results;
using static TorchSharp.torch;

namespace BenchHarness.Benchmarks.Patterns;

/// <summary>
/// P16 host-guarded-side-effect: a state tensor incremented once, guarded by a host flag (AP-7, TensorFlow's counter
/// example). Eagerly the guard runs on every call: 1, 1, 1. Converted to a graph, the guard is read once, while the
/// graph is built, so the increment is compiled in unconditionally and TorchScript performs it on the caller's
/// tensor on every call: 1, 2, 3. The fix passes the flag as an argument, so the graph reads it on every call.
/// Finding (i), API misuse (Python side effects inside tf.function).
/// </summary>
/// <remarks>
/// The state and its in-place update are TorchScript's own; only the tracer's single read of the host flag is
/// emulated (TorchScript compiled from source has no trace-time host code).
/// </remarks>
public sealed class P16HostGuardedSideEffect : ISemanticProbe
{
    private const int Calls = 3;
    private const string Script = "count_call.torchscript";

    public FindingKind Kind => FindingKind.Divergence;

    public SemanticFinding Run(ComputeDevice device)
    {
        Device target = TorchDevices.Resolve(device);
        float[] eager = Observe(target, (state, flag) =>
        {
            if (!flag.Initialised)
            {
                state.add_(1.0);
                flag.Initialised = true;
            }
            return state.clone();
        });

        using GraphModule graph = GraphModule.Compile(TorchScriptSource.ForSuite(GetType(), Script));
        var converting = new HostFlag();
        using GraphModule converted = Convert(converting);
        float[] anti = Observe(target, (state, _) => converted.Invoke("count_call_converted", state));
        float[] fix = Observe(target, (state, flag) =>
        {
            Tensor counted = graph.Invoke("count_call", state, !flag.Initialised);
            flag.Initialised = true;
            return counted;
        });

        bool observed = !eager.SequenceEqual(anti) && eager.SequenceEqual(fix);
        return new SemanticFinding(FindingKind.Divergence, observed,
            observed ? "eager and graph results diverge" : "eager and graph results agree",
            $"{Calls} calls of a guarded state.add_(1): eager saw {string.Join(", ", eager)}; graph saw {string.Join(", ", anti)} " +
            $"(the host guard was read once, when the graph was built); fix (the flag passed on every call) saw {string.Join(", ", fix)}");
    }

    /// <summary>The host-side guard: whether the one-time work was done.</summary>
    private sealed class HostFlag
    {
        public bool Initialised { get; set; }
    }

    // What tracing does: the host guard runs while the graph is built (and sets the flag), and what it read becomes a constant.
    private static GraphModule Convert(HostFlag flag)
    {
        bool increment = !flag.Initialised;
        flag.Initialised = true;
        TorchScriptSource source = TorchScriptSource.ForSuite(typeof(P16HostGuardedSideEffect), Script);
        return GraphModule.Compile(source.Append("converted",
            "def count_call_converted(state: Tensor) -> Tensor:\n" +
            $"    return count_call(state, {(increment ? "True" : "False")})"));
    }

    private static float[] Observe(Device device, Func<Tensor, HostFlag, Tensor> call)
    {
        using Tensor state = zeros(1).to(device);
        var flag = new HostFlag();
        return Enumerable.Range(0, Calls).Select(_ => GraphCallOutcome.ReadScalar(call(state, flag))).ToArray();
    }
}
