using System.CommandLine;
using BenchHarness.Analysis.Loading;
using BenchHarness.Cli.Orchestration;
using BenchHarness.Reports.Exporters;
using BenchHarness.Reports.Model;
using BenchHarness.Results;

namespace BenchHarness.Cli.Commands;

/// <summary><c>benchharness report &lt;results-dir&gt; [--out &lt;dir&gt;]</c>: index.html, summary.md and summary.json for a result set.</summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var results = new Argument<string>("results-dir")
        {
            Description = "A result set: the directory 'benchharness run' wrote, or one holding BenchmarkDotNet *-report-full.json files.",
        };
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Report directory. Default: reports/<run-id>. An existing report there is replaced (reports are derived data).",
        };
        var command = new Command("report", "Write an HTML report (charts, speed-ups with intervals, the paper-reproduction table), summary.md and summary.json.")
        {
            results, output,
        };
        command.SetAction(parsed => CommandAction.Guard(() => Run(Console.Out, parsed.GetValue(results)!, parsed.GetValue(output))));
        return command;
    }

    private static int Run(TextWriter console, string resultsPath, string? output)
    {
        ResultSet set = ResultSetLoader.Load(resultsPath);
        string directory = output ?? Path.Combine(RepositoryLayout.CurrentRoot, "reports", SafeDirectoryName(set.Name));
        // A report is written beside its result set, never into it (the loader would read it back as results).
        OutputFiles.RefuseInside(new OutputFile("--out", Path.Combine(directory, HtmlReportExporter.FileName)), [InputPath.ResultSet(resultsPath)]);
        ReportInput input = ReportInput.Analyze(set);
        WrittenReport report = ReportWriter.Write(input, directory);
        foreach (Caveat caveat in ReportCaveats.For(input).Where(c => c.Severity != CaveatSeverity.Info))
            console.WriteLine($"{(caveat.Severity == CaveatSeverity.Failure ? "attention" : "warning")}: {TerminalText.OneLine($"{caveat.Label} {caveat.Text}")}");
        if (report.Replaced)
            console.WriteLine($"replaced the previous report in {report.Directory}");
        console.WriteLine($"summary: {report.SummaryMarkdown}");
        console.WriteLine($"report: {report.IndexHtml}");
        return ExitCodes.Success;
    }

    // The run id comes from a file: keep it one plain directory name.
    private static string SafeDirectoryName(string name)
    {
        char[] invalid = Path.GetInvalidFileNameChars();
        string safe = new(name.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c).ToArray());
        return safe is "" or "." or ".." ? "report" : safe;
    }
}
