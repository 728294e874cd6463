using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Benchmarks.Suites;
using BenchHarness.Identity;
using static TorchSharp.torch;

namespace BenchHarness.Benchmarks.Patterns;

/// <summary>
/// P02 unprofitable-hybridization: a feature-extraction function made of one heavy op, relu(conv2d(image, kernel,
/// bias)) on one 8-channel image with a 3x3 kernel, that a program calls once or a few times. Anti-pattern: the
/// function hybridized, so its first use pays a compile and the profiling executor's first calls, for a graph that
/// saves two dispatches against a convolution. Fix: leave it eager.
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
    private const int Channels = 8;
    private const int KernelSide = 3;

    private Tensor image = null!;
    private Tensor kernel = null!;
    private Tensor bias = null!;
    private TorchScriptSource source = null!;
    private GraphModule graph = null!;

    /// <summary>Image side: 8 is about ten microseconds of work, 128 is dominated by the convolution.</summary>
    public override IEnumerable<int> Sizes => [8, 128];

    public override bool MeasuresFirstCall => true;

    protected override void Prepare()
    {
        image = RandomTensor(1, Channels, Size, Size);
        kernel = RandomTensor(Channels, Channels, KernelSide, KernelSide)
            .div_(Math.Sqrt(Channels * KernelSide * KernelSide));
        bias = RandomTensor(Channels);
        source = Script("extract_features.torchscript");
        graph = Own(GraphModule.Compile(source));
    }

    protected override Func<Tensor> Member(PairMember member, ExecutionMode mode) => (member, mode) switch
    {
        (PairMember.Anti, ExecutionMode.Graph) => () => ExtractFeatures(graph),
        _ => ExtractFeaturesEagerly,
    };

    protected override Func<Tensor> FirstCall(PairMember member, ExecutionMode mode) => (member, mode) switch
    {
        (PairMember.Anti, ExecutionMode.Graph) => () => CompileAndCallAsFirstUse(source, ExtractFeatures),
        _ => () => CallAsFirstUse(ExtractFeaturesEagerly),
    };

    private Tensor ExtractFeatures(GraphModule compiled) => compiled.Invoke("extract_features", image, kernel, bias);

    private Tensor ExtractFeaturesEagerly() =>
        nn.functional.conv2d(image, kernel, bias, strides: [1, 1], padding: [1, 1]).relu();
}
