using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Benchmarks.Suites;
using BenchHarness.Identity;
using static TorchSharp.torch;

namespace BenchHarness.Benchmarks.Patterns;

/// <summary>
/// P20 unsupported-module-in-graph: an activation written with the functional module, <c>F.gelu(x)</c> after
/// <c>import torch.nn.functional as F</c>, as people write it eagerly (TorchSharp: <c>nn.functional.gelu</c>). TorchScript
/// compiled from source resolves <c>torch.*</c> builtins only: no imports, no <c>F.</c>, no <c>math</c>. Finding (iii); compiled in
/// an isolated child (<see cref="CompileRefusalProbe"/>).
/// </summary>
public sealed class P20UnsupportedModuleInGraph(Func<string, TimeSpan, IsolatedCompiler.Result> compile) : CompileRefusalProbe(compile)
{
    public P20UnsupportedModuleInGraph()
        : this(IsolatedCompiler.Compile)
    {
    }

    protected override string ScriptFile => "activation";

    public override string ExpectedError => "undefined value F";

    protected override string ErrorName => "error for an undefined name";

    protected override string Refused => "the functional module F (torch.nn.functional)";

    protected override string RunEagerly(ComputeDevice device)
    {
        using var scope = NewDisposeScope();
        Tensor x = tensor(new float[] { -1.0f, 0.0f, 1.0f }).to(TorchDevices.Resolve(device));
        float[] values = (nn.functional.gelu(x) * 0.5).cpu().data<float>().ToArray();
        return $"eager activation(-1, 0, 1) = [{string.Join(", ", values.Select(v => v.ToString("G4")))}]";
    }
}
