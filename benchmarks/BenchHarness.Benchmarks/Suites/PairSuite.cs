using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Identity;
using BenchmarkDotNet.Attributes;
using TorchSharp;
using static TorchSharp.torch;

namespace BenchHarness.Benchmarks.Suites;

/// <summary>
/// Base of every paired suite: the anti-pattern and its fix, each in eager and graph mode, on every device,
/// over a size sweep. A pattern supplies its inputs (<see cref="Prepare"/>) and the four implementations
/// (<see cref="Member"/>); this class owns the benchmark shape, so every suite's results pair the same way.
/// Suites whose mechanism is compile or trace cost also supply <see cref="FirstCall"/>, and then
/// <see cref="AntiFirstCall"/> and <see cref="FixFirstCall"/> time a cold start apart from the steady state.
/// </summary>
/// <remarks>
/// Names follow <see cref="BenchmarkIdentity"/>: the concrete type is named after its pattern
/// (<c>P01MissingHybridization</c>) and the two benchmarks are <see cref="Anti"/> and <see cref="Fix"/>.
/// </remarks>
public abstract class PairSuite : IDisposable
{
    private readonly List<IDisposable> owned = [];
    private Func<Tensor>? anti;
    private Func<Tensor>? fix;
    private Func<Tensor>? antiFirstCall;
    private Func<Tensor>? fixFirstCall;
    private List<Tensor>? firstUseOutputs;
    private List<FirstUseStage>? firstUseStages;
    private Dictionary<string, Func<Tensor>> variants = [];

    [ParamsAllValues]
    public ComputeDevice Device { get; set; }

    [ParamsAllValues]
    public ExecutionMode Mode { get; set; }

    /// <summary>Problem size: small sizes are dispatch-bound, large ones compute-bound.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Size { get; set; }

    /// <summary>
    /// Every size of every device's sweep: BenchmarkDotNet's parameter values. The selection keeps, per device, the
    /// sizes of <see cref="SizesOn"/> only, so a case's name is the same whichever devices a suite sweeps.
    /// </summary>
    public IEnumerable<int> Sizes => Enum.GetValues<ComputeDevice>().SelectMany(device => SizesOn(device)).Distinct().Order();

    /// <summary>
    /// The size sweep on <paramref name="device"/>, from dispatch-bound (launch-bound on a GPU) to compute-bound: a CPU and
    /// a data-centre GPU cross over at sizes orders of magnitude apart (docs/patterns.md, "Sizes per device").
    /// </summary>
    public abstract IReadOnlyList<int> SizesOn(ComputeDevice device);

    /// <summary>Tolerances of the output-equivalence check; graph mode may reorder floating-point work.</summary>
    public virtual double RelativeTolerance => 1e-4;

    public virtual double AbsoluteTolerance => 1e-5;

    /// <summary>Whether this suite times first calls (<see cref="FirstCall"/>); the other suites skip those benchmarks.</summary>
    public virtual bool MeasuresFirstCall => false;

    /// <summary>
    /// Whether this suite also times throughput (<see cref="AntiThroughput"/>, <see cref="FixThroughput"/>):
    /// <see cref="ThroughputCalls"/> calls per device synchronisation, where the steady benchmarks synchronise after every
    /// call. On CUDA that is the pipelined regime where graph mode and host reads matter most.
    /// </summary>
    public virtual bool MeasuresThroughput => false;

    /// <summary>
    /// The sizes throughput is timed at: every size on CUDA; on the CPU, where there is no queue to pipeline, only the
    /// dispatch-bound one (the CPU catalog's time budget allows a tenth more cases, docs/patterns.md).
    /// </summary>
    public IReadOnlyList<int> ThroughputSizesOn(ComputeDevice device) =>
        device == ComputeDevice.Cpu ? [SizesOn(device)[0]] : SizesOn(device);

    /// <summary>Calls per synchronisation in a throughput benchmark; its time is per call (BenchmarkDotNet's operations).</summary>
    public const int ThroughputCalls = 32;

    /// <summary>
    /// Other ways of writing a member, each timed beside the pair in one mode (a second fix, a faithful emulation beside a
    /// substitute, an epoch from cold). The suite declares each one's benchmark method, named
    /// <see cref="MemberVariant.MethodName"/>, whose body is <see cref="MeasureVariant"/>; its implementation is
    /// <see cref="VariantMember"/>. Results compare a variant with the other side's member (<see cref="BenchmarkIdentity.Variant"/>).
    /// </summary>
    public virtual IReadOnlyList<MemberVariant> Variants => [];

