namespace BenchHarness.Results;

/// <summary>What kind of evidence a semantic probe gives instead of a timing.</summary>
public enum FindingKind
{
    /// <summary>
    /// Two executions that should agree do not: eager and graph execution of the same code return different results,
    /// or the graph refuses a call eager code accepts (P08, P14-P16); or the anti-pattern computes another result than
    /// its fix (P17's model that never learns).
    /// </summary>
    Divergence,

    /// <summary>Graph mode cannot take the code at all: the compiler refuses it, or its arguments cannot cross into the graph.</summary>
    Incompatibility,
}

/// <summary>The result of a catalog entry that is shown by behaviour, not by time (P08, P12, P14-P21).</summary>
/// <param name="Observed">Whether the study's finding showed here (the outputs diverged, the graph was refused).</param>
/// <param name="Summary">One line for people, e.g. "graph: incompatible".</param>
/// <param name="Detail">Evidence: the diverging values, or the compiler's error text, as observed.</param>
public sealed record SemanticFinding(FindingKind Kind, bool Observed, string Summary, string? Detail);

/// <summary>What the suite host can run for one pattern.</summary>
/// <param name="Sizes">The CPU size sweep of a performance pair; empty for a semantic probe.</param>
/// <param name="Finding">For a semantic probe, what it looks for; null for a performance pair.</param>
/// <param name="CudaSizes">The CUDA size sweep (null from hosts before sweeps were per device).</param>
/// <param name="MeasuresThroughput">Whether the pair also times N calls per device synchronisation.</param>
public sealed record SuiteInfo(
    string PatternId,
    string Suite,
    IReadOnlyList<int> Sizes,
    bool MeasuresFirstCall,
    FindingKind? Finding,
    IReadOnlyList<int>? CudaSizes = null,
    bool MeasuresThroughput = false);
