using BenchHarness.Results;

namespace BenchHarness.Planning;

/// <summary>
/// What the suite host reports after preparing a suite (<c>prepare-suite</c>): the outcome so far (skipped, failed
/// equivalence, a semantic probe's finding) and, for a suite that may be timed, every case to measure.
/// </summary>
/// <param name="Outcome">Final for a probe, a skip or a failure; for a timed suite, its checks, to be completed by the launches.</param>
/// <param name="Cases">BenchmarkDotNet full names, in declaration order (the order of an odd round); empty when nothing is to be timed.</param>
public sealed record SuitePlan(SuiteOutcome Outcome, IReadOnlyList<string> Cases);
