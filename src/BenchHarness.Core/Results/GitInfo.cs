namespace BenchHarness.Results;

public sealed record GitInfo(string Commit, string Branch, bool Dirty);
