using System.Diagnostics;

namespace BenchHarness.Probes;

/// <param name="TimedOut">The process ran past its timeout and was killed; ExitCode is then -1.</param>
public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError, bool TimedOut = false);

/// <summary>Runs a short helper program (git, nvidia-smi, a compile in isolation) and captures what it prints.</summary>
public static class ChildProcess
{
    /// <summary>Runs <paramref name="program"/>; a process past <paramref name="timeout"/> is killed with its children.</summary>
    /// <exception cref="System.ComponentModel.Win32Exception">The program cannot be started.</exception>
    public static ProcessResult Run(string program, IEnumerable<string> arguments, TimeSpan timeout, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? "",
        };
        foreach (string argument in arguments)
            start.ArgumentList.Add(argument);

        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        bool finished = process.WaitForExit(timeout);
        if (!finished)
            process.Kill(entireProcessTree: true);
        process.WaitForExit();
        return new ProcessResult(finished ? process.ExitCode : -1, output.Result, error.Result, TimedOut: !finished);
    }

    /// <summary>Runs a .NET program of this solution (<c>dotnet exec &lt;assembly&gt;</c>).</summary>
    public static ProcessResult RunDotNet(string assembly, IEnumerable<string> arguments, TimeSpan timeout, string? workingDirectory = null) =>
        Run(DotNetHost.Path, ["exec", assembly, .. arguments], timeout, workingDirectory);

    /// <returns>null when the program is missing or does not finish in time.</returns>
    public static ProcessResult? TryRun(string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        try
        {
            ProcessResult result = Run(program, arguments, timeout);
            return result.TimedOut ? null : result;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
