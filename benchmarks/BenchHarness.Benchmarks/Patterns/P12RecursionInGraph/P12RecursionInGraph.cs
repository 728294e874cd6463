using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Benchmarks.Suites;
using BenchHarness.Identity;
using BenchHarness.Results;
using static TorchSharp.torch;

namespace BenchHarness.Benchmarks.Patterns;

/// <summary>
/// P12 recursion-in-graph: a recursive tree reduction runs eagerly but cannot be hybridized, because TorchScript
/// does not compile recursion. The graph compile is attempted in an isolated child process (the error aborts the
/// process that compiles it), and only the compiler's own recursion error in the child's output is the finding,
/// "graph: incompatible", finding (iii). A child that fails any other way (natives that do not load, a timeout, a
/// crash) proves nothing: the probe fails with the reason.
/// </summary>
/// <param name="compile">Compiles a script in isolation; the real one unless a test stands in for the child.</param>
public sealed class P12RecursionInGraph(Func<string, TimeSpan, IsolatedCompiler.Result> compile) : ISemanticProbe
{
    public const string Script = $"{nameof(P12RecursionInGraph)}/tree_sum{TorchScriptSource.IncompatibleSuffix}";

    /// <summary>What TorchScript says when it refuses recursion ("function 'tree_sum' is called recursively. ...").</summary>
    public const string RecursionError = "is called recursively";

    private static readonly TimeSpan CompileTimeout = TimeSpan.FromMinutes(1);

    public P12RecursionInGraph()
        : this(IsolatedCompiler.Compile)
    {
    }

    public FindingKind Kind => FindingKind.Incompatibility;

    public SemanticFinding Run(ComputeDevice device)
    {
        using Tensor values = arange(1, 17, dtype: float32).to(TorchDevices.Resolve(device));
        using Tensor eager = TreeSum(values);
        string eagerResult = $"eager tree_sum(1..16) = {eager.item<float>()}";

        IsolatedCompiler.Result graph = compile(Script, CompileTimeout);
        if (graph.Compiled)
            return new SemanticFinding(FindingKind.Incompatibility, Observed: false, "graph: compiled (recursion accepted)", eagerResult);
        string message = CompilerMessage(graph.Output);
        if (!graph.TimedOut && graph.Output.Contains(RecursionError, StringComparison.Ordinal))
            return new SemanticFinding(FindingKind.Incompatibility, Observed: true, "graph: incompatible",
                $"{eagerResult}; TorchScript refused the recursive function (compiler exit code {graph.ExitCode}): {message}");
        throw new ProbeFailedException(
            $"the isolated TorchScript compile {(graph.TimedOut ? "timed out" : $"failed with exit code {graph.ExitCode}")} " +
            $"without the compiler's recursion error ('{RecursionError}'): {(message.Length == 0 ? "no output" : message)}");
    }

    private static Tensor TreeSum(Tensor x)
    {
        if (x.numel() <= 2)
            return x.sum();
        long half = x.numel() / 2;
        using Tensor left = TreeSum(x[..(int)half]);
        using Tensor right = TreeSum(x[(int)half..]);
        return left + right;
    }

    // libtorch prints the C++ exception through std::terminate; keep the lines that say what went wrong, on one line.
    private static string CompilerMessage(string output) => string.Join(" ", output
        .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .Where(line => !line.StartsWith("terminate called", StringComparison.Ordinal))
        .Select(line => line.StartsWith("what():", StringComparison.Ordinal) ? line["what():".Length..].Trim() : line)
        .Where(line => line.Length > 0)
        .Take(6));
}
