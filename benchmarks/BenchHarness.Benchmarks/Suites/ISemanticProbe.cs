using BenchHarness.Identity;
using BenchHarness.Results;

namespace BenchHarness.Benchmarks.Suites;

/// <summary>
/// A catalog entry shown by behaviour rather than time: eager and graph results that diverge (P08), or code that
/// graph mode cannot compile (P12). Named like a suite (<c>P08HostIteratorInGraph</c>) so ids are found the same way.
/// </summary>
public interface ISemanticProbe
{
    FindingKind Kind { get; }

    SemanticFinding Run(ComputeDevice device);
}

/// <summary>
/// A probe could not look for its finding (natives that do not load, a child that timed out or failed another way):
/// the suite fails with <see cref="Exception.Message"/>, one line, rather than record a finding it did not see.
/// </summary>
public sealed class ProbeFailedException(string reason) : Exception(reason);
