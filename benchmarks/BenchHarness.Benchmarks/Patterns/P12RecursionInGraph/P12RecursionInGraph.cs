using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Benchmarks.Suites;
using BenchHarness.Identity;
using BenchHarness.Results;
using static TorchSharp.torch;

namespace BenchHarness.Benchmarks.Patterns;

/// <summary>
/// P12 recursion-in-graph: a recursive tree reduction runs eagerly but cannot be hybridized, because TorchScript
/// does not compile recursion. The graph compile is attempted in an isolated child process (the error aborts the
/// process that compiles it) and its error text is recorded: "graph: incompatible", finding (iii).
/// </summary>
public sealed class P12RecursionInGraph : ISemanticProbe
{
    public const string Script = $"{nameof(P12RecursionInGraph)}/tree_sum{TorchScriptSource.IncompatibleSuffix}";
    private static readonly TimeSpan CompileTimeout = TimeSpan.FromMinutes(1);

    public FindingKind Kind => FindingKind.Incompatibility;

    public SemanticFinding Run(ComputeDevice device)
    {
        using Tensor values = arange(1, 17, dtype: float32).to(TorchDevices.Resolve(device));
        using Tensor eager = TreeSum(values);
        string eagerResult = $"eager tree_sum(1..16) = {eager.item<float>()}";

        IsolatedCompiler.Result graph = IsolatedCompiler.Compile(Script, CompileTimeout);
        return graph.Compiled
            ? new SemanticFinding(FindingKind.Incompatibility, Observed: false, "graph: compiled (recursion accepted)", eagerResult)
            : new SemanticFinding(FindingKind.Incompatibility, Observed: true, "graph: incompatible",
                $"{eagerResult}; TorchScript refused the recursive function (compiler exit code {graph.ExitCode}): {CompilerMessage(graph.Output)}");
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

    // libtorch prints the C++ exception through std::terminate; keep the lines that say what went wrong.
    private static string CompilerMessage(string output) => string.Join(" ", output
        .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .Where(line => !line.StartsWith("terminate called", StringComparison.Ordinal) && !line.StartsWith("what():", StringComparison.Ordinal))
        .Take(6));
}
