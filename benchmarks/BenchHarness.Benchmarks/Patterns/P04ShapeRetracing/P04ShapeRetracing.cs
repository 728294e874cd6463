using System.Globalization;
using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Benchmarks.Suites;
using BenchHarness.Identity;
using BenchmarkDotNet.Attributes;
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
/// seeded shuffled order, repeated. Batch size and width are fixed, so the length is the shape.
/// </para>
/// <para>
/// The steady state is a <b>bounded-cache worst case</b>, not what tf.function does: the anti-pattern's cache holds
/// <see cref="BoundedCapacity"/> graphs, fewer than the epoch's lengths, and is emptied when full, so every steady call
/// misses and pays a compile and a first (profiling) run of a new graph. tf.function keeps every trace: after one
/// epoch it would hit on every call. What it pays is measured by the variants <see cref="Anti_ColdEpochFirstCall"/> and
/// <see cref="Fix_ColdEpochFirstCall"/>: a whole epoch from cold, every length once, from an empty cache that keeps
/// every trace (the anti-pattern: one compile per length) or a newly compiled polymorphic graph (the fix: one compile).
/// The fix's steady state is one polymorphic graph called with every length. A second fix, <see cref="Fix_Bucketed"/>,
/// pads each batch to one of a few bucket lengths (<see cref="BucketWidth"/> apart; padded up front, as a data
/// pipeline's padded batches are) and masks the padding: a graph specialised per bucket, so a handful of compiles.
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
    /// <summary>Lengths in an epoch, each met once per epoch; more than the bounded per-shape cache holds.</summary>
    public const int DistinctLengths = 48;
    /// <summary>The steady anti-pattern's cache: fewer graphs than lengths, emptied when full (the worst case).</summary>
    public const int BoundedCapacity = 32;
    /// <summary>The bucketing fix pads every length up to the next multiple of this: four buckets for lengths 8-55.</summary>
    public const int BucketWidth = 16;
    private const string SpecialisedFunction = "encode_specialised";
    private const string BucketFunction = "encode_bucketed";

    private Tensor[] epoch = null!;
    private Tensor weight = null!;
    private TorchScriptSource source = null!;
    private GraphModule polymorphic = null!;
    private SpecialisingCache<long> specialised = null!;
    private BatchStream stream = null!;
    private Tensor[] paddedEpoch = null!;
    private SpecialisingCache<long> buckets = null!;
    private BatchStream paddedStream = null!;

    /// <summary>
    /// On the CPU: model width: 16 is dispatch- and compile-bound, 256 spends its time in the projection.
    /// On CUDA (about 500 W² flops a batch), 256 is launch-bound (0.5 us), 1024 takes about 9 us, 4096 about 140 us:
    /// compute-bound.
    /// </summary>
    public override IReadOnlyList<int> SizesOn(ComputeDevice device) =>
        device == ComputeDevice.Cpu ? [16, 256] : [256, 1_024, 4_096];

    public override bool MeasuresFirstCall => true;

    /// <summary>A whole epoch: every length, the bounded cache filled, emptied and refilled on the way, an epoch from cold.</summary>
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
        if (Mode == ExecutionMode.Graph)
        {
            paddedEpoch = epoch.Select(batch => Own(nn.functional.pad(batch, [0, 0, 0, BucketOf(batch.size(1)) - batch.size(1)]))).ToArray();
            buckets = Own(new SpecialisingCache<long>(BucketEncoder, capacity: DistinctLengths));
            paddedStream = new BatchStream(paddedEpoch);
        }
    }

    public override IReadOnlyList<MemberVariant> Variants { get; } =
    [
        new(PairMember.Anti, ColdEpoch, ExecutionMode.Graph, CallPhase.FirstCall),
        new(PairMember.Fix, ColdEpoch, ExecutionMode.Graph, CallPhase.FirstCall),
        new(PairMember.Fix, "Bucketed", ExecutionMode.Graph),
    ];

    private const string ColdEpoch = "ColdEpoch";

    [Benchmark]
    public void Anti_ColdEpochFirstCall() => MeasureVariant();

    [Benchmark]
    public void Fix_ColdEpochFirstCall() => MeasureVariant();

    [Benchmark]
    public void Fix_Bucketed() => MeasureVariant();

    protected override Func<Tensor> VariantMember(MemberVariant variant) => (variant.Member, variant.Phase) switch
    {
        (PairMember.Anti, CallPhase.FirstCall) => () =>
        {
            // Every trace kept, as tf.function keeps them: each length compiles once, on its first batch.
            using SpecialisingCache<long> everyTrace = new(SpecialisedEncoder, capacity: DistinctLengths);
            return CallInSequence(DistinctLengths, Encoder(PairMember.Anti, ExecutionMode.Graph, new BatchStream(epoch), null, everyTrace));
        },
        (PairMember.Fix, CallPhase.FirstCall) => () =>
        {
            using GraphModule fresh = GraphModule.Compile(source);
            return CallInSequence(DistinctLengths, Encoder(PairMember.Fix, ExecutionMode.Graph, new BatchStream(epoch), fresh, specialised));
        },
        _ => () =>
        {
            Tensor padded = paddedStream.Next();
            return buckets.For(padded.size(1)).Invoke(BucketFunction, padded, weight, LengthOf(paddedStream.Position - 1));
        },
    };

    /// <summary>The bucket a length is padded to: the next multiple of <see cref="BucketWidth"/>.</summary>
    public static long BucketOf(long length) => (length + BucketWidth - 1) / BucketWidth * BucketWidth;

    // The true length of the stream's batch at position, before padding.
    private long LengthOf(long position) => epoch[position % epoch.Length].size(1);

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

    // The graph cache keyed on the exact length, as tf.function keys its traces on input shapes; bounded (the worst case).
    private SpecialisingCache<long> NewSpecialisingCache() => new(SpecialisedEncoder, BoundedCapacity);

    /// <summary>What a tracer makes of encode for one input length: a graph with the length as a constant.</summary>
    private TorchScriptSource SpecialisedEncoder(long length)
    {
        string literal = length.ToString(CultureInfo.InvariantCulture);
        return source.Append($"length{literal}",
            $"def {SpecialisedFunction}(tokens: Tensor, weight: Tensor) -> Tensor:\n" +
            $"    return encode_length(tokens, weight, {literal})");
    }

    /// <summary>What a tracer makes of the bucketed encoder for one bucket: the bucket's length a constant, the true length an argument.</summary>
    private TorchScriptSource BucketEncoder(long bucket)
    {
        string literal = bucket.ToString(CultureInfo.InvariantCulture);
        return source.Append($"bucket{literal}",
            $"def {BucketFunction}(padded: Tensor, weight: Tensor, length: int) -> Tensor:\n" +
            $"    return encode_padded(padded, weight, length, {literal})");
    }

    /// <summary>The prepared epoch, batch after batch, starting over at its end.</summary>
    private sealed class BatchStream(Tensor[] epoch)
    {
        /// <summary>How many batches have been taken.</summary>
        public long Position { get; private set; }

        public Tensor Next() => epoch[Position++ % epoch.Length];
    }
}
