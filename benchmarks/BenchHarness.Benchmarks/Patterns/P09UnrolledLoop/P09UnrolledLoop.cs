using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Benchmarks.Suites;
using BenchHarness.Identity;
using static TorchSharp.torch;

namespace BenchHarness.Benchmarks.Patterns;

/// <summary>
/// P09 unrolled-loop: a fixed number of steps of a small recurrence, h &lt;- tanh(h weight + x). Anti-pattern: the loop
/// unrolled into the graph, one copy of the body per step, as tracing a host loop records it. Fix: a real graph loop
/// (<c>for _ in range(steps)</c>) with the step count as an argument. The size sweep is the step count.
/// </summary>
/// <remarks>
/// The unrolled graph grows with the step count, and so do its compile and the profiling executor's first calls,
/// which the first-call benchmarks measure (a fresh compile, then <see cref="PairSuite.FirstCallInvocations"/>
/// calls); warm, both graphs run the same ops and should cost about the same. Only graph conversion unrolls a loop,
/// so in eager mode both members run the same C# loop: a control column.
/// TorchSharp never frees a compilation unit's native memory, and an unrolled unit is large: every first call of the
/// anti-pattern at 64 steps grows the benchmark process by about 1.6 MiB (the loop's by about 0.16 MiB).
/// </remarks>
public class P09UnrolledLoop : PairSuite
{
    private const int Batch = 16;
    private const int Width = 64;
    private const string UnrolledFunction = "recur_unrolled";

    private Tensor start = null!;
    private Tensor input = null!;
    private Tensor weight = null!;
    private TorchScriptSource loopSource = null!;
    private TorchScriptSource unrolledSource = null!;
    private GraphModule loopGraph = null!;
    private GraphModule unrolledGraph = null!;

    /// <summary>
    /// On the CPU: steps, and copies of the body in the unrolled graph: 8 is a small graph, 64 one of about 200 ops.
    /// On CUDA the body ([16, 64]) is launch-bound at every count: the sweep is the graph size, whose compile (and
    /// fusion compile) cost grows with it; 256 copies is a graph of about 800 ops.
    /// </summary>
    public override IReadOnlyList<int> SizesOn(ComputeDevice device) =>
        device == ComputeDevice.Cpu ? [8, 64] : [8, 64, 256];

    public override bool MeasuresFirstCall => true;

    /// <summary>
    /// <paramref name="source"/> plus <c>recur_unrolled</c>, the loop of <c>recur</c> unrolled: one call of the body,
    /// <c>step</c>, per step, each of which TorchScript inlines.
    /// </summary>
    public static TorchScriptSource UnrolledSource(TorchScriptSource source, int steps) =>
        source.Append($"{steps} steps unrolled",
            $"def {UnrolledFunction}(h: Tensor, x: Tensor, weight: Tensor) -> Tensor:\n" +
            string.Concat(Enumerable.Repeat("    h = step(h, x, weight)\n", steps)) +
            "    return h");

    protected override void Prepare()
    {
        start = RandomTensor(Batch, Width);
        input = RandomTensor(Batch, Width);
        weight = RandomTensor(Width, Width).div_(Math.Sqrt(Width));
        loopSource = Script("recurrence.torchscript");
        unrolledSource = UnrolledSource(loopSource, Size);
        loopGraph = Own(GraphModule.Compile(loopSource));
        unrolledGraph = Own(GraphModule.Compile(unrolledSource));
    }

    protected override Func<Tensor> Member(PairMember member, ExecutionMode mode) => (member, mode) switch
    {
        (PairMember.Anti, ExecutionMode.Graph) => () => RecurUnrolled(unrolledGraph),
        (PairMember.Fix, ExecutionMode.Graph) => () => RecurLooping(loopGraph),
        _ => RecurEagerly,
    };

    protected override Func<Tensor> FirstCall(PairMember member, ExecutionMode mode) => (member, mode) switch
    {
        (PairMember.Anti, ExecutionMode.Graph) => () => CompileAndCallAsFirstUse(unrolledSource, RecurUnrolled),
        (PairMember.Fix, ExecutionMode.Graph) => () => CompileAndCallAsFirstUse(loopSource, RecurLooping),
        _ => () => CallAsFirstUse(RecurEagerly),
    };

    private Tensor RecurUnrolled(GraphModule graph) => graph.Invoke(UnrolledFunction, start, input, weight);

    private Tensor RecurLooping(GraphModule graph) => graph.Invoke("recur", start, input, weight, Size);

    private Tensor RecurEagerly()
    {
        Tensor h = start;
        for (int i = 0; i < Size; i++)
            h = (h.matmul(weight) + input).tanh();
        return h;
    }
}
