using BenchHarness.Cli.Orchestration;
using BenchHarness.Probes;

namespace BenchHarness.IntegrationTests.Cli;

/// <summary>run-benchmarks.ps1 keeps the harness's contract: bad input is one line and exit code 2.</summary>
public class RunScriptTests
{
    private static readonly string Root = RepositoryLayout.FindRoot(AppContext.BaseDirectory)!;

    private static (int ExitCode, string Output) RunScript(params string[] arguments)
    {
        ProcessResult result = ChildProcess.Run(DotNetHost.Path,
            ["pwsh", "-NoProfile", "-File", "run-benchmarks.ps1", "-NoBuild", .. arguments], TimeSpan.FromMinutes(2), Root);
        return (result.ExitCode, result.StandardOutput + result.StandardError);
    }

    [Theory]
    [InlineData("-Bogus", "unknown argument(s): -Bogus")]
    [InlineData("-TorchBackend", "-TorchBackend must be cpu or cuda")]
    [InlineData("-Profile", "--profile must be smoke|default|gate")]
    [InlineData("-Pattern", "unknown pattern 'P77'")]
    [InlineData("-Baseline", "--base '/nonexistent/baseline' is not a commit")]
    public void Bad_input_exits_2_with_one_line(string parameter, string message)
    {
        string value = parameter switch { "-Pattern" => "P77", "-Profile" => "fast", "-Baseline" => "/nonexistent/baseline", _ => "rocm" };
        (int exitCode, string output) = RunScript(parameter, value);

        Assert.True(exitCode == ExitCodes.BadInputOrFailure, $"exit {exitCode}: {output}");
        Assert.Contains(message, output);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
