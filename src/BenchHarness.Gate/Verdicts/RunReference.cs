namespace BenchHarness.Gate.Verdicts;

/// <summary>Which result set a side of the comparison is, so a reader can find and reproduce it.</summary>
public sealed record RunReference(
    string Directory,
    string RunId,
    string Commit,
    string Branch,
    bool Dirty,
    string Profile,
    DateTimeOffset StartedUtc,
    string Machine,
    string CommandLine);
