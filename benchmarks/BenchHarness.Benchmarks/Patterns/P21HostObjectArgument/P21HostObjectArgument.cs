using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Benchmarks.Suites;
using BenchHarness.Identity;
using BenchHarness.Results;
using static TorchSharp.torch;

namespace BenchHarness.Benchmarks.Patterns;

/// <summary>
/// P21 host-object-argument: host objects handed to a graph function as arguments, as eager code passes them to any
/// method: a lazily produced C# iterator of tensors (TensorFlow: a Python generator fed to tf.function) and a string
/// tag. Eagerly both work. TorchSharp 0.107's <c>invoke</c> marshals only tensors, numbers, bools, null and tensor
/// arrays, and throws for anything else before the graph is reached. The fix materialises the batch as a tensor
/// array and leaves the tag on the host. Finding (iii).
/// </summary>
/// <remarks>The refusal is managed (NotImplementedException from TorchSharp), so no isolated child is needed.</remarks>
public sealed class P21HostObjectArgument : ISemanticProbe
{
    private const int BatchSize = 3;

    /// <summary>What TorchSharp says for an argument type it cannot marshal ("Passing arguments of type String to TorchScript.").</summary>
    public const string RefusalText = "to TorchScript";

    public FindingKind Kind => FindingKind.Incompatibility;

    public SemanticFinding Run(ComputeDevice device)
    {
        using var scope = NewDisposeScope();
        Device target = TorchDevices.Resolve(device);
        using GraphModule graph = GraphModule.Compile(TorchScriptSource.ForSuite(GetType(), "batch_sum.torchscript"));
        float eager = Batch(target).Aggregate((sum, next) => sum + next).sum().item<float>();

        string? iteratorRefusal = Refusal(() => graph.Invoke("batch_sum", Batch(target)));
        string? stringRefusal = Refusal(() => graph.Invoke("tagged", ones(1).to(target), "step 1"));
        Tensor[] materialised = Batch(target).ToArray();
        float fixedSum = graph.Invoke("batch_sum", new object[] { materialised }).sum().item<float>();

        bool observed = iteratorRefusal is not null && stringRefusal is not null && Math.Abs(fixedSum - eager) <= 1e-4f * Math.Abs(eager);
        return new SemanticFinding(FindingKind.Incompatibility, observed,
            observed ? CompileRefusalProbe.IncompatibleSummary : "graph: the host objects were accepted",
            $"eager sum of an iterator of {BatchSize} tensors = {eager}; graph given the iterator: {iteratorRefusal ?? "accepted"}; " +
            $"graph given a string: {stringRefusal ?? "accepted"}; fix (a tensor array) = {fixedSum}");
    }

    private static IEnumerable<Tensor> Batch(Device device)
    {
        for (int i = 1; i <= BatchSize; i++)
            yield return full(2, 2, (float)i).to(device);
    }

    private static string? Refusal(Func<Tensor> call)
    {
        try
        {
            call();
            return null;
        }
        catch (NotImplementedException e) when (e.Message.Contains(RefusalText, StringComparison.Ordinal))
        {
            return $"refused by invoke: {e.Message}";
        }
    }
}
