namespace BenchHarness.Results;

/// <summary>Why a run stopped before its end: a signal (Ctrl+C is SIGINT), and which suite it stopped.</summary>
public sealed record RunInterruption(string Signal, DateTimeOffset AtUtc, string? StoppedSuite);
