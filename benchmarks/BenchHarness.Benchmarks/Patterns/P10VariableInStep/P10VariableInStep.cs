using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Benchmarks.Suites;
using BenchHarness.Identity;
using static TorchSharp.torch;

namespace BenchHarness.Benchmarks.Patterns;

/// <summary>
/// P10 variable-in-step: a dense layer, tanh(x kernel + bias), whose kernel and bias are created and initialised
/// inside the step on every call, against the same layer with its variables created once and reused.
/// Eager: the anti-pattern builds the variables in the step, the fix builds them once in <see cref="Prepare"/>.
/// Graph: the anti-pattern's TorchScript function builds them inside the graph on every invocation; the fix's
/// function takes them as arguments.
/// </summary>
/// <remarks>
/// The initialiser is deterministic (a sine pattern scaled to Xavier-uniform's limit) so that all four members
/// compute the same output; like a random draw, its cost grows with the kernel's fan-in x units elements.
/// </remarks>
public class P10VariableInStep : PairSuite
{
    private const int Batch = 16;
    // Golden-ratio frequencies: the sine pattern does not repeat within a kernel, so no two rows or columns are alike.
    private const double RowFrequency = 0.6180339887;
    private const double ColumnFrequency = 2.3999632297;

    private Tensor input = null!;
    private Tensor kernel = null!;
    private Tensor bias = null!;
    private GraphModule graph = null!;

    /// <summary>
    /// On the CPU: layer width (fan-in and units): 16 is dispatch-bound, 512 is dominated by initialisation and the
    /// matrix product.
    /// On CUDA (the anti-pattern writes 4W² bytes of kernel and reads them back), 256 is launch-bound, 2048 moves 16
    /// MiB an op (about 3.5 us), 8192 256 MiB (about 56 us an op): memory-bound.
    /// </summary>
    public override IReadOnlyList<int> SizesOn(ComputeDevice device) =>
        device == ComputeDevice.Cpu ? [16, 512] : [256, 2_048, 8_192];

    protected override void Prepare()
    {
        input = RandomTensor(Batch, Size);
        (kernel, bias) = CreateVariables(Size);
        Own(kernel);
        Own(bias);
        graph = CompileGraph("dense_layer.torchscript");
    }

    protected override Func<Tensor> Member(PairMember member, ExecutionMode mode) => (member, mode) switch
    {
        (PairMember.Anti, ExecutionMode.Eager) => DenseStepCreatingVariables,
        (PairMember.Fix, ExecutionMode.Eager) => () => Dense(input, kernel, bias),
        (PairMember.Anti, ExecutionMode.Graph) => () => graph.Invoke("dense_step_creating_variables", input, Size),
        (PairMember.Fix, ExecutionMode.Graph) => () => graph.Invoke("dense_step", input, kernel, bias),
        _ => throw new ArgumentOutOfRangeException(nameof(member)),
    };

    private Tensor DenseStepCreatingVariables()
    {
        (Tensor freshKernel, Tensor freshBias) = CreateVariables(Size);
        return Dense(input, freshKernel, freshBias);
    }

    private static Tensor Dense(Tensor x, Tensor kernel, Tensor bias) => (x.matmul(kernel) + bias).tanh();

    /// <summary>Kernel and bias of a dense layer over <see cref="input"/>, with its dtype and device.</summary>
    private (Tensor Kernel, Tensor Bias) CreateVariables(long units)
    {
        long fanIn = input.size(1);
        Tensor rows = arange(fanIn, input.dtype, input.device).unsqueeze(1) * RowFrequency;
        Tensor columns = arange(units, input.dtype, input.device) * ColumnFrequency;
        double limit = Math.Sqrt(6.0 / (fanIn + units));
        return ((rows + columns).sin() * limit, zeros(units, input.dtype, input.device));
    }
}
