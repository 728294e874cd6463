using BenchHarness.IntegrationTests.Support;

namespace BenchHarness.IntegrationTests.Reports;

/// <summary><c>benchharness report</c> end to end: output paths (bad input: Cli/BadInput/ReportBadInputTests).</summary>
public class ReportCommandTests
{
    [Fact]
    public void Report_writes_three_files_and_prints_the_page_path()
    {
        using var temporary = new TemporaryDirectory();
        string results = ReportScenarios.Rich().WriteTo(temporary.Combine("results"));
        string output = temporary.Combine("out");
        ProgramRun run = BuiltPrograms.RunCli("report", results, "--out", output);
        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith($"report: {Path.Combine(output, "index.html")}", run.StandardOutput.TrimEnd());
        Assert.True(File.Exists(Path.Combine(output, "summary.md")));
        Assert.True(File.Exists(Path.Combine(output, "summary.json")));

        ProgramRun again = BuiltPrograms.RunCli("report", results, "--out", output);
        Assert.Equal(0, again.ExitCode);
        Assert.StartsWith($"replaced the previous report in {output}", again.StandardOutput);
    }

    [Fact]
    public void The_default_output_is_reports_run_id_under_the_repository()
    {
        using var temporary = new TemporaryDirectory();
        File.WriteAllText(temporary.Combine("BenchHarness.sln"), "");
        string results = ReportScenarios.Rich(runId: "20261125-090000-abcdef").WriteTo(temporary.Combine("results", "run"));
        ProgramRun run = BuiltPrograms.Run(BuiltPrograms.Cli, ["report", results], TimeSpan.FromMinutes(2), temporary.Path);
        Assert.Equal(0, run.ExitCode);
        string index = temporary.Combine("reports", "20261125-090000-abcdef", "index.html");
        Assert.True(File.Exists(index), run.StandardOutput + run.StandardError);
        Assert.EndsWith($"report: {index}", run.StandardOutput.TrimEnd());
    }
}
