using BenchHarness.Analysis.Loading;
using BenchHarness.Analysis.Pairs;
using BenchHarness.Analysis.Statistics;
using BenchHarness.Catalog;

namespace BenchHarness.Reports.Model;

/// <summary>Everything a report shows: the result set as loaded, its pairs analysed, and the study's verdicts.</summary>
public sealed record ReportInput(
    ResultSet ResultSet,
    PairAnalysis Pairs,
    IReadOnlyList<Reproduction> Reproductions,
    InferenceOptions Inference,
    DateTimeOffset GeneratedUtc)
{
    public static ReportInput Analyze(ResultSet resultSet, InferenceOptions? inference = null, DateTimeOffset? now = null)
    {
        InferenceOptions options = inference ?? InferenceOptions.Default;
        PairAnalysis pairs = PairAnalyzer.Analyze(resultSet, options);
        return new ReportInput(resultSet, pairs, ReproductionRule.JudgeAll(PatternCatalog.All, pairs.FixVsAnti), options,
            now ?? DateTimeOffset.UtcNow);
    }
}
