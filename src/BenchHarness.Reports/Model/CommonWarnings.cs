using BenchHarness.Analysis.Loading;
using BenchHarness.Analysis.Statistics;

namespace BenchHarness.Reports.Model;

/// <summary>
/// The per-benchmark warnings most benchmarks of a run carry. Said on every row they drown the rows that differ, so a
/// page says each once, as a caveat with its count, and the rows keep a short marker.
/// </summary>
/// <param name="Multimodal">More than half the measured benchmarks look multimodal.</param>
/// <param name="ProcessesDisagree">More than half have processes whose fastest iterations disagree.</param>
public sealed record CommonWarnings(bool Multimodal, bool ProcessesDisagree, int MultimodalCount, int DisagreeingCount, int Total)
{
    public static CommonWarnings Of(ResultSet set)
    {
        ModalityAssessment[] assessed = set.Benchmarks.AsParallel().AsOrdered().Select(b => Modality.Assess(b.Processes)).ToArray();
        int multimodal = assessed.Count(m => m.IsMultimodal), disagreeing = assessed.Count(m => m.ProcessesDisagree);
        return new CommonWarnings(2 * multimodal > assessed.Length, 2 * disagreeing > assessed.Length, multimodal, disagreeing, assessed.Length);
    }

    /// <summary>A sample's warning for a row: the common parts as their marker only.</summary>
    public string? For(ModalityAssessment modality) => modality.Describe(briefMultimodal: Multimodal, briefDisagreement: ProcessesDisagree);
}