    /// <summary>The variant whose benchmark method is <paramref name="methodName"/>, or null for a member's own method.</summary>
    public MemberVariant? VariantOf(string methodName) => Variants.FirstOrDefault(v => v.MethodName == methodName);

    /// <summary>The phase a benchmark method of this class times, read from its name as <see cref="BenchmarkIdentity"/> does.</summary>
    public static CallPhase PhaseOf(string methodName) =>
        methodName.EndsWith(nameof(CallPhase.FirstCall), StringComparison.Ordinal) ? CallPhase.FirstCall
        : methodName.EndsWith(nameof(CallPhase.Throughput), StringComparison.Ordinal) ? CallPhase.Throughput
        : CallPhase.Steady;

    /// <summary>
    /// How many consecutive calls of each member the equivalence check compares: at least
    /// <see cref="FirstCallInvocations"/>, more where a member's state changes over more calls (a stream of shapes).
    /// </summary>
    public virtual int EquivalenceCalls => FirstCallInvocations;

    /// <summary>
    /// Threads and seed for <see cref="GlobalSetup"/>; null reads them from the process environment, as
    /// BenchmarkDotNet's children must. The equivalence check sets them to the request's.
    /// </summary>
    public TorchSettings? Session { get; set; }

    /// <summary>The seed this suite was set up with, for host-side randomness (inputs drawn with torch are seeded already).</summary>
    protected int Seed => Session?.Seed ?? throw new InvalidOperationException("GlobalSetup has not run");

    protected torch.Device TorchDevice { get; private set; } = torch.CPU;

    [GlobalSetup]
    public void GlobalSetup()
    {
        Session ??= TorchSettings.FromEnvironment();
        TorchSession.Configure(Session);
        TorchDevice = TorchDevices.Resolve(Device);
        // Temporaries of Prepare die with this scope; what the suite keeps, it registers with Own.
        using (NewDisposeScope())
            Prepare();
        anti = Member(PairMember.Anti, Mode);
        fix = Member(PairMember.Fix, Mode);
        if (MeasuresFirstCall)
        {
            antiFirstCall = FirstCall(PairMember.Anti, Mode);
            fixFirstCall = FirstCall(PairMember.Fix, Mode);
        }
        variants = Variants.Where(v => v.Mode == Mode).ToDictionary(v => v.MethodName, VariantMember);
    }

    [Benchmark(Baseline = true)]
    public void Anti() => Measure(anti!);

    [Benchmark]
    public void Fix() => Measure(fix!);

    [Benchmark]
    public void AntiFirstCall() => Measure(antiFirstCall ?? throw FirstCallNotMeasured());

    [Benchmark]
    public void FixFirstCall() => Measure(fixFirstCall ?? throw FirstCallNotMeasured());

    [Benchmark(OperationsPerInvoke = ThroughputCalls)]
    public void AntiThroughput() => MeasurePipelined(anti!);

    [Benchmark(OperationsPerInvoke = ThroughputCalls)]
    public void FixThroughput() => MeasurePipelined(fix!);

    [GlobalCleanup]
    public void GlobalCleanup() => Dispose();

    /// <summary>The body of a variant's benchmark method: the variant measured as <see cref="Anti"/> and <see cref="Fix"/> are.</summary>
    protected void MeasureVariant([System.Runtime.CompilerServices.CallerMemberName] string methodName = "") =>
        Measure(Variant(methodName));

    private Func<Tensor> Variant(string methodName) => variants.GetValueOrDefault(methodName)
        ?? throw new InvalidOperationException($"{SuiteType.Name} has no variant {methodName} in {Mode} mode");

    /// <summary>
    /// The outputs of one member, which the caller owns (used for equivalence checks): steady, <paramref name="calls"/>
    /// consecutive calls; first call, one first use, whose <see cref="FirstCallInvocations"/> calls each give an output.
    /// </summary>
    public IReadOnlyList<Tensor> Evaluate(PairMember member, CallPhase phase, int calls) =>
        Evaluate(phase == CallPhase.Steady ? (member == PairMember.Anti ? anti! : fix!)
            : (member == PairMember.Anti ? antiFirstCall : fixFirstCall) ?? throw FirstCallNotMeasured(), phase, calls);

    /// <summary>The outputs of one variant (in the mode this suite was set up in), as <see cref="Evaluate(PairMember, CallPhase, int)"/>.</summary>
    public IReadOnlyList<Tensor> Evaluate(MemberVariant variant, int calls) => Evaluate(Variant(variant.MethodName), variant.Phase, calls);

