using BenchHarness.Identity;

namespace BenchHarness.Catalog;

/// <summary>What kind of evidence the harness produces for a catalog entry.</summary>
public enum PatternKind
{
    /// <summary>A timed pair: the anti-pattern and its fix, computing the same function.</summary>
    PerformancePair,

    /// <summary>Eager and graph execution (or the anti-pattern and its fix) disagree; shown as observed results, not a timing.</summary>
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

/// <summary>The study's three headline findings, which its catalog entries bear on.</summary>
public enum StudyFinding
{
    /// <summary>(i) Hybridization is prone to API misuse: eager and graph execution disagree, or a graph refuses calls eager code accepts.</summary>
    ApiMisuse,

    /// <summary>(ii) Hybridization can degrade performance, the opposite of its intention.</summary>
    Performance,

    /// <summary>(iii) Execution-mode incompatibility limits where it applies.</summary>
    Incompatibility,
}

/// <summary>What a timed entry's fix-vs-anti comparisons in one execution mode are.</summary>
public enum ModeRole
{
    /// <summary>The mode carries the mechanism: its comparisons are the evidence of the reproduction verdict.</summary>
    Mechanism,

    /// <summary>
    /// Both members run identical code in this mode (the anti-pattern exists only under hybridization): a null check,
    /// expected at about 1.0x. Anything else means the measurement favours one member's benchmark: it is biased.
    /// </summary>
    Control,

    /// <summary>
    /// The members run different code but the mechanism is absent (P03's eager fix allocates a 0-dim tensor per call,
    /// P07's host guard works eagerly): neither evidence nor a null check. Shown, not judged.
    /// </summary>
    Contrast,
}

/// <summary>The role of each execution mode's fix-vs-anti comparisons for a timed entry.</summary>
public sealed record ModeRoles(ModeRole Eager, ModeRole Graph)
{
    /// <summary>The anti-pattern costs time in both modes (P10, P11).</summary>
    public static ModeRoles BothModes { get; } = new(ModeRole.Mechanism, ModeRole.Mechanism);

    /// <summary>The anti-pattern exists only under hybridization; eagerly both members run the same code.</summary>
    public static ModeRoles GraphWithEagerControl { get; } = new(ModeRole.Control, ModeRole.Mechanism);

    /// <summary>The anti-pattern exists only under hybridization; eagerly the members differ in other ways.</summary>
    public static ModeRoles GraphWithEagerContrast { get; } = new(ModeRole.Contrast, ModeRole.Mechanism);

    public ModeRole RoleOf(ExecutionMode mode) => mode == ExecutionMode.Eager ? Eager : Graph;

    /// <summary>The modes whose comparisons carry the mechanism, in enum order.</summary>
    public IReadOnlyList<ExecutionMode> MechanismModes =>
        Enum.GetValues<ExecutionMode>().Where(m => RoleOf(m) == ModeRole.Mechanism).ToArray();
}

/// <summary>One entry of the study's catalog of hybridization anti-patterns.</summary>
/// <param name="Id">Stable id, <c>P01</c> to <c>P21</c>; benchmark names start with it.</param>
/// <param name="Name">Short kebab-case name.</param>
/// <param name="AntiPatternShape">The anti-pattern, as code people write.</param>
/// <param name="FixShape">The study's fix.</param>
/// <param name="Mechanism">Why the anti-pattern costs time (or correctness).</param>
/// <param name="ExpectedEffect">What the sources report, with the figures.</param>
/// <param name="Evidence">Where the expectation comes from.</param>
/// <param name="Modes">For a timed entry (a pair or an alias), which mode carries the mechanism and what the other one
/// is; null for an entry shown by behaviour.</param>
/// <param name="RelatedTo">For an alias, the entry whose measurement stands for it.</param>
/// <param name="ExpectedOnCuda">What is expected on CUDA. <see cref="ExpectedEffect"/> is the CPU's (where the figures were
/// measured); no CUDA run exists yet, so every entry's CUDA expectation is "to be measured", with what the mechanism
/// suggests.</param>
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
    ModeRoles? Modes,
    string? RelatedTo = null,
    string ExpectedOnCuda = AntiPattern.ToBeMeasuredOnCuda)
{
    /// <summary>The CUDA expectation of every entry until a CUDA run exists.</summary>
    public const string ToBeMeasuredOnCuda = "to be measured: no CUDA run exists yet";

    public string Title => $"{Id} {Name}";

    /// <summary>The finding this entry's evidence bears on: its kind of evidence says which (a timing, a divergence, a refusal).</summary>
    public StudyFinding Finding => Kind switch
    {
        PatternKind.SemanticDivergence => StudyFinding.ApiMisuse,
        PatternKind.Incompatibility => StudyFinding.Incompatibility,
        _ => StudyFinding.Performance,
    };

    /// <summary>
    /// Whether the expectation covers measurements on <paramref name="device"/>: the CPU always; CUDA only for an expectation
    /// about devices (<see cref="ExpectedDirection.FixFasterOnSomeDevices"/>). The CPU figures (P02 about equal warm, P04
    /// shapes free, P11 about 1.0x) are not CUDA's: TorchScript fuses GPU kernels at run time, which the CPU never does.
    /// </summary>
    public bool HasExpectationOn(ComputeDevice device) =>
        device == ComputeDevice.Cpu || Direction == ExpectedDirection.FixFasterOnSomeDevices;
}
