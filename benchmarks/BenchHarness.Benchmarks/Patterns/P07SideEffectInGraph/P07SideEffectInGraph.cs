using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Benchmarks.Suites;
using BenchHarness.Identity;
using static TorchSharp.torch;

namespace BenchHarness.Benchmarks.Patterns;

/// <summary>
/// P07 side-effect-in-graph: adding sinusoidal positional encodings to embedded sequences, where host code
/// builds the encoding table once and caches it in a field. Anti-pattern: the step hybridized as written, so the
/// graph, which cannot see the host-side guard, builds the table on every call. Fix: the table is built once,
/// outside the graph, and passed in as an argument.
/// </summary>
/// <remarks>
/// <para>
/// In eager mode the guard works: the anti-pattern builds the table on its first call (BenchmarkDotNet's untimed
/// first call) and reuses the cached one, the fix reuses the table it was given, and both should cost the same,
/// which shows that the damage comes from the graph conversion. The code differs (a guard against a field), so the
/// catalog calls the eager column a contrast, not a control.
/// </para>
/// <para>
/// In TensorFlow the same pattern is also a correctness hazard: a Python guard inside a <c>tf.function</c> runs only
/// while the function is traced, so the graph keeps the guarded work and drops the guard. In TensorFlow's counter
/// example (<c>if self.counter == 0: self.counter += 1; self.v.assign_add(1)</c>) eager execution returns 1, 1, 1
/// and the graph 1, 2, 3. TorchScript compiled from source has no trace-time host code; here the hazard shows as
/// repeated work, and the equivalence check records that all four outputs agree.
/// </para>
/// </remarks>
public class P07SideEffectInGraph : PairSuite
{
    private const int Batch = 4;
    private const int Width = 128;

    private Tensor embedded = null!;
    private Tensor precomputedTable = null!;
    private Tensor? cachedTable;
    private GraphModule graph = null!;

    /// <summary>
    /// On the CPU: sequence length (table rows): 16 is dispatch-bound, 1024 spends its time on sin, cos and the sums.
    /// On CUDA (each op of the table and the sum touches 512 bytes a row and batch), 16 is launch-bound, 16384 rows
    /// move about 8 MB an op (about 2 us, a launch), 262144 about 130-540 MB an op (30-110 us): memory-bound.
    /// </summary>
    public override IReadOnlyList<int> SizesOn(ComputeDevice device) =>
        device == ComputeDevice.Cpu ? [16, 1024] : [16, 16_384, 262_144];

    protected override void Prepare()
    {
        embedded = RandomTensor(Batch, Size, Width);
        precomputedTable = Own(PositionalTable(Size, Width, TorchDevice));
        graph = CompileGraph("positional_encoding.torchscript");
    }

    protected override Func<Tensor> Member(PairMember member, ExecutionMode mode) => (member, mode) switch
    {
        (PairMember.Anti, ExecutionMode.Eager) => () => embedded + CachedTable(),
        (PairMember.Fix, ExecutionMode.Eager) => () => embedded + precomputedTable,
        (PairMember.Anti, ExecutionMode.Graph) => () => graph.Invoke("encode_building_table", embedded),
        (PairMember.Fix, ExecutionMode.Graph) => () => graph.Invoke("encode", embedded, precomputedTable),
        _ => throw new ArgumentOutOfRangeException(nameof(member)),
    };

    // The host-side guard: built on the first call, kept (out of the call's dispose scope) for the suite's lifetime.
    private Tensor CachedTable() =>
        cachedTable ??= Own(PositionalTable(Size, Width, TorchDevice));

    private static Tensor PositionalTable(int length, int width, Device device)
    {
        Tensor position = arange(length, float32, device).unsqueeze(1);
        Tensor frequency = arange(0, width, 2, float32, device).mul(-Math.Log(10_000.0) / width).exp();
        Tensor angles = position * frequency;
        return stack([angles.sin(), angles.cos()], -1).flatten(1);
    }
}
