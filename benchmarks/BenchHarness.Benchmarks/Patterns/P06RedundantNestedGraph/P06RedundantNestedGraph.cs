using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Benchmarks.Suites;
using BenchHarness.Identity;
using BenchmarkDotNet.Attributes;
using static TorchSharp.torch;

namespace BenchHarness.Benchmarks.Patterns;

/// <summary>
/// P06 redundant-nested-graph: a block of three stages (normalise, project, activate) inside a step that is
/// meant to be one graph. Anti-pattern (<see cref="PairSuite.Anti"/>: <b>host-called units</b>, a substitute): each
/// stage is its own separately compiled graph unit, called one after another from host code, so a block crosses three
/// graph boundaries. Fix: one graph function that calls the three stages inside TorchScript, one boundary.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Anti"/> is a substitution: the study's redundant decorator sits on a callee of a traced function. The
/// native emulation of that is the variant <see cref="Anti_Nested"/>: every stage wrapped in a graph function of its
/// own, called from the block's graph function, all in one TorchScript unit. TorchScript inlines a def called from a
/// def, so the redundant inner functions cost nothing there: expect about 1.0x against the fix, which is the finding
/// (the redundant decorator is harmless under TorchScript); the boundaries that cost are host calls.
/// </para>
/// <para>
/// Both members compile the same <c>block.torchscript</c>; they differ only in which of its functions the host
/// calls. Graph boundaries exist only under hybridization, so in eager mode both members run the same three
/// stages eagerly: the eager column is a control, any difference there is noise.
/// </para>
/// </remarks>
public class P06RedundantNestedGraph : PairSuite
{
    private const int Batch = 32;
    private const string BlockScript = "block.torchscript";

    private Tensor input = null!;
    private Tensor weight = null!;
    private Tensor bias = null!;
    private GraphModule normaliseGraph = null!;
    private GraphModule projectGraph = null!;
    private GraphModule activateGraph = null!;
    private GraphModule blockGraph = null!;

    /// <summary>
    /// On the CPU: block width: 16 is dispatch-bound, 512 is dominated by the matrix product.
    /// On CUDA (batch 32: the product reads its 4W² bytes of weights), 256 is launch-bound, 2048 reads 16 MiB (about
    /// 3.5 us), 16384 reads 1 GiB (about 220 us): memory-bound.
    /// </summary>
    public override IReadOnlyList<int> SizesOn(ComputeDevice device) =>
        device == ComputeDevice.Cpu ? [16, 512] : [256, 2_048, 16_384];

    /// <summary>Calls pipelined between synchronisations: where graph mode and host reads matter most on CUDA.</summary>
    public override bool MeasuresThroughput => true;

    protected override void Prepare()
    {
        input = RandomTensor(Batch, Size);
        weight = RandomTensor(Size, Size).div_(Math.Sqrt(Size));
        bias = RandomTensor(Size);
        // One compilation unit per stage, as when each callee is hybridized on its own.
        normaliseGraph = CompileGraph(BlockScript);
        projectGraph = CompileGraph(BlockScript);
        activateGraph = CompileGraph(BlockScript);
        blockGraph = CompileGraph(BlockScript);
    }

    /// <summary>The native nested-def emulation of the study's redundant inner decorator, in graph mode.</summary>
    public override IReadOnlyList<MemberVariant> Variants { get; } = [new(PairMember.Anti, "Nested", ExecutionMode.Graph)];

    [Benchmark]
    public void Anti_Nested() => MeasureVariant();

    protected override Func<Tensor> VariantMember(MemberVariant variant) => () => blockGraph.Invoke("block_nested", input, weight, bias);

    protected override Func<Tensor> Member(PairMember member, ExecutionMode mode) => (member, mode) switch
    {
        (PairMember.Anti, ExecutionMode.Graph) => () =>
        {
            Tensor normalised = normaliseGraph.Invoke("normalise", input);
            Tensor projected = projectGraph.Invoke("project", normalised, weight, bias);
            return activateGraph.Invoke("activate", projected);
        },
        (PairMember.Fix, ExecutionMode.Graph) => () => blockGraph.Invoke("block", input, weight, bias),
        _ => () => Activate(Project(Normalise(input), weight, bias)),
    };

    private static Tensor Normalise(Tensor x)
    {
        Tensor centred = x - x.mean([-1], keepdim: true);
        return centred * ((centred * centred).mean([-1], keepdim: true) + 1e-5).rsqrt();
    }

    private static Tensor Project(Tensor h, Tensor weight, Tensor bias) => h.matmul(weight) + bias;

    private static Tensor Activate(Tensor h) => h * (1.702 * h).sigmoid();
}
