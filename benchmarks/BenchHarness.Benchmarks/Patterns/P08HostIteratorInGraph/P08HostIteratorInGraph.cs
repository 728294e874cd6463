using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Benchmarks.Suites;
using BenchHarness.Identity;
using BenchHarness.Results;
using static TorchSharp.torch;

namespace BenchHarness.Benchmarks.Patterns;

/// <summary>
/// P08 host-iterator-in-graph: a function scales its input by the next value of a host-side iterator
/// (a step counter, a schedule). Eagerly, each call advances the iterator: 1, 2, 3. Converted to a graph, the
/// iterator runs once, while the graph is built, and every call sees that first value: 1, 1, 1. The outputs
/// diverge without any error. The study files Python iterators and generators inside tf.function under API misuse,
/// finding (i).
/// </summary>
public sealed class P08HostIteratorInGraph : ISemanticProbe
{
    private const int Calls = 3;

    public FindingKind Kind => FindingKind.Divergence;

    public SemanticFinding Run(ComputeDevice device)
    {
        using Tensor one = ones(1).to(TorchDevices.Resolve(device));
        double[] eager = Observe(Counter(), steps => one * steps.Current);

        using IEnumerator<double> graphSteps = Counter();
        using GraphModule graph = Convert(graphSteps);
        double[] converted = Observe(Counter(), _ => graph.Invoke("scaled_converted", one));

        bool diverged = !eager.SequenceEqual(converted);
        return new SemanticFinding(FindingKind.Divergence, diverged,
            diverged ? "eager and graph results diverge" : "eager and graph results agree",
            $"{Calls} calls: eager saw {string.Join(", ", eager)}; graph saw {string.Join(", ", converted)} " +
            "(the host iterator advanced once, when the graph was built)");
    }

    // What tracing does: host code runs while the graph is built, and whatever it reads becomes a constant.
    private static GraphModule Convert(IEnumerator<double> steps)
    {
        steps.MoveNext();
        TorchScriptSource source = TorchScriptSource.ForSuite(typeof(P08HostIteratorInGraph), "scaled.torchscript");
        return GraphModule.Compile(source.Append("converted",
            "def scaled_converted(x: Tensor) -> Tensor:\n" +
            $"    return scaled(x, {TorchScriptSource.FloatLiteral(steps.Current)})"));
    }

    private static double[] Observe(IEnumerator<double> steps, Func<IEnumerator<double>, Tensor> call)
    {
        using (steps)
        {
            var seen = new double[Calls];
            for (int i = 0; i < Calls; i++)
            {
                steps.MoveNext();
                using Tensor output = call(steps);
                seen[i] = output.item<float>();
            }
            return seen;
        }
    }

    private static IEnumerator<double> Counter()
    {
        for (int step = 1; ; step++)
            yield return step;
    }
}
