using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Benchmarks.Suites;
using BenchHarness.Identity;
using static TorchSharp.torch;

namespace BenchHarness.Benchmarks.Patterns;

/// <summary>
/// P18 eager-api-in-graph: class predictions handed to host code as a NumPy array, <c>logits.argmax(1).numpy()</c>, as
/// people write it eagerly (TorchSharp: <c>argmax(1).data&lt;long&gt;()</c>). TorchScript has no <c>numpy()</c>: the study's main
/// incompatibility class is eager-only APIs (<c>.numpy()</c>, NumPy calls) inside tf.function, 7 of its 13 fixed by
/// removing the decorator. Finding (iii); compiled in an isolated child (<see cref="CompileRefusalProbe"/>).
/// </summary>
public sealed class P18EagerApiInGraph(Func<string, TimeSpan, IsolatedCompiler.Result> compile) : CompileRefusalProbe(compile)
{
    public P18EagerApiInGraph()
        : this(IsolatedCompiler.Compile)
    {
    }

    protected override string ScriptFile => "predictions";

    public override string ExpectedError => "has no attribute or method 'numpy'";

    protected override string ErrorName => "error for a missing Tensor method";

    protected override string Refused => "a call of the eager-only Tensor.numpy()";

    protected override string RunEagerly(ComputeDevice device)
    {
        using var scope = NewDisposeScope();
        Tensor logits = tensor(new float[] { 0.1f, 2.0f, -1.0f, 3.0f, 0.5f, 0.2f }).reshape(2, 3).to(TorchDevices.Resolve(device));
        long[] classes = logits.argmax(1).cpu().data<long>().ToArray();
        return $"eager predictions of two rows = [{string.Join(", ", classes)}] (read to the host)";
    }
}
