using TorchSharp;
using static TorchSharp.torch;

namespace BenchHarness.Benchmarks.Engines.Torch;

/// <summary>Element-wise closeness of two outputs, as <c>allclose</c> defines it, with the largest difference.</summary>
public static class TensorEquivalence
{
    public readonly record struct Comparison(bool Equivalent, double MaxAbsoluteDifference, string? Detail);

    public static Comparison Compare(Tensor expected, Tensor actual, double relativeTolerance, double absoluteTolerance)
    {
        using var scope = NewDisposeScope();
        Tensor reference = expected.detach().cpu().to(float64);
        Tensor candidate = actual.detach().cpu().to(float64);
        if (!reference.shape.SequenceEqual(candidate.shape))
            return new(false, double.NaN,
                $"shape [{string.Join(", ", candidate.shape)}] differs from [{string.Join(", ", reference.shape)}]");
        if (reference.numel() == 0)
            return new(true, 0, null);

        double maxDifference = (reference - candidate).abs().max().item<double>();
        bool close = reference.allclose(candidate, relativeTolerance, absoluteTolerance, equal_nan: false);
        return new(close, maxDifference, close ? null : $"max |difference| {maxDifference:G4}");
    }
}
