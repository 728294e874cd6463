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
            Console.Error.WriteLine($"benchharness: {e.Message}");
            return ExitCodes.BadInputOrFailure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"benchharness: {e.Message}");
            return ExitCodes.BadInputOrFailure;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("BENCHHARNESS_DEBUG") is null)
        {
            Console.Error.WriteLine($"benchharness: internal error ({e.GetType().Name}): {e.Message} " +
                                    "(set BENCHHARNESS_DEBUG=1 for the stack trace, and please report it)");
            return ExitCodes.BadInputOrFailure;
        }
    }
}
