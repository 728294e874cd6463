using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Benchmarks.Suites;
using BenchHarness.Identity;
using BenchmarkDotNet.Attributes;
using static TorchSharp.torch;

namespace BenchHarness.Benchmarks.Patterns;

/// <summary>
/// P03 scalar-retracing: an SGD step whose learning rate changes every call (a decaying schedule).
/// Anti-pattern: the rate is a host scalar that specialises the graph, so every new value compiles a new
/// graph function. Fix: the rate is a runtime argument of one graph function.
/// </summary>
/// <remarks>
/// <para>
/// In eager mode nothing is compiled, so nothing retraces: the anti-pattern passes a host double, the fix a 0-dim
/// tensor that holds the rate (filled in place every step, as a learning-rate variable is assigned), so each member
/// makes one host scalar per call and neither allocates a tensor for the rate. The fix still multiplies tensor by
/// tensor where the anti-pattern multiplies by a scalar, so the eager column is a contrast, not a control; the
/// mechanism is measured in graph mode only.
/// </para>
/// <para>
/// Graph mode has two fixes: <see cref="Fix"/> passes the rate as a TorchScript <c>float</c>, the variant
/// <see cref="Fix_TensorArgument"/> as that 0-dim tensor, the study's own fix ("pass tensors, not Python values").
/// First calls start a training run from scratch: empty graph caches and the schedule's first rates.
/// </para>
/// </remarks>
public class P03ScalarRetracing : PairSuite
{
    private const string SpecialisedFunction = "sgd_step_specialised";

    private Tensor weights = null!;
    private Tensor gradient = null!;
    private TorchScriptSource source = null!;
    private GraphModule generic = null!;
    private SpecialisingCache<double> specialised = null!;
    private LearningRateSchedule schedule = null!;
    private Tensor rate = null!;

    /// <summary>
    /// On the CPU: parameter count: 256 is dispatch- and compile-bound, 262144 is memory-bound.
    /// On CUDA (about 20 bytes a parameter per step), 256 is launch-bound, 4M moves 84 MB (about 17 us at 4.8 TB/s, a
    /// few launches), 64M moves 1.3 GB (about 280 us): memory-bound.
    /// </summary>
    public override IReadOnlyList<int> SizesOn(ComputeDevice device) =>
        device == ComputeDevice.Cpu ? [256, 262_144] : [256, 4_194_304, 67_108_864];

    protected override void Prepare()
    {
        weights = RandomTensor(Size);
        gradient = RandomTensor(Size);
        source = Script("sgd_step.torchscript");
        generic = Own(GraphModule.Compile(source));
        specialised = Own(NewSpecialisingCache());
        schedule = new LearningRateSchedule();
        rate = Own(zeros([], float32, TorchDevice));
    }

    /// <summary>The study's fix in graph mode: the rate passed as a 0-dim tensor argument.</summary>
    public override IReadOnlyList<MemberVariant> Variants { get; } = [new(PairMember.Fix, "TensorArgument", ExecutionMode.Graph)];

    [Benchmark]
    public void Fix_TensorArgument() => MeasureVariant();

    protected override Func<Tensor> VariantMember(MemberVariant variant) => () =>
        generic.Invoke("sgd_step_tensor", weights, gradient, Rate(schedule.Next()));

    public override bool MeasuresFirstCall => true;

    protected override Func<Tensor> Member(PairMember member, ExecutionMode mode) =>
        Step(member, mode, schedule, generic, specialised);

    protected override Func<Tensor> FirstCall(PairMember member, ExecutionMode mode) => () =>
    {
        using GraphModule? freshGeneric = (member, mode) == (PairMember.Fix, ExecutionMode.Graph) ? GraphModule.Compile(source) : null;
        using SpecialisingCache<double> freshCache = NewSpecialisingCache();
        return CallAsFirstUse(Step(member, mode, new LearningRateSchedule(), freshGeneric, freshCache));
    };

    private Func<Tensor> Step(
        PairMember member, ExecutionMode mode, LearningRateSchedule rates, GraphModule? generic, SpecialisingCache<double> specialised) =>
        (member, mode) switch
        {
            (PairMember.Anti, ExecutionMode.Eager) => () => EagerStep(rates.Next()),
            (PairMember.Fix, ExecutionMode.Eager) => () => EagerStep(Rate(rates.Next())),
            (PairMember.Anti, ExecutionMode.Graph) => () =>
                specialised.For(rates.Next()).Invoke(SpecialisedFunction, weights, gradient),
            (PairMember.Fix, ExecutionMode.Graph) => () => generic!.Invoke("sgd_step", weights, gradient, rates.Next()),
            _ => throw new ArgumentOutOfRangeException(nameof(member)),
        };

    // The graph cache keyed on the rate's value, as tf.function keys its traces on Python values; bounded so a long
    // run does not hold thousands of units.
    private SpecialisingCache<double> NewSpecialisingCache() => new(SpecialisedStep, capacity: 64);

    /// <summary>What a tracer makes of sgd_step for one learning rate: a graph with the rate as a constant.</summary>
    private TorchScriptSource SpecialisedStep(double learningRate)
    {
        string literal = TorchScriptSource.FloatLiteral(learningRate);
        return source.Append(literal,
            $"def {SpecialisedFunction}(weights: Tensor, gradient: Tensor) -> Tensor:\n" +
            $"    return sgd_step(weights, gradient, {literal})");
    }

    // The rate as a tensor argument: the suite's one 0-dim tensor, assigned this step's value.
    private Tensor Rate(double learningRate) => rate.fill_(learningRate);

    private Tensor EagerStep(double learningRate) => weights - learningRate * (gradient + 0.0001 * weights);

    private Tensor EagerStep(Tensor learningRate) => weights - learningRate * (gradient + 0.0001 * weights);

    /// <summary>A step-decay schedule: every call yields a value not seen before, as a training loop does.</summary>
    private sealed class LearningRateSchedule
    {
        private long step;

        public double Next() => 0.1 / (1.0 + 1e-4 * step++);
    }
}
