namespace BenchHarness.Results;

/// <summary>One <c>run --resume</c> of a result set: when, and which suites it (re)ran.</summary>
/// <param name="Interruption">The interruption it resumed from, when the run had been interrupted.</param>
public sealed record RunResumption(
    DateTimeOffset StartedUtc,
    string CommandLine,
    RunStatus PreviousStatus,
    IReadOnlyList<string> Suites,
    RunInterruption? Interruption);
