namespace BenchHarness.Cli.Commands;

/// <summary>Runs a command body under the harness's error contract: actionable failures are one line and exit 2.</summary>
public static class CommandAction
{
    public static int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (HarnessException e)
        {
            return Fail(e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(e.Message);
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("BENCHHARNESS_DEBUG") is null)
        {
            return Fail($"internal error ({e.GetType().Name}): {e.Message} (set BENCHHARNESS_DEBUG=1 for the stack trace, and please report it)");
        }
    }

    /// <summary>
    /// Prints <paramref name="message"/> as the one line of a failure, escaped for the terminal (it may quote a file
    /// or the command line), and returns the exit code that goes with it.
    /// </summary>
    public static int Fail(string message)
    {
        PrintError(message);
        return ExitCodes.BadInputOrFailure;
    }

    /// <summary>One line on stderr, "benchharness: " first, line breaks and escape sequences in it made visible.</summary>
    public static void PrintError(string message) => Console.Error.WriteLine($"benchharness: {TerminalText.OneLine(message)}");
}
