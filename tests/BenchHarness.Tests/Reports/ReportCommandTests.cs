using BenchHarness.Tests.Support;

namespace BenchHarness.Tests.Reports;

/// <summary><c>benchharness report</c> end to end: output paths, and bad input as one line with exit code 2.</summary>
public class ReportCommandTests
{
    private static void AssertOneLineFailure(ProgramRun run, params string[] expected)
    {
        Assert.Equal(ExitCodes.BadInputOrFailure, run.ExitCode);
        string line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("benchharness: ", line);
        foreach (string part in expected)
            Assert.Contains(part, line);
        Assert.DoesNotContain("   at ", run.StandardError);
        Assert.DoesNotContain("Exception", run.StandardError);
    }

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

    [Fact]
    public void A_missing_directory_is_named() =>
        AssertOneLineFailure(BuiltPrograms.RunCli("report", "/nonexistent/results/x"), "/nonexistent/results/x", "does not exist");

    [Fact]
    public void An_empty_directory_is_named()
    {
        using var temporary = new TemporaryDirectory();
        AssertOneLineFailure(BuiltPrograms.RunCli("report", temporary.Path), temporary.Path, "is empty");
    }

    [Fact]
    public void A_corrupt_manifest_is_named()
    {
        using var temporary = new TemporaryDirectory();
        File.WriteAllText(temporary.Combine("manifest.json"), "{ \"schemaVersion\": 1, \"runId\": ");
        AssertOneLineFailure(BuiltPrograms.RunCli("report", temporary.Path), temporary.Combine("manifest.json"));
    }

    [Fact]
    public void A_corrupt_results_file_is_named()
    {
        using var temporary = new TemporaryDirectory();
        string results = ReportScenarios.Rich().WriteTo(temporary.Combine("results"));
        string file = Path.Combine(results, "P01Synthetic-report-full.json");
        File.WriteAllText(file, "{\"Benchmarks\": [ {\"FullName\": ");
        AssertOneLineFailure(BuiltPrograms.RunCli("report", results, "--out", temporary.Combine("out")), file);
        Assert.False(Directory.Exists(temporary.Combine("out")), "no report is written from a corrupt result set");
    }

    [Fact]
    public void An_empty_results_file_is_named()
    {
        using var temporary = new TemporaryDirectory();
        string results = ReportScenarios.Rich().WriteTo(temporary.Combine("results"));
        string file = Path.Combine(results, "P03Synthetic-report-full.json");
        File.WriteAllText(file, "");
        AssertOneLineFailure(BuiltPrograms.RunCli("report", results, "--out", temporary.Combine("out")), file);
    }
}
