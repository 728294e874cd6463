using System.Diagnostics;
using BenchHarness.Running;

namespace BenchHarness.Benchmarks.Engines.Torch;

/// <summary>
/// Compiles an embedded TorchScript file in a child process (the suite host's <c>check-scripts</c> verb). A
/// TorchScript semantic error aborts the process that compiles it; here it only ends the child.
/// </summary>
public static class IsolatedCompiler
{
    public sealed record Result(bool Compiled, int ExitCode, string Output);

    public static Result Compile(string resourceName, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in (string[])["exec", typeof(IsolatedCompiler).Assembly.Location, SuiteHostProtocol.CheckScripts, resourceName])
            start.ArgumentList.Add(argument);

        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            return new Result(false, -1, $"compilation did not finish within {timeout.TotalSeconds:F0} s");
        }
        process.WaitForExit();
        return new Result(process.ExitCode == 0, process.ExitCode, (output.Result + error.Result).Trim());
    }
}
