using System.Globalization;
using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Benchmarks.Suites;
using BenchHarness.Identity;
using static TorchSharp.torch;

namespace BenchHarness.Benchmarks.Patterns;

/// <summary>
/// P04 shape-retracing: a sequence encoder (project every token, add a position ramp, tanh, average over time) fed
/// batches of variable length, as a data loader yields tokenised sentences. Anti-pattern: the graph is specialised on
/// the input shape: the length is compiled into the source as a constant and the graph cache is keyed on it, so every
/// new length compiles a new graph. Fix: one shape-polymorphic graph that reads the length at run time.
/// </summary>
/// <remarks>
/// <para>
/// The input stream, prepared up front, is one epoch of <see cref="DistinctLengths"/> batches, one per length, in a
/// seeded shuffled order, repeated. It has more distinct lengths than the per-shape cache holds
/// (<see cref="CacheCapacity"/>), so the steady state is the worst case of a long variable-length workload: every
/// anti-pattern call misses, and pays a compile and a first (profiling) run of a new graph. The fix's steady state
/// is one polymorphic graph called with every length. Batch size and width are fixed, so the length is the shape.
/// </para>
/// <para>
/// In eager mode nothing is compiled and both members run the same encoder eagerly: a control column, which shows
/// that the damage comes from the graph conversion. First calls start an epoch from scratch (an empty cache, or a
/// newly compiled polymorphic graph) and encode its first three batches.
/// </para>
/// </remarks>
public class P04ShapeRetracing : PairSuite
{
    private const int Batch = 8;
    private const int ShortestLength = 8;
    /// <summary>Lengths in an epoch, each met once per epoch; more than the per-shape cache holds.</summary>
    public const int DistinctLengths = 48;
    private const int CacheCapacity = 32;
    private const string SpecialisedFunction = "encode_specialised";

    private Tensor[] epoch = null!;
    private Tensor weight = null!;
    private TorchScriptSource source = null!;
    private GraphModule polymorphic = null!;
    private SpecialisingCache<long> specialised = null!;
    private BatchStream stream = null!;

    /// <summary>
    /// On the CPU: model width: 16 is dispatch- and compile-bound, 256 spends its time in the projection.
    /// On CUDA (about 500 W² flops a batch), 256 is launch-bound (0.5 us), 1024 takes about 9 us, 4096 about 140 us:
    /// compute-bound.
    /// </summary>
    public override IReadOnlyList<int> SizesOn(ComputeDevice device) =>
        device == ComputeDevice.Cpu ? [16, 256] : [256, 1_024, 4_096];

    public override bool MeasuresFirstCall => true;

    /// <summary>A whole epoch: every length, and the anti-pattern's cache filled, emptied and refilled on the way.</summary>
    public override int EquivalenceCalls => DistinctLengths;

    protected override void Prepare()
    {
        int[] lengths = Enumerable.Range(ShortestLength, DistinctLengths).ToArray();
        new Random(Seed).Shuffle(lengths);
        epoch = lengths.Select(length => RandomTensor(Batch, length, Size)).ToArray();
        weight = RandomTensor(Size, Size).div_(Math.Sqrt(Size));
        source = Script("sequence_encoder.torchscript");
        polymorphic = Own(GraphModule.Compile(source));
        specialised = Own(NewSpecialisingCache());
        stream = new BatchStream(epoch);
    }

    protected override Func<Tensor> Member(PairMember member, ExecutionMode mode) =>
        Encoder(member, mode, stream, polymorphic, specialised);

    protected override Func<Tensor> FirstCall(PairMember member, ExecutionMode mode) => () =>
    {
        using GraphModule? freshPolymorphic =
            (member, mode) == (PairMember.Fix, ExecutionMode.Graph) ? GraphModule.Compile(source) : null;
        using SpecialisingCache<long> freshCache = NewSpecialisingCache();
        return CallAsFirstUse(Encoder(member, mode, new BatchStream(epoch), freshPolymorphic, freshCache));
    };

    private Func<Tensor> Encoder(PairMember member, ExecutionMode mode,
        BatchStream batches, GraphModule? polymorphic, SpecialisingCache<long> specialised) =>
        (member, mode) switch
        {
            (PairMember.Anti, ExecutionMode.Graph) => () =>
            {
                Tensor tokens = batches.Next();
                return specialised.For(tokens.size(1)).Invoke(SpecialisedFunction, tokens, weight);
            },
            (PairMember.Fix, ExecutionMode.Graph) => () => polymorphic!.Invoke("encode", batches.Next(), weight),
            _ => () => EagerEncode(batches.Next()),
        };

    private Tensor EagerEncode(Tensor tokens)
    {
        long length = tokens.size(1);
        Tensor ramp = arange(length, tokens.dtype, tokens.device).unsqueeze(1) / length;
        return (tokens.matmul(weight) + ramp).tanh().sum(1) / length;
    }

    // The graph cache keyed on the exact length, as tf.function keys its traces on input shapes.
    private SpecialisingCache<long> NewSpecialisingCache() => new(SpecialisedEncoder, CacheCapacity);

    /// <summary>What a tracer makes of encode for one input length: a graph with the length as a constant.</summary>
    private TorchScriptSource SpecialisedEncoder(long length)
    {
        string literal = length.ToString(CultureInfo.InvariantCulture);
        return source.Append($"length{literal}",
            $"def {SpecialisedFunction}(tokens: Tensor, weight: Tensor) -> Tensor:\n" +
            $"    return encode_length(tokens, weight, {literal})");
    }

    /// <summary>The prepared epoch, batch after batch, starting over at its end.</summary>
    private sealed class BatchStream(Tensor[] epoch)
    {
        private long position;

        public Tensor Next() => epoch[position++ % epoch.Length];
    }
}
