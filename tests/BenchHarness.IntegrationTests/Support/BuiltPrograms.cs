using BenchHarness.Probes;
using System.Reflection;

namespace BenchHarness.IntegrationTests.Support;

public sealed record ProgramRun(int ExitCode, string StandardOutput, string StandardError)
{
    public string[] ErrorLines => StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Starts the solution's programs (the CLI, the suite host) the way a user does, as processes.</summary>
public static class BuiltPrograms
{
    public static string Cli => Path("Cli");

    public static string SuiteHost => Path("SuiteHost");

    public static ProgramRun RunCli(params string[] arguments) => Run(Cli, arguments, TimeSpan.FromMinutes(5));

    public static ProgramRun RunSuiteHost(params string[] arguments) => Run(SuiteHost, arguments, TimeSpan.FromMinutes(2));

    public static ProgramRun Run(string assembly, IEnumerable<string> arguments, TimeSpan timeout, string? workingDirectory = null)
    {
        ProcessResult result = ChildProcess.RunDotNet(assembly, arguments, timeout, workingDirectory);
        if (result.TimedOut)
            throw new TimeoutException($"{System.IO.Path.GetFileName(assembly)} {string.Join(' ', arguments)} ran past {timeout}");
        return new ProgramRun(result.ExitCode, result.StandardOutput, result.StandardError);
    }

    private static string Path(string key)
    {
        string path = typeof(BuiltPrograms).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == key).Value!;
        Assert.True(File.Exists(path), $"{key} not built at {path}");
        return path;
    }
}
