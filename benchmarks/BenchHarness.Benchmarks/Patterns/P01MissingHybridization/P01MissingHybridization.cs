using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Benchmarks.Suites;
using BenchHarness.Identity;
using static TorchSharp.torch;

namespace BenchHarness.Benchmarks.Patterns;

/// <summary>
/// P01 missing-hybridization: a hot inference step of many small ops (three normalised residual layers,
/// about 34 ops) left eager, against the same step as one graph function.
/// </summary>
/// <remarks>
/// The anti-pattern is the absence of hybridization, so it is the eager step in both columns. The fix is the
/// TorchScript step in graph mode; in eager mode there is no graph to build and the fix runs the same eager
/// step, which makes the eager column a control: any difference there is noise. P13 (the graph conversion removed to
/// debug) is this pair with the fix's graph member eager again (<see cref="RemovedGraphConversion"/>): what the gate catches.
/// </remarks>
public class P01MissingHybridization : PairSuite
{
    private const int Batch = 16;
    private const int Layers = 3;

    private Tensor input = null!;
    private Tensor[] weights = [];
    private Tensor[] biases = [];
    private GraphModule graph = null!;

    /// <summary>
    /// On the CPU: layer width: 16 is dispatch-bound, 256 is dominated by the matrix products.
    /// On CUDA (batch 16: each product reads its 4W² bytes of weights), 256 is launch-bound, 2048 reads 16 MiB a
    /// product (about 3.5 us at 4.8 TB/s, one launch), 16384 reads 1 GiB (about 220 us): memory-bound.
    /// </summary>
    public override IReadOnlyList<int> SizesOn(ComputeDevice device) =>
        device == ComputeDevice.Cpu ? [16, 256] : [256, 2_048, 16_384];

    /// <summary>Calls pipelined between synchronisations: where graph mode and host reads matter most on CUDA.</summary>
    public override bool MeasuresThroughput => true;

    protected override void Prepare()
    {
        input = RandomTensor(Batch, Size);
        weights = Enumerable.Range(0, Layers).Select(_ => RandomTensor(Size, Size).div_(Math.Sqrt(Size))).ToArray();
        biases = Enumerable.Range(0, Layers).Select(_ => RandomTensor(Size)).ToArray();
        graph = CompileGraph("mlp_step.torchscript");
    }

    protected override Func<Tensor> Member(PairMember member, ExecutionMode mode) => (member, mode) switch
    {
        (PairMember.Fix, ExecutionMode.Graph) when !RemovedGraphConversion.IsPlantedIn("P01") => () => graph.Invoke("mlp_step",
            input, weights[0], biases[0], weights[1], biases[1], weights[2], biases[2]),
        _ => EagerStep,
    };

    private Tensor EagerStep()
    {
        Tensor h = input;
        for (int layer = 0; layer < Layers; layer++)
            h = NormalisedLayer(h, weights[layer], biases[layer]);
        return h.softmax(-1);
    }

    private static Tensor NormalisedLayer(Tensor h, Tensor weight, Tensor bias)
    {
        Tensor z = h.matmul(weight) + bias;
        Tensor centred = z - z.mean([-1], keepdim: true);
        Tensor variance = (centred * centred).mean([-1], keepdim: true);
        return (centred * (variance + 1e-5).rsqrt()).relu() + h;
    }
}
