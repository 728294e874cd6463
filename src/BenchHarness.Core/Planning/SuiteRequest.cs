using BenchHarness.Identity;

namespace BenchHarness.Planning;

/// <summary>
/// What the CLI asks the suite host to run: one suite, written as JSON and passed by path, so the two
/// programs share one definition of the protocol instead of two argument parsers.
/// </summary>
/// <param name="RunDirectory">The result set's directory.</param>
/// <param name="OutcomeFile">Where the host writes its <see cref="SuitePlan"/>.</param>
public sealed record SuiteRequest(
    string PatternId,
    IReadOnlyList<ComputeDevice> Devices,
    IReadOnlyList<ExecutionMode> Modes,
    BenchmarkProfile Profile,
    ProfileSettings Settings,
    int Threads,
    int Seed,
    string RunDirectory,
    string OutcomeFile);
