using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Benchmarks.Suites;
using BenchHarness.Identity;
using static TorchSharp.torch;

namespace BenchHarness.Benchmarks.Patterns;

/// <summary>
/// P05 graph-created-in-loop: a two-layer classifier head applied to one batch per call of an inference loop.
/// Anti-pattern: the graph function is created inside the loop, so every call compiles it anew and runs it once
/// (TensorFlow: a <c>tf.function</c> defined in the loop body starts with an empty trace cache). Fix: the graph is
/// compiled once, outside the loop, and every call reuses it.
/// </summary>
/// <remarks>
/// <para>
/// Compilation is the mechanism, so in eager mode both members run the same classifier eagerly: a control column,
/// which shows that the damage comes from the graph conversion. First calls start the loop from scratch and make
/// three calls: the anti-pattern compiles three graphs, the fix one.
/// </para>
/// <para>
/// Memory: TorchSharp never frees a compilation unit's native memory (about 90 KiB each, whatever Dispose does), so
/// the anti-pattern's process grows by that much per call, by design. No call is cheap, though: a compile (about
/// 0.35 ms on CPU here) and a first, profiling run (about 0.8 ms) put a call near 1 ms, so an iteration holds at most
/// about a thousand calls per second of iteration time, not tens of thousands: at most about 90 MiB of growth per
/// second of measured anti-pattern calls. A default-profile process (pilot, warm-up, 10 iterations of 150 ms) makes
/// a few thousand calls and grows by a few hundred MiB; a smoke-profile process by about 10-20 MiB. The width-512
/// point does more work per call, so fewer calls and less growth.
/// </para>
/// </remarks>
public class P05GraphCreatedInLoop : PairSuite
{
    private const int Batch = 64;
    private const int Classes = 10;

    private Tensor input = null!;
    private Tensor hiddenWeight = null!;
    private Tensor hiddenBias = null!;
    private Tensor outputWeight = null!;
    private Tensor outputBias = null!;
    private TorchScriptSource source = null!;
    private GraphModule compiledOnce = null!;

    /// <summary>Hidden width: 16 is dispatch- and compile-bound, 512 spends its time in the matrix products.</summary>
    public override IEnumerable<int> Sizes => [16, 512];

    public override bool MeasuresFirstCall => true;

    protected override void Prepare()
    {
        input = RandomTensor(Batch, Size);
        hiddenWeight = RandomTensor(Size, Size).div_(Math.Sqrt(Size));
        hiddenBias = RandomTensor(Size);
        outputWeight = RandomTensor(Size, Classes).div_(Math.Sqrt(Size));
        outputBias = RandomTensor(Classes);
        source = Script("classifier.torchscript");
        compiledOnce = Own(GraphModule.Compile(source));
    }

    protected override Func<Tensor> Member(PairMember member, ExecutionMode mode) => (member, mode) switch
    {
        (PairMember.Anti, ExecutionMode.Graph) => ClassifyWithGraphCreatedInLoop,
        (PairMember.Fix, ExecutionMode.Graph) => () => Classify(compiledOnce),
        _ => EagerClassify,
    };

    protected override Func<Tensor> FirstCall(PairMember member, ExecutionMode mode) => () =>
    {
        using GraphModule? fresh = (member, mode) == (PairMember.Fix, ExecutionMode.Graph) ? GraphModule.Compile(source) : null;
        return CallAsFirstUse(fresh is null ? Member(member, mode) : () => Classify(fresh));
    };

    private Tensor ClassifyWithGraphCreatedInLoop()
    {
        using GraphModule local = GraphModule.Compile(source);
        return Classify(local);
    }

    private Tensor Classify(GraphModule graph) =>
        graph.Invoke("classify", input, hiddenWeight, hiddenBias, outputWeight, outputBias);

    private Tensor EagerClassify() =>
        (input.matmul(hiddenWeight) + hiddenBias).relu().matmul(outputWeight).add(outputBias).softmax(-1);
}
