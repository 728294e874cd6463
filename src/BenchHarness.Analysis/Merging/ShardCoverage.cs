using BenchHarness.Planning;

namespace BenchHarness.Analysis.Merging;

/// <summary>Whether the result sets given to a merge are every shard of one run (<c>run --shard i/n</c>), each once.</summary>
public static class ShardCoverage
{
    /// <summary>Null when the shards given are exactly 1..n of one run (or none is a shard); else why not, in one line.</summary>
    public static string? Incompleteness(IReadOnlyList<(string Directory, Shard? Shard)> sources)
    {
        var tagged = sources.Where(s => s.Shard is not null).ToArray();
        if (tagged.Length == 0)
            return null;
        if (tagged.Length < sources.Count)
            return $"{string.Join(", ", sources.Where(s => s.Shard is null).Select(s => s.Directory))} is not a shard, but {tagged[0].Directory} is shard {tagged[0].Shard}";
        int[] counts = tagged.Select(s => s.Shard!.Count).Distinct().ToArray();
        if (counts.Length > 1)
            return $"the shards come from different splits ({string.Join(", ", tagged.Select(s => $"{s.Shard} in {s.Directory}"))})";
        var duplicate = tagged.GroupBy(s => s.Shard!.Index).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            return $"shard {duplicate.First().Shard} is given twice ({string.Join(", ", duplicate.Select(s => s.Directory))})";
        int n = counts[0];
        int[] missing = Enumerable.Range(1, n).Except(tagged.Select(s => s.Shard!.Index)).ToArray();
        return missing.Length == 0 ? null : $"shard(s) {string.Join(", ", missing.Select(i => $"{i}/{n}"))} missing: merge needs every shard of the run";
    }
}
