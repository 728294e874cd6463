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
/// Memory: TorchSharp never frees a compilation unit's native memory, whatever Dispose does, and a unit that has run
/// also keeps memory about the size of its run's intermediate tensors. So the anti-pattern's process grows with every
/// call, by design. Measured here (resident memory over 1500 calls on CPU): about 80 KiB per call at width 16 and about
/// 190 KiB at width 1024 (three 64 KiB activations). No call is cheap, though: a compile (about 0.35 ms) and a first,
/// profiling run put a call at 0.4 ms or more, so an iteration holds hundreds of calls, not tens of thousands, and the
/// process grows by at most about 200 MiB per second of measured anti-pattern calls. A default-profile process (the
/// first launch's pilot, 8 warm-ups and 20 iterations of 25 ms: about 1 s of calls) should end up about 200 MiB larger;
/// a smoke-profile process (about 0.15 s of calls) tens of MiB.
/// </para>
/// </remarks>
public class P05GraphCreatedInLoop : PairSuite
{
    private const int Batch = 16;
    private const int Classes = 10;

    private Tensor input = null!;
    private Tensor hiddenWeight = null!;
    private Tensor hiddenBias = null!;
    private Tensor outputWeight = null!;
    private Tensor outputBias = null!;
    private TorchScriptSource source = null!;
    private GraphModule compiledOnce = null!;

    /// <summary>
    /// On the CPU: hidden width: 16 is dispatch- and compile-bound, 1024 spends its time in the matrix products. The
    /// small batch
    /// keeps the activations, which the anti-pattern's process never gets back (see remarks), small against the work.
    /// On CUDA (batch 16: the hidden product reads its 4W² bytes of weights), 256 is launch-bound, 2048 reads 16 MiB
    /// (about 3.5 us), 16384 reads 1 GiB (about 220 us): memory-bound.
    /// </summary>
    public override IReadOnlyList<int> SizesOn(ComputeDevice device) =>
        device == ComputeDevice.Cpu ? [16, 1024] : [256, 2_048, 16_384];

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

    protected override Func<Tensor> FirstCall(PairMember member, ExecutionMode mode) => (member, mode) switch
    {
        (PairMember.Fix, ExecutionMode.Graph) => () => CompileAndCallAsFirstUse(source, Classify),
        _ => () => CallAsFirstUse(Member(member, mode)),
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
