namespace BenchHarness.Results;

/// <summary>One result set that went into a merge, as the merged manifest records it (<see cref="RunManifest.MergedFrom"/>).</summary>
/// <param name="Shard">The part of the run it held (<c>i/n</c>), or null when it was not a shard.</param>
public sealed record MergeSource(string Directory, string RunId, string Commit, string Machine, string? Shard, IReadOnlyList<string> Suites);
