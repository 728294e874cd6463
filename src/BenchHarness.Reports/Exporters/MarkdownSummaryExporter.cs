using System.Text;
using BenchHarness.Analysis.Statistics;
using BenchHarness.Catalog;
using BenchHarness.Reports.Model;
using BenchHarness.Text;

namespace BenchHarness.Reports.Exporters;

/// <summary>summary.md: the verdicts and caveats as GitHub-flavoured markdown, for a pull request or a CI summary.</summary>
public static class MarkdownSummaryExporter
{
    public const string FileName = "summary.md";

    public static string Render(ReportInput input)
    {
        var set = input.ResultSet;
        var md = new StringBuilder();
        md.Append("# BenchHarness report: ").AppendLine(Inline(set.Name + (set.IsIncomplete ? " (incomplete)" : ""))).AppendLine();
        if (set.Manifest is { } m)
            md.AppendLine(Inline($"{m.Status} run of {m.Options.Profile} profile ({m.ProfileSettings.ProcessesText} process(es) x {m.ProfileSettings.IterationCount} iterations), " +
                                 $"{m.Machine.Cpu}, {m.Engine.Engine} {m.Engine.EngineVersion} ({m.Engine.Backend}), commit {Numbers.Commit(m.Git.Commit)}{(m.Git.Dirty ? " (dirty)" : "")}."))
              .AppendLine();
        foreach (Caveat caveat in ReportCaveats.For(input))
            md.Append("> ").Append(caveat.Severity == CaveatSeverity.Info ? "" : "**Warning:** ")
              .AppendLine(Inline($"{caveat.Label} {caveat.Text}")).AppendLine();

        md.AppendLine($"Speed-up = anti-pattern time / fix time (above 1x the fix is faster), {Numbers.Percent(input.Inference.ConfidenceLevel)} interval: {RatioInference.Method}")
          .AppendLine()
          .AppendLine(StudyFindings.Magnitudes);
        // Grouped by the study's finding, as the page is; catalog order within each.
        foreach (var finding in VerdictTable.Rows(input).GroupBy(row => row.Finding).OrderBy(group => group.Key))
        {
            md.AppendLine()
              .AppendLine($"### {StudyFindings.Heading(finding.Key)}")
              .AppendLine()
              .AppendLine("| pattern | expected (source) | measured: speed-up of the fix [interval] | verdict | controls: identical code, expect 1.0x |")
              .AppendLine("|---|---|---|---|---|");
            foreach (VerdictRow row in finding)
                md.Append("| ").Append(Cell($"{row.PatternId} {row.Name}"))
                  .Append(" | ").Append(Cell($"{row.Expected} ({row.Source})"))
                  .Append(" | ").Append(row.Measured.Count == 0 ? "—" : string.Join("<br>", row.Measured.Select(Cell)))
                  .Append(" | **").Append(Cell(row.VerdictText)).Append("**: ").Append(Cell(row.Reason))
                  .Append(" | ").Append(row.Controls.Count == 0 ? "—" : string.Join("<br>", row.Controls.Select(Cell)))
                  .AppendLine(" |");
        }

        var failed = set.FailedSuites;
        if (failed.Count > 0)
        {
            md.AppendLine().AppendLine("## Failed suites").AppendLine();
            foreach (var suite in failed)
                md.Append("- ").AppendLine(Inline($"{suite.PatternId} {suite.Suite}: {suite.Reason ?? "no reason recorded"}"));
        }
        md.AppendLine().AppendLine("The full report with charts is index.html in this directory.");
        return md.ToString();
    }

    private static string Inline(string text) => MarkdownText.Inline(text);

    private static string Cell(string text) => Inline(text);
}
