using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Benchmarks.Suites;
using BenchHarness.Identity;
using static TorchSharp.torch;

namespace BenchHarness.Benchmarks.Patterns;

/// <summary>
/// P02 unprofitable-hybridization: a function made of one heavy op, a dense projection relu(x weight + bias) around
/// one big matrix product, that a program calls once or a few times. Anti-pattern: the function hybridized, so its
/// first use pays a compile and the profiling executor's first calls, for a graph that saves two dispatches against
/// a matrix product. Fix: leave it eager.
/// Graph mode: the anti-pattern is the compiled graph, the fix is the eager function. Eager mode: both members are
/// the eager function, a control column (any difference there is noise).
/// </summary>
/// <remarks>
/// Warm, the graph should cost about what the eager function costs; the price is paid on first use. Both members'
/// first calls measure first use the same way, a member built from scratch (the anti-pattern's compile included)
/// and called <see cref="PairSuite.FirstCallInvocations"/> times, so that each member's first call and steady state
/// give the break-even call count.
/// </remarks>
public class P02UnprofitableHybridization : PairSuite
{
    private Tensor x = null!;
    private Tensor weight = null!;
    private Tensor bias = null!;
    private TorchScriptSource source = null!;
    private GraphModule graph = null!;

    /// <summary>
    /// On the CPU: rows and width of the square product: 16 is dispatch-bound, 256 is dominated by the matrix product.
    /// On CUDA (2N³ flops at about 60 TFLOP/s in FP32), 256 is launch-bound (0.5 us of work), 1024 takes about 35 us,
    /// 4096 about 2 ms: compute-bound.
    /// </summary>
    public override IReadOnlyList<int> SizesOn(ComputeDevice device) =>
        device == ComputeDevice.Cpu ? [16, 256] : [256, 1_024, 4_096];

    public override bool MeasuresFirstCall => true;

    protected override void Prepare()
    {
        x = RandomTensor(Size, Size);
        weight = RandomTensor(Size, Size).div_(Math.Sqrt(Size));
        bias = RandomTensor(Size);
        source = Script("projection.torchscript");
        graph = Own(GraphModule.Compile(source));
    }

    protected override Func<Tensor> Member(PairMember member, ExecutionMode mode) => (member, mode) switch
    {
        (PairMember.Anti, ExecutionMode.Graph) => () => Project(graph),
        _ => ProjectEagerly,
    };

    protected override Func<Tensor> FirstCall(PairMember member, ExecutionMode mode) => (member, mode) switch
    {
        (PairMember.Anti, ExecutionMode.Graph) => () => CompileAndCallAsFirstUse(source, Project),
        _ => () => CallAsFirstUse(ProjectEagerly),
    };

    private Tensor Project(GraphModule compiled) => compiled.Invoke("project", x, weight, bias);

    private Tensor ProjectEagerly() => (x.matmul(weight) + bias).relu();
}
