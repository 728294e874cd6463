using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Benchmarks.Suites;
using BenchHarness.Identity;
using static TorchSharp.torch;

namespace BenchHarness.Benchmarks.Patterns;

/// <summary>
/// P19 host-call-in-graph: a step that reports its activations to host code (a logger, a metrics callback) on the
/// way. Eagerly that is a C# call like any other; a graph cannot call back into the host, because TorchScript resolves
/// only its own defs and builtins. Finding (iii); compiled in an isolated child (<see cref="CompileRefusalProbe"/>).
/// </summary>
public sealed class P19HostCallInGraph(Func<string, TimeSpan, IsolatedCompiler.Result> compile) : CompileRefusalProbe(compile)
{
    public P19HostCallInGraph()
        : this(IsolatedCompiler.Compile)
    {
    }

    protected override string ScriptFile => "logged_step";

    public override string ExpectedError => "undefined value report_to_host";

    protected override string ErrorName => "error for an undefined name";

    protected override string Refused => "a call of host code (report_to_host) from the graph";

    protected override string RunEagerly(ComputeDevice device)
    {
        using var scope = NewDisposeScope();
        Device target = TorchDevices.Resolve(device);
        Tensor x = ones(2, 3).to(target);
        Tensor weight = full(3, 2, 0.5f).to(target);
        Tensor hidden = tanh(matmul(x, weight));
        double reported = ReportToHost(hidden.mean());
        return $"eager logged_step reported mean activation {reported:G4} to the host";
    }

    /// <summary>The host code the step calls: what a logger or metrics callback would receive.</summary>
    public static double ReportToHost(Tensor value) => value.item<float>();
}
