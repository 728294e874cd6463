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

    [ParamsAllValues]
    public ComputeDevice Device { get; set; }

    [ParamsAllValues]
    public ExecutionMode Mode { get; set; }

    /// <summary>Problem size: small sizes are dispatch-bound, large ones compute-bound.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Size { get; set; }

    /// <summary>The size sweep, from dispatch-bound to compute-bound.</summary>
    public abstract IEnumerable<int> Sizes { get; }

    /// <summary>Tolerances of the output-equivalence check; graph mode may reorder floating-point work.</summary>
    public virtual double RelativeTolerance => 1e-4;

    public virtual double AbsoluteTolerance => 1e-5;

    protected torch.Device TorchDevice { get; private set; } = torch.CPU;

    [GlobalSetup]
    public void GlobalSetup()
    {
        TorchSession.Configure(TorchSession.RequestedThreads, TorchSession.RequestedSeed);
        TorchDevice = TorchDevices.Resolve(Device);
        Prepare();
        anti = Member(PairMember.Anti, Mode);
        fix = Member(PairMember.Fix, Mode);
    }

    [Benchmark(Baseline = true)]
    public void Anti() => Measure(anti!);

    [Benchmark]
    public void Fix() => Measure(fix!);

    [GlobalCleanup]
    public void GlobalCleanup() => Dispose();

    /// <summary>Runs one member once and returns its output, which the caller owns (used for equivalence checks).</summary>
    public Tensor Evaluate(PairMember member)
    {
        using DisposeScope scope = NewDisposeScope();
        Tensor output = (member == PairMember.Anti ? anti : fix)!.Invoke();
        TorchDevices.Synchronize(TorchDevice);
        // A copy, so the caller's tensor survives the suite even when a member returns one of its inputs.
        return output.clone().MoveToOuterDisposeScope();
    }

    public void Dispose()
    {
        foreach (IDisposable resource in owned)
            resource.Dispose();
        owned.Clear();
        GC.SuppressFinalize(this);
    }

    /// <summary>Creates inputs, weights and compiled graphs. Runs once per process, outside measurement.</summary>
    protected abstract void Prepare();

    /// <summary>
    /// The implementation of <paramref name="member"/> in <paramref name="mode"/>. Where the anti-pattern only
    /// exists under hybridization, the eager implementation runs the same computation eagerly.
    /// </summary>
    protected abstract Func<Tensor> Member(PairMember member, ExecutionMode mode);

    /// <summary>A seeded standard-normal tensor on the suite's device (drawn on the CPU, so every device sees the same values).</summary>
    protected Tensor RandomTensor(params long[] shape)
    {
        using DisposeScope scope = NewDisposeScope();
        Tensor onDevice = randn(shape, dtype: float32).to(TorchDevice);
        return Own(onDevice.MoveToOuterDisposeScope());
    }

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

    /// <summary>Keeps <paramref name="resource"/> alive until the suite is disposed.</summary>
    protected T Own<T>(T resource) where T : IDisposable
    {
        owned.Add(resource);
        return resource;
    }

    // The measured body: the member plus its temporaries inside one dispose scope, and a device
    // synchronisation before the timer stops.
    private void Measure(Func<Tensor> member)
    {
        using DisposeScope scope = NewDisposeScope();
        member();
        TorchDevices.Synchronize(TorchDevice);
    }
}
