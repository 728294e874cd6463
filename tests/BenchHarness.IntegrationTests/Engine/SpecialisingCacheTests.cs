using BenchHarness.Benchmarks.Engines.Torch;
using static TorchSharp.torch;

namespace BenchHarness.IntegrationTests.Engine;

public class SpecialisingCacheTests
{
    private static readonly TorchScriptSource Scale = new("test/scale", "def scale(x: Tensor, factor: float) -> Tensor:\n    return x * factor\n");

    [Fact]
    public void Compiles_once_per_key_and_empties_itself_when_full()
    {
        var compiled = new List<double>();
        using var cache = new SpecialisingCache<double>(factor =>
        {
            compiled.Add(factor);
            return ScaledBy(factor);
        }, capacity: 2);

        GraphModule two = cache.For(2.0);
        Assert.Same(two, cache.For(2.0));
        cache.For(3.0);
        cache.For(4.0); // full: emptied, then 4 added
        cache.For(2.0); // missed again
        using Tensor output = cache.For(4.0).Invoke("scaled", ones(1));

        Assert.Equal([2.0, 3.0, 4.0, 2.0], compiled);
        Assert.Equal(4f, output.item<float>());
    }

    [Fact]
    public void Needs_room_for_one_graph()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpecialisingCache<double>(ScaledBy, capacity: 0));
    }

    private static TorchScriptSource ScaledBy(double factor)
    {
        string literal = TorchScriptSource.FloatLiteral(factor);
        return Scale.Append(literal, $"def scaled(x: Tensor) -> Tensor:\n    return scale(x, {literal})");
    }
}
