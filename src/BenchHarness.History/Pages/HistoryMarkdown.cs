using System.Globalization;
using System.Text;
using BenchHarness.History.ChangePoints;
using BenchHarness.Text;

namespace BenchHarness.History.Pages;

/// <summary>
/// history.md: the latest changes, the series that stand regressed, and every change point of every series, for an
/// issue, a wiki or <c>$GITHUB_STEP_SUMMARY</c>. Names from result sets are code spans (<see cref="MarkdownText"/>).
/// </summary>
public static class HistoryMarkdown
{
    public const string FileName = "history.md";

    public static string Render(HistoryReport report)
    {
        var md = new StringBuilder();
        md.AppendLine($"# Benchmark history: {MarkdownText.Code(report.Branch)}");
        md.AppendLine();
        md.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"{report.Runs:N0} runs on {report.Machines.Count} machine(s) and profile(s), store {MarkdownText.Code(report.StorePath)}. " +
            $"Change points: {HistoryPage.Method(report.Settings)}."));
        md.AppendLine();

        var standing = report.StandingRegressions;
        md.AppendLine(standing.Count == 0
            ? "**No series stands regressed**: no newest change of any series is a slowdown or an erosion."
            : $"**{standing.Count} series stand regressed** (their newest change is a slowdown or an erosion):");
        foreach (var (machine, series) in standing)
            md.AppendLine($"- {MarkdownText.Code(series.Series.Key.Name)} on {MarkdownText.Inline(machine.Machine.ToString())}: " +
                          $"{ChangeText.Meaning(series.Series.Key.Kind, series.Changes[^1])} {ChangeText.Change(series.Changes[^1])} at {MarkdownText.Code(series.Changes[^1].CommitRange)}");
        md.AppendLine();

        md.AppendLine("## Latest changes");
        md.AppendLine();
        var latest = report.Machines.SelectMany(m => m.ChangesNewestFirst().Select(c => (Machine: m, c.Series, c.Change)))
            .Take(HistoryReport.LatestChanges).ToArray();
        if (latest.Length == 0)
            md.AppendLine("No change point in any series.");
        else
            Table(md, latest.Select(x => (x.Machine, x.Series, x.Change)));
        md.AppendLine();

        md.AppendLine("## Every change point");
        foreach (MachineHistory machine in report.Machines)
        {
            md.AppendLine();
            md.AppendLine($"### {MarkdownText.Inline(machine.Machine.ToString())}");
            md.AppendLine();
            md.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{machine.Commits.Count:N0} commits, {machine.Series.Count:N0} series, fingerprint {MarkdownText.Code(machine.Machine.Fingerprint)}."));
            md.AppendLine();
            var changes = machine.Series.SelectMany(s => s.Changes.Select(c => (machine, s, c))).ToArray();
            if (changes.Length == 0)
                md.AppendLine("No change point.");
            else
                Table(md, changes);
        }
        return md.ToString();
    }

    private static void Table(StringBuilder md, IEnumerable<(MachineHistory Machine, SeriesHistory Series, ChangePoint Change)> rows)
    {
        md.AppendLine("| commits | series | kind | before | after | change [95%] | meaning |");
        md.AppendLine("|---|---|---|---:|---:|---:|---|");
        foreach (var (_, series, change) in rows)
        {
            var kind = series.Series.Key.Kind;
            md.AppendLine($"| {MarkdownText.Code(change.CommitRange, inTable: true)} | {MarkdownText.Code(series.Series.Key.Name, inTable: true)} | " +
                          $"{ChangeText.Kind(kind)} | {ChangeText.Value(kind, change.Before)} | {ChangeText.Value(kind, change.After)} | " +
                          $"{ChangeText.Change(change)} | {(change.IsRegression ? "**" + ChangeText.Meaning(kind, change) + "**" : ChangeText.Meaning(kind, change))} |");
        }
    }
}
