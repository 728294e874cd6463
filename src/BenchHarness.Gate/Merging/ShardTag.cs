using System.Text.Json;

namespace BenchHarness.Gate.Merging;

/// <summary>
/// Which shard of a run a result set holds (<c>run --shard i/n</c> records it as <c>options.shard</c>), read straight
/// from the manifest's JSON so that merge works with manifests written with or without sharding.
/// </summary>
public sealed record ShardTag(int Index, int Count)
{
    public override string ToString() => $"{Index}/{Count}";

    public static ShardTag? Read(string manifestPath)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(manifestPath));
        if (!document.RootElement.TryGetProperty("options", out JsonElement options)
            || !options.TryGetProperty("shard", out JsonElement shard) || shard.ValueKind != JsonValueKind.Object)
            return null;
        return shard.TryGetProperty("index", out JsonElement index) && index.TryGetInt32(out int i)
               && shard.TryGetProperty("count", out JsonElement count) && count.TryGetInt32(out int n)
            ? new ShardTag(i, n)
            : throw new MergeException($"{manifestPath}: options.shard is not {{\"index\": i, \"count\": n}}");
    }

    /// <summary>Null when the shards given are exactly 1..n of one run; else why not, in one line.</summary>
    public static string? Incompleteness(IReadOnlyList<(string Directory, ShardTag? Shard)> sources)
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
