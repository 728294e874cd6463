using BenchHarness.Tests.Support;

namespace BenchHarness.Tests.Cli.BadInput;

/// <summary>The harness's contract for bad input: exit 2, one line on stderr naming the problem, never a stack trace.</summary>
public static class BadInputAssert
{
    public static void OneLine(ProgramRun run, string expected)
    {
        Assert.True(run.ExitCode == ExitCodes.BadInputOrFailure, $"exit {run.ExitCode}, stdout: {run.StandardOutput}, stderr: {run.StandardError}");
        Assert.Contains(expected, run.StandardError);
        string line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("benchharness: ", line);
        Assert.DoesNotContain("   at ", run.StandardError);
        Assert.DoesNotContain("Exception", run.StandardError);
        Assert.DoesNotContain("internal error", run.StandardError);
    }
}
