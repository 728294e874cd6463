using BenchHarness.Analysis.Loading;
using BenchHarness.Analysis.Statistics;

namespace BenchHarness.Analysis.Pairs;

/// <summary>Everything paired in one result set.</summary>
/// <param name="Unpaired">Benchmarks without an identity (foreign names) or without any partner.</param>
public sealed record PairAnalysis(
    IReadOnlyList<Comparison> FixVsAnti,
    IReadOnlyList<Comparison> GraphVsEager,
    IReadOnlyList<Comparison> CudaVsCpu,
    IReadOnlyList<ColdStart> ColdStarts,
    IReadOnlyList<ColdStartBreakEven> BreakEvens,
    IReadOnlyList<BenchmarkSamples> Unpaired)
{
    public IEnumerable<Comparison> All => FixVsAnti.Concat(GraphVsEager).Concat(CudaVsCpu);
}

/// <summary>Groups benchmarks by identity into comparisons and computes each one's statistics.</summary>
public static class PairAnalyzer
{
    public static PairAnalysis Analyze(ResultSet resultSet, BootstrapOptions? options = null) =>
        Analyze(resultSet.Benchmarks, options);

    public static PairAnalysis Analyze(IEnumerable<BenchmarkSamples> benchmarks, BootstrapOptions? options = null) =>
        throw new NotImplementedException();

    /// <summary>Reference against candidate with every statistic of a <see cref="Comparison"/>.</summary>
    public static Comparison Compare(ComparisonKey key, BenchmarkSamples reference, BenchmarkSamples candidate, BootstrapOptions? options = null) =>
        throw new NotImplementedException();
}
