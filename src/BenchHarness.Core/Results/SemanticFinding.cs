namespace BenchHarness.Results;

/// <summary>What kind of evidence a semantic probe gives instead of a timing.</summary>
public enum FindingKind
{
    /// <summary>Eager and graph execution of the same code return different results.</summary>
    Divergence,

    /// <summary>Graph mode cannot compile the code at all.</summary>
    Incompatibility,
}

/// <summary>The result of a catalog entry that is shown by behaviour, not by time (P08, P12).</summary>
/// <param name="Observed">Whether the study's finding showed here (the outputs diverged, the graph was refused).</param>
/// <param name="Summary">One line for people, e.g. "graph: incompatible".</param>
/// <param name="Detail">Evidence: the diverging values, or the compiler's error text.</param>
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
