namespace BenchHarness.Planning;

/// <summary>
/// One of <see cref="Count"/> parts of a run's selection, for spreading suites over CI runners.
/// The rule: order the selected suites by pattern id (ordinal), then shard <c>i/n</c> takes positions
/// i, i+n, i+2n, ... (1-based), so the n shards together run every suite exactly once on any machine.
/// </summary>
public sealed record Shard(int Index, int Count)
{
    public IReadOnlyList<string> Select(IEnumerable<string> patternIds) => patternIds
        .Order(StringComparer.Ordinal)
        .Where((_, position) => position % Count == Index - 1)
        .ToArray();

    public override string ToString() => $"{Index}/{Count}";
}
