namespace BenchHarness.IntegrationTests.Support;

/// <summary>
/// The bad-input contract of every command, asserted one way everywhere: exit 2, exactly one line on stderr that
/// starts with "benchharness: " and names the problem, no stack trace or exception name, and no raw control
/// character that a terminal would act on.
/// </summary>
public static class CliAssertions
{
    public static void AssertOneLineFailure(ProgramRun run, params string[] expected)
    {
        string context = $"exit {run.ExitCode}, stderr:\n{run.StandardError}";
        Assert.True(run.ExitCode == ExitCodes.BadInputOrFailure, context);
        string[] lines = run.StandardError.Split('\n').Where(line => line.Trim().Length > 0).ToArray();
        Assert.True(lines.Length == 1, $"expected one line on stderr, got {lines.Length}: {context}");
        string line = lines[0];
        Assert.StartsWith("benchharness: ", line);
        foreach (string part in expected)
            Assert.Contains(part, line);
        AssertNoRawControlCharacters(line);
        Assert.DoesNotContain("   at ", run.StandardError);
        Assert.DoesNotContain("Exception", run.StandardError);
        Assert.DoesNotContain("internal error", run.StandardError);
    }

    /// <summary>Nothing a terminal would act on: no control character but the line breaks between lines.</summary>
    public static void AssertNoRawControlCharacters(string output)
    {
        char? raw = output.Select(c => (char?)c).FirstOrDefault(c => c is not '\n' && char.IsControl(c!.Value));
        Assert.True(raw is null, $"raw control character U+{(int)(raw ?? ' '):X4} in:\n{output}");
    }
}