    private IReadOnlyList<Tensor> Evaluate(Func<Tensor> implementation, CallPhase phase, int calls)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(calls, 1);
        var outputs = new List<Tensor>();
        using DisposeScope scope = NewDisposeScope();
        if (phase == CallPhase.Steady)
        {
            for (int i = 0; i < calls; i++)
                outputs.Add(Keep(implementation()));
        }
        else
        {
            firstUseOutputs = outputs;
            try
            {
                // A first use returns its first call's output; CallAsFirstUse has recorded the later ones.
                outputs.Insert(0, Keep(implementation()));
            }
            finally
            {
                firstUseOutputs = null;
            }
        }
        TorchDevices.Synchronize(TorchDevice);
        return outputs.Select(o => o.MoveToOuterDisposeScope()).ToArray();
    }

    /// <summary>
    /// One first use of <paramref name="member"/>, each stage timed on its own and synchronised (the compile where the
    /// suite compiles a new unit, then each call): what a first call includes on this device. Outside measurement only.
    /// </summary>
    public IReadOnlyList<FirstUseStage> ProfileFirstUse(PairMember member)
    {
        Func<Tensor> implementation = (member == PairMember.Anti ? antiFirstCall : fixFirstCall) ?? throw FirstCallNotMeasured();
        var stages = new List<FirstUseStage>();
        firstUseStages = stages;
        try
        {
            using DisposeScope scope = NewDisposeScope();
            implementation();
        }
        finally
        {
            firstUseStages = null;
        }
        return stages;
    }

    // A copy taken at once, so a later call that updates a tensor in place, or returns one of the suite's inputs, cannot
    // change what was recorded; it dies with Evaluate's scope unless moved out.
    private static Tensor Keep(Tensor output) => output.clone();

    public void Dispose()
    {
        foreach (IDisposable resource in owned)
            resource.Dispose();
        owned.Clear();
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// Creates inputs, weights and compiled graphs, registering what must survive with <see cref="Own{T}"/>.
    /// Runs once per process, outside measurement, inside a dispose scope that frees its temporaries.
    /// </summary>
    protected abstract void Prepare();

    /// <summary>
    /// The implementation of <paramref name="member"/> in <paramref name="mode"/>. Where the anti-pattern only
    /// exists under hybridization, the eager implementation runs the same computation eagerly.
    /// </summary>
    protected abstract Func<Tensor> Member(PairMember member, ExecutionMode mode);

    /// <summary>
    /// For suites that measure first calls: <paramref name="member"/> built from scratch and called as a program
    /// first calls it (in graph mode: a new graph function compiled, then invoked until the profiling executor
    /// has optimised it). Everything it creates must be released before it returns: it runs once per invocation.
    /// </summary>
    protected virtual Func<Tensor> FirstCall(PairMember member, ExecutionMode mode) => throw FirstCallNotMeasured();

    /// <summary>The implementation of one of <see cref="Variants"/> (in its mode, which this suite is set up in).</summary>
    protected virtual Func<Tensor> VariantMember(MemberVariant variant) =>
        throw new InvalidOperationException($"{SuiteType.Name} declares variant {variant.MethodName} but does not implement it");

    /// <summary>
    /// How many calls a first-call measurement makes: TorchScript's profiling executor profiles the first call,
    /// optimises on the second, and runs the optimised graph from the third.
    /// </summary>
    protected const int FirstCallInvocations = 3;

    /// <summary>
    /// Calls <paramref name="call"/> <see cref="FirstCallInvocations"/> times; returns the first output. Under
    /// <see cref="Evaluate"/> the later outputs are recorded too, so that every call of a first use is checked.
    /// </summary>
    protected Tensor CallAsFirstUse(Func<Tensor> call) => CallInSequence(FirstCallInvocations, call);

    /// <summary>
    /// Calls <paramref name="call"/> <paramref name="calls"/> times (a first use longer than <see cref="CallAsFirstUse"/>,
    /// such as a whole epoch from cold); returns the first output, and under <see cref="Evaluate(PairMember, CallPhase, int)"/>
    /// records the later ones.
    /// </summary>
    protected Tensor CallInSequence(int calls, Func<Tensor> call)
    {
        Tensor first = Stage(StageName(0), call);
        for (int i = 1; i < calls; i++)
        {
            Tensor next = Stage(StageName(i), call);
            firstUseOutputs?.Add(Keep(next));
        }
        return first;
    }

    private static string StageName(int call) => call < CallStages.Length ? CallStages[call] : $"call {call + 1}";

    // What TorchScript's profiling executor does on each call of a new graph.
    private static readonly string[] CallStages =
        ["call 1 (profiling run)", "call 2 (optimisation; on CUDA also the fusion compile)", "call 3 (optimised graph)"];

    // Under ProfileFirstUse, times one stage (synchronised, so queued kernels count where they were launched).
    private T Stage<T>(string name, Func<T> work)
    {
        if (firstUseStages is null)
            return work();
        long start = System.Diagnostics.Stopwatch.GetTimestamp();
        T result = work();
        TorchDevices.Synchronize(TorchDevice);
        firstUseStages.Add(new FirstUseStage(name, System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds));
        return result;
    }

    /// <summary>
    /// A graph function's first use: <paramref name="source"/> compiled into a new unit, then called as by
    /// <see cref="CallAsFirstUse"/>. The unit is disposed before this returns (its native memory is not freed, see
    /// <see cref="GraphModule"/>); returns the first output.
    /// </summary>
    protected Tensor CompileAndCallAsFirstUse(TorchScriptSource source, Func<GraphModule, Tensor> call)
    {
        using GraphModule graph = Stage("compile", () => GraphModule.Compile(source));
        return CallAsFirstUse(() => call(graph));
    }

    /// <summary>A seeded standard-normal tensor on the suite's device (drawn on the CPU, so every device sees the same values).</summary>
    protected Tensor RandomTensor(params long[] shape) => Own(randn(shape, dtype: float32).to(TorchDevice));

    /// <summary>Compiles the suite's TorchScript file (beside the suite's source) once, outside measurement.</summary>
    protected GraphModule CompileGraph(string fileName) => Own(GraphModule.Compile(Script(fileName)));

    /// <summary>A TorchScript file from this suite's folder.</summary>
    protected TorchScriptSource Script(string fileName) => TorchScriptSource.ForSuite(SuiteType, fileName);

    // BenchmarkDotNet runs a generated subclass ("Runnable_0"); the suite is the first type of this assembly.
    private Type SuiteType
    {
        get
        {
            Type type = GetType();
            while (type.Assembly != typeof(PairSuite).Assembly)
                type = type.BaseType!;
            return type;
        }
    }

    /// <summary>Keeps <paramref name="resource"/> alive until the suite is disposed, outside any dispose scope.</summary>
    protected T Own<T>(T resource) where T : IDisposable
    {
        if (resource is Tensor tensor)
            tensor.DetachFromDisposeScope();
        owned.Add(resource);
        return resource;
    }

    private InvalidOperationException FirstCallNotMeasured() =>
        new($"{SuiteType.Name} does not measure first calls (MeasuresFirstCall is false)");

    // The measured body: the member plus its temporaries inside one dispose scope, and a device
    // synchronisation before the timer stops (and, in a calibration launch only, a planted regression).
    private void Measure(Func<Tensor> member)
    {
        using DisposeScope scope = NewDisposeScope();
        member();
        PlantedDelay.Spend();
        TorchDevices.Synchronize(TorchDevice);
    }

    // Throughput: the calls queue on the device one after another and one synchronisation ends them. Each call's
    // temporaries are released as it returns, which waits for nothing: the caching allocator reuses memory in stream order.
    private void MeasurePipelined(Func<Tensor> member)
    {
        if (!MeasuresThroughput)
            throw new InvalidOperationException($"{SuiteType.Name} does not measure throughput (MeasuresThroughput is false)");
        for (int call = 0; call < ThroughputCalls; call++)
        {
            using DisposeScope scope = NewDisposeScope();
            member();
            PlantedDelay.Spend();
        }
        TorchDevices.Synchronize(TorchDevice);
    }
}

/// <summary>
/// A variant of a pair member, timed in <paramref name="Mode"/> only and at <paramref name="Phase"/>: its benchmark method is
/// <see cref="MethodName"/> (<c>Fix_TensorArgument</c>, <c>Anti_ColdEpochFirstCall</c>), so the identity reads it as that member's variant.
/// </summary>
/// <param name="Name">The variant's name, capitalised, not ending in a phase (<c>TensorArgument</c>).</param>
public sealed record MemberVariant(PairMember Member, string Name, ExecutionMode Mode, CallPhase Phase = CallPhase.Steady)
{
    public string MethodName => $"{Member}_{Name}{Phase.Suffix()}";
}

/// <summary>One stage of a first use (the compile, or one call) and how long it took.</summary>
public sealed record FirstUseStage(string Stage, double Milliseconds);
