using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Benchmarks.Suites;
using BenchHarness.Identity;
using BenchHarness.Results;
using static TorchSharp.torch;

namespace BenchHarness.Benchmarks.Patterns;

/// <summary>
/// P17 variable-recreated-in-training: P10's anti-pattern (the step creates and initialises its variables) in a
/// training loop. Each graph step starts from freshly initialised weights, so the model never learns: the loss stays
/// where it started, while the fix's weights, created once and updated in place by the graph, fit the data. In
/// TensorFlow the same code raises the singleton-variable error inside tf.function; TorchScript runs it and returns
/// the wrong model. Finding (i), API misuse.
/// </summary>
public sealed class P17VariableRecreatedInTraining : ISemanticProbe
{
    private const int Steps = 30;
    private const int Rows = 64;
    private const double Rate = 0.1;

    /// <summary>The fix's loss after <see cref="Steps"/> must be below this share of its first loss.</summary>
    public const double LearnedShare = 0.1;

    public FindingKind Kind => FindingKind.Divergence;

    public SemanticFinding Run(ComputeDevice device)
    {
        using var scope = NewDisposeScope();
        Device target = TorchDevices.Resolve(device);
        using Tensor x = sin(arange(Rows * 4, dtype: float32).reshape(Rows, 4) * 0.37).to(target);
        using Tensor trueWeights = tensor(new float[] { 1.0f, -2.0f, 0.5f, 3.0f }).reshape(4, 1).to(target);
        using Tensor y = matmul(x, trueWeights);
        using GraphModule graph = GraphModule.Compile(TorchScriptSource.ForSuite(GetType(), "linear_regression.torchscript"));
        using Tensor weights = zeros(4, 1).to(target);

        float[] anti = Train(() => graph.Invoke("train_step_creating_weights", x, y, Rate));
        float[] fix = Train(() => graph.Invoke("train_step", x, y, weights, Rate));

        bool antiStuck = anti[^1] >= anti[0] * (1 - 1e-6);
        bool fixLearned = fix[^1] < fix[0] * LearnedShare;
        bool observed = antiStuck && fixLearned;
        return new SemanticFinding(FindingKind.Divergence, observed,
            observed ? "the anti-pattern never learns: its loss does not fall" : "the anti-pattern's loss fell too, or the fix's did not",
            $"{Steps} graph training steps: anti-pattern (weights re-created every step) loss {anti[0]:G4} -> {anti[^1]:G4}; " +
            $"fix (weights created once) loss {fix[0]:G4} -> {fix[^1]:G4}");
    }

    private static float[] Train(Func<Tensor> step) =>
        Enumerable.Range(0, Steps).Select(_ => GraphCallOutcome.ReadScalar(step())).ToArray();
}
