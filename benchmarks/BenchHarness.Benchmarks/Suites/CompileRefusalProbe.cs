using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Identity;
using BenchHarness.Results;

namespace BenchHarness.Benchmarks.Suites;

/// <summary>
/// A probe of finding (iii): code that runs eagerly, whose graph compile TorchScript refuses. The compile runs in an
/// isolated child process (a TorchScript semantic error aborts the process that compiles it), and only the compiler's
/// own error text in the child's output is the finding, "graph: incompatible". A child that fails any other way
/// (natives that do not load, a timeout, a crash) proves nothing: the probe fails with the reason.
/// </summary>
/// <param name="compile">Compiles a script in isolation; the real one unless a test stands in for the child.</param>
public abstract class CompileRefusalProbe(Func<string, TimeSpan, IsolatedCompiler.Result> compile) : ISemanticProbe
{
    public const string IncompatibleSummary = "graph: incompatible";

    private static readonly TimeSpan CompileTimeout = TimeSpan.FromMinutes(1);

    /// <summary>The embedded script graph mode is expected to refuse: <c>&lt;probe type&gt;/&lt;ScriptFile&gt;.incompatible.torchscript</c>.</summary>
    public string RefusedScript => $"{GetType().Name}/{ScriptFile}{TorchScriptSource.IncompatibleSuffix}";

    /// <summary>The refused script's file name before its suffix (<c>tree_sum</c>).</summary>
    protected abstract string ScriptFile { get; }

    /// <summary>Text of TorchScript's own error for this construct, which the child's output must hold.</summary>
    public abstract string ExpectedError { get; }

    /// <summary>What the error is, in a few words ("recursion error").</summary>
    protected abstract string ErrorName { get; }

    /// <summary>What graph mode refused, for the finding ("the recursive function").</summary>
    protected abstract string Refused { get; }

    public FindingKind Kind => FindingKind.Incompatibility;

    /// <summary>Runs the same code eagerly and says what it returned: the code works, only graph mode refuses it.</summary>
    protected abstract string RunEagerly(ComputeDevice device);

    public SemanticFinding Run(ComputeDevice device)
    {
        string eagerResult = RunEagerly(device);
        IsolatedCompiler.Result graph = compile(RefusedScript, CompileTimeout);
        if (graph.Compiled)
            return new SemanticFinding(FindingKind.Incompatibility, Observed: false, $"graph: compiled ({Refused} accepted)", eagerResult);
        string message = CompilerMessage(graph.Output);
        if (!graph.TimedOut && graph.Output.Contains(ExpectedError, StringComparison.Ordinal))
            return new SemanticFinding(FindingKind.Incompatibility, Observed: true, IncompatibleSummary,
                $"{eagerResult}; TorchScript refused {Refused} (compiler exit code {graph.ExitCode}): {message}");
        throw new ProbeFailedException(
            $"the isolated TorchScript compile {(graph.TimedOut ? "timed out" : $"failed with exit code {graph.ExitCode}")} " +
            $"without the compiler's {ErrorName} ('{ExpectedError}'): {(message.Length == 0 ? "no output" : message)}");
    }

    // libtorch prints the C++ exception through std::terminate; keep the lines that say what went wrong, on one line.
    private static string CompilerMessage(string output) => string.Join(" ", output
        .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .Where(line => !line.StartsWith("terminate called", StringComparison.Ordinal))
        .Select(line => line.StartsWith("what():", StringComparison.Ordinal) ? line["what():".Length..].Trim() : line)
        .Where(line => line.Length > 0)
        .Take(6));
}
