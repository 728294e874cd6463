using BenchHarness.Benchmarks.Diagnosers;
using TorchSharp;
using static TorchSharp.torch;

namespace BenchHarness.Benchmarks.Engines.Torch;

/// <summary>
/// Graph mode for the TorchSharp engine: TorchScript compiled in-process, called by function name.
/// </summary>
/// <remarks>
/// Invoking a name the compilation unit lacks makes TorchSharp 0.107 crash the process (segfault), so every
/// call is checked against the functions the source defines before it reaches native code.
/// Disposing does not return the unit's native memory (about 90 KiB, a TorchSharp limitation).
/// </remarks>
public sealed class GraphModule : IDisposable
{
    private readonly jit.CompilationUnit unit;

    private GraphModule(TorchScriptSource source, jit.CompilationUnit unit)
    {
        Source = source;
        this.unit = unit;
    }

    public TorchScriptSource Source { get; }

    /// <summary>
    /// Compiles <paramref name="source"/>. Syntax errors throw; a semantic error (undefined name, wrong
    /// types) aborts the process inside libtorch, which is why new scripts are first compiled in a child
    /// process by the tests.
    /// </summary>
    public static GraphModule Compile(TorchScriptSource source)
    {
        CompileCounter.Counted();
        // The TorchScript parser rejects a final line without its newline.
        return new(source, jit.compile(source.Text.EndsWith('\n') ? source.Text : source.Text + "\n"));
    }

    /// <summary>Calls <paramref name="function"/> with tensors, doubles (TorchScript float), longs or ints (int), bools.</summary>
    public Tensor Invoke(string function, params object[] arguments)
    {
        if (!Source.Functions.Contains(function))
            throw new ArgumentException(
                $"TorchScript '{Source.Name}' defines no function '{function}' " +
                $"(it defines: {string.Join(", ", Source.Functions.Order())})", nameof(function));
        return (Tensor)unit.invoke(function, arguments);
    }

    public void Dispose() => unit.Dispose();
}
