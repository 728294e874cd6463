using BenchHarness.Analysis.Loading;
using BenchHarness.Analysis.Statistics;
using BenchHarness.Identity;

namespace BenchHarness.Analysis.Pairs;

/// <summary>Which axis a comparison varies; the other axes are held equal.</summary>
public enum ComparisonKind
{
    /// <summary>Anti (reference) against Fix (candidate); same pattern, phase, mode, device and case.</summary>
    FixVsAnti,

    /// <summary>Eager (reference) against Graph (candidate); same pattern, member, phase, device and case.</summary>
    GraphVsEager,

    /// <summary>Cpu (reference) against Cuda (candidate); same pattern, member, phase, mode and case.</summary>
    CudaVsCpu,
}

/// <summary>
/// What a comparison holds equal. The varied axis is null (e.g. <see cref="Member"/> for <see cref="ComparisonKind.FixVsAnti"/>).
/// </summary>
/// <param name="Variant">The member variant one side is (<see cref="BenchmarkIdentity.Variant"/>; also in <see cref="Case"/>),
/// null when both sides are the members themselves.</param>
public sealed record ComparisonKey(
    ComparisonKind Kind,
    string PatternId,
    CallPhase Phase,
    string Case,
    PairMember? Member,
    ExecutionMode? Mode,
    ComputeDevice? Device,
    string? Variant = null)
{
    /// <summary>e.g. "P01 Fix vs Anti, Graph, Cpu, Size=16" or "P02 Graph vs Eager (first call), Fix, Cpu, Size=16".</summary>
    public override string ToString()
    {
        string title = Kind switch
        {
            ComparisonKind.FixVsAnti => "Fix vs Anti",
            ComparisonKind.GraphVsEager => "Graph vs Eager",
            _ => "Cuda vs Cpu",
        };
        IEnumerable<string?> parts = [Member?.ToString(), Mode?.ToString(), Device?.ToString(), Case.Length == 0 ? null : Case];
        return $"{PatternId} {title}{(Phase.Words() is { } phase ? $" ({phase})" : "")}, {string.Join(", ", parts.OfType<string>())}";
    }

    /// <summary>The reference side's name on the varied axis: Anti, Eager or Cpu.</summary>
    public string ReferenceLabel => Kind switch
    {
        ComparisonKind.FixVsAnti => nameof(PairMember.Anti),
        ComparisonKind.GraphVsEager => nameof(ExecutionMode.Eager),
        _ => nameof(ComputeDevice.Cpu),
    };

    /// <summary>The candidate side's name on the varied axis: Fix, Graph or Cuda.</summary>
    public string CandidateLabel => Kind switch
    {
        ComparisonKind.FixVsAnti => nameof(PairMember.Fix),
        ComparisonKind.GraphVsEager => nameof(ExecutionMode.Graph),
        _ => nameof(ComputeDevice.Cuda),
    };

    /// <summary>The key of the comparison of <paramref name="kind"/> that <paramref name="identity"/> belongs to.</summary>
    public static ComparisonKey For(ComparisonKind kind, BenchmarkIdentity identity) => new(
        kind, identity.PatternId, identity.Phase, identity.Case,
        kind == ComparisonKind.FixVsAnti ? null : identity.Member,
        kind == ComparisonKind.GraphVsEager ? null : identity.Mode,
        kind == ComparisonKind.CudaVsCpu ? null : identity.Device,
        identity.Variant);
}

/// <summary>
/// One paired comparison. Speed-up = reference time / candidate time: above 1 the candidate (Fix, Graph, Cuda) is faster.
/// </summary>
/// <param name="SpeedUp">Reference over candidate: the ratio of the geometric means of their processes' fastest iterations, with its
/// interval and p-value (<see cref="RatioInference"/>).</param>
/// <param name="HodgesLehmannSpeedUp">Median of pairwise ratios reference/candidate over pooled iterations (a second opinion).</param>
/// <param name="ReferenceModality">Modality of the reference sample; likewise <paramref name="CandidateModality"/>.</param>
public sealed record Comparison(
    ComparisonKey Key,
    BenchmarkSamples Reference,
    BenchmarkSamples Candidate,
    double ReferenceTime,
    double CandidateTime,
    RatioEstimate SpeedUp,
    double HodgesLehmannSpeedUp,
    ModalityAssessment ReferenceModality,
    ModalityAssessment CandidateModality)
{
    /// <summary>The interval excludes 1 (unadjusted; the gate adjusts p-values across its family).</summary>
    public bool Significant => SpeedUp.Significant;

    /// <summary>One line per warning (multimodal or disagreeing processes, single process), empty when none.</summary>
    public IReadOnlyList<string> Warnings
    {
        get
        {
            var warnings = new List<string>();
            if (ReferenceModality.Warning is { } reference)
                warnings.Add($"{Key.ReferenceLabel}: {reference}");
            if (CandidateModality.Warning is { } candidate)
                warnings.Add($"{Key.CandidateLabel}: {candidate}");
            if (SpeedUp.SingleProcess)
                warnings.Add("single process: the interval omits between-process noise and is too narrow");
            return warnings;
        }
    }
}

/// <summary>A member's first-call cost against its steady-state cost (same pattern, member, mode, device, case).</summary>
public sealed record ColdStart(
    BenchmarkIdentity Steady,
    BenchmarkSamples FirstCallSamples,
    BenchmarkSamples SteadySamples,
    ColdWarmCost Cost);

/// <summary>
/// Break-even between two members' cold-start costs: Anti against Fix (same mode), or Eager against Graph (same member).
/// </summary>
/// <param name="Key">Kind and the axes held equal, with <see cref="CallPhase.FirstCall"/>.</param>
/// <param name="Reference">Anti or Eager; <paramref name="Candidate"/> Fix or Graph.</param>
/// <param name="Result">A = reference, B = candidate.</param>
public sealed record ColdStartBreakEven(ComparisonKey Key, ColdStart Reference, ColdStart Candidate, BreakEvenResult Result);
