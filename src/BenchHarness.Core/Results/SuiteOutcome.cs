using BenchHarness.Identity;

namespace BenchHarness.Results;

public enum SuiteStatus
{
    /// <summary>Every selected case was measured.</summary>
    Succeeded,

    /// <summary>The suite ran nothing usable: equivalence failed, a benchmark failed, or its process died.</summary>
    Failed,

    /// <summary>Nothing was selected to run (for example CUDA-only and no GPU).</summary>
    Skipped,
}

/// <summary>One output-equivalence comparison made before timing: a member and mode against the reference.</summary>
/// <param name="Case">The parameters compared, e.g. "Device=Cpu, Size=16".</param>
/// <param name="Reference">The output everything is compared with: Anti in eager mode.</param>
/// <param name="Candidate">The output compared, e.g. "Fix/Graph".</param>
/// <param name="MaxAbsoluteDifference">Largest element-wise difference; NaN when shapes differ.</param>
public sealed record EquivalenceCheck(
    string Case,
    string Reference,
    string Candidate,
    bool Equivalent,
    double MaxAbsoluteDifference,
    double RelativeTolerance,
    double AbsoluteTolerance,
    string? Detail = null);

/// <summary>What happened to one suite in a run. Written by the suite host, folded into the manifest.</summary>
/// <param name="PatternId">The catalog entry the suite reproduces.</param>
/// <param name="Suite">The suite's type name.</param>
/// <param name="ResultsFile">BenchmarkDotNet full JSON, relative to the run directory, when one was written.</param>
/// <param name="LogFile">The suite's complete console output, relative to the run directory.</param>
/// <param name="Reason">Why the suite failed or was skipped, in one line.</param>
/// <param name="Benchmarks">Benchmark cases measured.</param>
/// <param name="FailedBenchmarks">Full names of cases BenchmarkDotNet reported as failed.</param>
/// <param name="Finding">For a semantic probe (P08, P12): what it showed; null for a performance pair.</param>
/// <param name="OutputTail">For a failed suite, the last lines its host printed (the crash message); null otherwise.</param>
/// <param name="Rounds">For a suite measured in interleaved rounds (one process per case per round, the cases of a round
/// close together in time): the most rounds a case had. Each process's BenchmarkDotNet <c>LaunchIndex</c> is its
/// round, so ratios may pair processes round by round. Null for suites measured otherwise (older result sets).</param>
public sealed record SuiteOutcome(
    string PatternId,
    string Suite,
    SuiteStatus Status,
    IReadOnlyList<ComputeDevice> Devices,
    IReadOnlyList<ExecutionMode> Modes,
    string? ResultsFile,
    string? LogFile,
    string? Reason,
    int Benchmarks,
    IReadOnlyList<string> FailedBenchmarks,
    IReadOnlyList<EquivalenceCheck> Equivalence,
    DateTimeOffset StartedUtc,
    DateTimeOffset FinishedUtc,
    SemanticFinding? Finding = null,
    IReadOnlyList<string>? OutputTail = null,
    int? Rounds = null);
