using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Benchmarks.Suites;
using BenchHarness.Identity;
using static TorchSharp.torch;

namespace BenchHarness.Benchmarks.Patterns;

/// <summary>
/// P11 host-sync-in-loop: an inner loop of 16 in-place descent steps, <c>x -= 0.1 (x - target)</c>, that tracks the
/// total loss. Anti-pattern: each step's loss is read to the host (<c>item</c>), as a running-loss log does. Fix: the
/// loss is summed on the device and read once after the loop.
/// Eager: the same loop, with a read per step against a device-side sum. Graph: a host read cannot be part of a
/// graph, so the anti-pattern invokes a compiled single-step function from C# and reads its loss every iteration;
/// the fix runs the whole loop as one TorchScript function.
/// </summary>
/// <remarks>
/// Both members return the final parameters followed by the total loss, built from a host value in both, so they
/// differ only in how often they read. On the CPU a read waits for nothing, so eager mode should show about 1.0x
/// (graph mode adds one graph invocation per step to the anti-pattern); on CUDA every <c>item</c> synchronises
/// the device and stalls the queue of asynchronous kernel launches.
/// </remarks>
public class P11HostSyncInLoop : PairSuite
{
    private const int Steps = 16;
    private const double Rate = 0.1;

    private Tensor start = null!;
    private Tensor target = null!;
    private GraphModule graph = null!;

    /// <summary>
    /// On the CPU: parameter count: 256 is dispatch-bound, 65536 is memory-bound on the CPU.
    /// On CUDA (about 5 element-wise ops a step), 256 is launch-bound, 1M parameters move 4 MB an op (about 1 us: the
    /// launch floor), 64M move 268 MB an op (about 56 us): memory-bound, where a read per step costs little against the
    /// work.
    /// </summary>
    public override IReadOnlyList<int> SizesOn(ComputeDevice device) =>
        device == ComputeDevice.Cpu ? [256, 65_536] : [256, 1_048_576, 67_108_864];

    /// <summary>Calls pipelined between synchronisations: where graph mode and host reads matter most on CUDA.</summary>
    public override bool MeasuresThroughput => true;

    protected override void Prepare()
    {
        start = RandomTensor(Size);
        target = RandomTensor(Size);
        graph = CompileGraph("descent.torchscript");
    }

    protected override Func<Tensor> Member(PairMember member, ExecutionMode mode) => (member, mode) switch
    {
        (PairMember.Anti, ExecutionMode.Eager) => ReadingEveryStep(DescentStep),
        (PairMember.Anti, ExecutionMode.Graph) => ReadingEveryStep(parameters => graph.Invoke("descent_step", parameters, target, Rate)),
        (PairMember.Fix, ExecutionMode.Eager) => ReadingOnce(DescendOnDevice),
        (PairMember.Fix, ExecutionMode.Graph) => ReadingOnce(parameters => graph.Invoke("descend", parameters, target, Rate, Steps)),
        _ => throw new ArgumentOutOfRangeException(nameof(member)),
    };

    /// <param name="step">Updates the parameters in place and returns the loss after the update.</param>
    private Func<Tensor> ReadingEveryStep(Func<Tensor, Tensor> step) => () =>
    {
        Tensor parameters = start.clone();
        double totalLoss = 0;
        for (int i = 0; i < Steps; i++)
            totalLoss += step(parameters).item<float>();
        return Result(parameters, totalLoss);
    };

    /// <param name="loop">Runs every step in place on the parameters and returns the total loss, still on the device.</param>
    private Func<Tensor> ReadingOnce(Func<Tensor, Tensor> loop) => () =>
    {
        Tensor parameters = start.clone();
        double totalLoss = loop(parameters).item<float>();
        return Result(parameters, totalLoss);
    };

    private Tensor DescendOnDevice(Tensor parameters)
    {
        Tensor totalLoss = tensor(0f, device: TorchDevice);
        for (int i = 0; i < Steps; i++)
            totalLoss.add_(DescentStep(parameters));
        return totalLoss;
    }

    private Tensor DescentStep(Tensor parameters)
    {
        parameters.sub_(Rate * (parameters - target));
        Tensor error = parameters - target;
        return (error * error).mean();
    }

    private Tensor Result(Tensor parameters, double totalLoss) =>
        cat([parameters, tensor(new[] { (float)totalLoss }, device: TorchDevice)]);
}
