namespace BenchHarness.Benchmarks.Engines.Torch;

/// <summary>
/// The graph cache of a hybridizing runtime that specialises on a host value, as tf.function keys its traces on
/// Python values and input shapes: a key not seen before misses, and compiles the source that
/// <paramref name="specialise"/> generates for it (the host value baked in as a constant).
/// </summary>
/// <remarks>
/// Bounded at <paramref name="capacity"/> graphs: a full cache is emptied before the next one is added, so a long
/// run does not hold thousands of units. The bound limits what the cache holds, not the process's growth:
/// TorchSharp never frees a unit's native memory (about 90 KiB each), so every miss costs that for good.
/// </remarks>
public sealed class SpecialisingCache<TKey>(Func<TKey, TorchScriptSource> specialise, int capacity) : IDisposable
    where TKey : notnull
{
    private readonly Dictionary<TKey, GraphModule> graphs = [];

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    /// <summary>The graph specialised on <paramref name="key"/>, compiled on a miss.</summary>
    public GraphModule For(TKey key)
    {
        if (graphs.TryGetValue(key, out GraphModule? graph))
            return graph;
        if (graphs.Count == Capacity)
            Dispose();
        graph = GraphModule.Compile(specialise(key));
        graphs.Add(key, graph);
        return graph;
    }

    public void Dispose()
    {
        foreach (GraphModule graph in graphs.Values)
            graph.Dispose();
        graphs.Clear();
    }
}
