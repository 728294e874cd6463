using System.Globalization;
using BenchHarness.Analysis.Statistics;

namespace BenchHarness.Reports.Model;

/// <summary>
/// How much of a result set one page draws. Past these limits a chart shows a part, or a summary, and says so, so that
/// the page stays readable and its size (and the memory to build it) stays bounded whatever the input: a chart of
/// 100,000 rows cannot be drawn at all, and one of 2 million dots is a 200 MB page.
/// </summary>
public static class ReportLimits
{
    /// <summary>Charts per section; the rest are counted in a note.</summary>
    public const int ChartsPerSection = 40;

    /// <summary>Rows (benchmarks, comparisons) per chart; the rest are counted in its caption.</summary>
    public const int RowsPerChart = 60;

    /// <summary>
    /// Dots per benchmark in a distribution chart; past it, evenly spaced quantiles stand for the iterations, so the
    /// page does not grow with iterations (a default-profile benchmark has 80 to 140; 20 quantiles, one per 5%, keep its shape).
    /// </summary>
    public const int DotsPerBenchmark = 20;

    /// <summary>Rows of the benchmarks table; the rest are counted under it.</summary>
    public const int TableRows = 2_000;

    /// <summary>The dots of one benchmark: its iterations, or <see cref="DotsPerBenchmark"/> evenly spaced quantiles of them.</summary>
    public static IReadOnlyList<double> Dots(IReadOnlyList<double> iterations) =>
        Estimators.EvenlySpacedOrderStatistics(iterations, DotsPerBenchmark);

    /// <summary>" Shows the first 60 of 75 {what}; {where}." when <paramref name="total"/> exceeds <paramref name="shown"/>, else "".</summary>
    public static string PartNote(int shown, int total, string what, string where) =>
        total > shown ? string.Create(CultureInfo.InvariantCulture, $" Shows the first {shown:N0} of {total:N0} {what}; {where}.") : "";
}
