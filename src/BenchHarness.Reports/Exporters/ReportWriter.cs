using BenchHarness.Analysis.Loading;
using BenchHarness.Reports.Model;
using BenchHarness.Results;

namespace BenchHarness.Reports.Exporters;

/// <summary>The files of one report, by full path.</summary>
public sealed record WrittenReport(string Directory, string IndexHtml, string SummaryMarkdown, string SummaryJson, bool Replaced);

/// <summary>
/// Loads a result set, analyses it and writes index.html, summary.md and summary.json into one directory.
/// A report is derived data: writing into an existing report directory replaces those three files (and says so).
/// </summary>
public static class ReportWriter
{
    public static WrittenReport Write(string resultsPath, string outputDirectory) =>
        Write(ReportInput.Analyze(ResultSetLoader.Load(resultsPath)), outputDirectory);

    public static WrittenReport Write(ReportInput input, string outputDirectory)
    {
        // Render everything before touching the disk, so a failure leaves no half-written report.
        string html = HtmlReportExporter.Render(input);
        string markdown = MarkdownSummaryExporter.Render(input);
        string json = JsonSummaryExporter.Render(input);

        Directory.CreateDirectory(outputDirectory);
        var report = new WrittenReport(
            Path.GetFullPath(outputDirectory),
            Path.GetFullPath(Path.Combine(outputDirectory, HtmlReportExporter.FileName)),
            Path.GetFullPath(Path.Combine(outputDirectory, MarkdownSummaryExporter.FileName)),
            Path.GetFullPath(Path.Combine(outputDirectory, JsonSummaryExporter.FileName)),
            Replaced: File.Exists(Path.Combine(outputDirectory, HtmlReportExporter.FileName)));
        AtomicFile.WriteAllText(report.SummaryJson, json);
        AtomicFile.WriteAllText(report.SummaryMarkdown, markdown);
        AtomicFile.WriteAllText(report.IndexHtml, html);
        return report;
    }
}
