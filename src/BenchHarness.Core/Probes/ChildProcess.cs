using System.Diagnostics;

namespace BenchHarness.Probes;

public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError);

/// <summary>Runs a short helper program (git, nvidia-smi) and captures what it prints.</summary>
public static class ChildProcess
{
    /// <returns>null when the program is missing or does not finish in time.</returns>
    public static ProcessResult? TryRun(string program, string arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        try
        {
            using Process process = Process.Start(start)!;
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            Task<string> error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }
            return new ProcessResult(process.ExitCode, output.Result, error.Result);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
