namespace BenchHarness.Catalog;

/// <summary>What kind of evidence the harness produces for a catalog entry.</summary>
public enum PatternKind
{
    /// <summary>A timed pair: the anti-pattern and its fix, computing the same function.</summary>
    PerformancePair,

    /// <summary>Eager and graph execution disagree; shown as an equivalence result, not a timing.</summary>
    SemanticDivergence,

    /// <summary>Graph mode cannot express the code at all.</summary>
    Incompatibility,

    /// <summary>Another entry's slowdown reached by a different route.</summary>
    AliasOf,
}

/// <summary>Which way the study says the fix moves the time.</summary>
public enum ExpectedDirection
{
    /// <summary>The fix is faster than the anti-pattern.</summary>
    FixFaster,

    /// <summary>The fix is faster on first call (cold) and about equal once warm.</summary>
    FixFasterCold,

    /// <summary>The fix is faster on some devices only (for example CUDA, not CPU).</summary>
    FixFasterOnSomeDevices,

    /// <summary>No timing expectation: the entry is about semantics or compatibility.</summary>
    NotTimed,
}

/// <summary>One entry of the study's catalog of hybridization anti-patterns.</summary>
/// <param name="Id">Stable id, <c>P01</c> to <c>P13</c>; benchmark names start with it.</param>
/// <param name="Name">Short kebab-case name.</param>
/// <param name="AntiPatternShape">The anti-pattern, as code people write.</param>
/// <param name="FixShape">The study's fix.</param>
/// <param name="Mechanism">Why the anti-pattern costs time (or correctness).</param>
/// <param name="ExpectedEffect">What the sources report, with the figures.</param>
/// <param name="Evidence">Where the expectation comes from.</param>
/// <param name="RelatedTo">For an alias, the entry whose measurement stands for it.</param>
public sealed record AntiPattern(
    string Id,
    string Name,
    PatternKind Kind,
    string AntiPatternShape,
    string FixShape,
    string Mechanism,
    ExpectedDirection Direction,
    string ExpectedEffect,
    string Evidence,
    string? RelatedTo = null)
{
    public string Title => $"{Id} {Name}";
}
