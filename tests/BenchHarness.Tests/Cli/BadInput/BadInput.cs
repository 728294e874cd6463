using BenchHarness.Tests.Support;

namespace BenchHarness.Tests.Cli.BadInput;

/// <summary>What every refusal of bad input looks like: exit 2, one line that says what is wrong, no stack trace.</summary>
public static class BadInput
{
    public static void AssertRefused(ProgramRun run, params string[] expected)
    {
        Assert.True(run.ExitCode == ExitCodes.BadInputOrFailure, $"exit {run.ExitCode}, stderr: {run.StandardError}");
        string line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("benchharness: ", line);
        foreach (string part in expected)
            Assert.Contains(part, line);
        Assert.DoesNotContain("internal error", line);
        Assert.DoesNotContain("Exception", line);
    }
}
