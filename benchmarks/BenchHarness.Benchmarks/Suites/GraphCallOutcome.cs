using System.Runtime.InteropServices;
using static TorchSharp.torch;

namespace BenchHarness.Benchmarks.Suites;

/// <summary>What one call of a graph function did: returned a scalar, or was refused with TorchScript's first line.</summary>
public sealed record GraphCallOutcome(float? Value, string? Refusal)
{
    /// <summary>
    /// Calls <paramref name="call"/>. An argument TorchScript's schema check rejects is an ordinary run-time error
    /// (caught and kept); only compile-time semantic errors abort the process.
    /// </summary>
    public static GraphCallOutcome Of(Func<Tensor> call)
    {
        try
        {
            return new GraphCallOutcome(ReadScalar(call()), null);
        }
        catch (ExternalException e)
        {
            return new GraphCallOutcome(null, e.Message.Split('\n')[0].Trim());
        }
    }

    /// <summary>The value of a one-element <paramref name="result"/>, which is disposed.</summary>
    public static float ReadScalar(Tensor result)
    {
        using (result)
            return result.item<float>();
    }

    public bool Returned(float expected) => Value is float value && Math.Abs(value - expected) <= 1e-5f * Math.Max(1f, Math.Abs(expected));

    public override string ToString() => Refusal is null ? $"returned {Value}" : $"refused: {Refusal}";
}
