using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Benchmarks.Suites;
using BenchHarness.Identity;
using static TorchSharp.torch;

namespace BenchHarness.Benchmarks.Patterns;

/// <summary>
/// P12 recursion-in-graph: a recursive tree reduction runs eagerly but cannot be hybridized, because TorchScript
/// does not compile recursion; finding (iii).
/// </summary>
public sealed class P12RecursionInGraph(Func<string, TimeSpan, IsolatedCompiler.Result> compile) : CompileRefusalProbe(compile)
{
    /// <summary>What TorchScript says when it refuses recursion ("function 'tree_sum' is called recursively. ...").</summary>
    public const string RecursionError = "is called recursively";

    public P12RecursionInGraph()
        : this(IsolatedCompiler.Compile)
    {
    }

    protected override string ScriptFile => "tree_sum";

    public override string ExpectedError => RecursionError;

    protected override string ErrorName => "recursion error";

    protected override string Refused => "the recursive function";

    protected override string RunEagerly(ComputeDevice device)
    {
        using Tensor values = arange(1, 17, dtype: float32).to(TorchDevices.Resolve(device));
        using Tensor eager = TreeSum(values);
        return $"eager tree_sum(1..16) = {eager.item<float>()}";
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
}
