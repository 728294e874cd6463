using BenchHarness.Probes;
using BenchHarness.Planning;

namespace BenchHarness.Benchmarks.Engines.Torch;

/// <summary>
/// Compiles an embedded TorchScript file in a child process (the suite host's <c>check-scripts</c> verb). A
/// TorchScript semantic error aborts the process that compiles it; here it only ends the child.
/// </summary>
public static class IsolatedCompiler
{
    /// <param name="TimedOut">The child ran past its timeout and was killed.</param>
    public sealed record Result(bool Compiled, int ExitCode, string Output, bool TimedOut = false);

    public static Result Compile(string resourceName, TimeSpan timeout)
    {
        ProcessResult child = ChildProcess.RunDotNet(
            typeof(IsolatedCompiler).Assembly.Location, [SuiteHostProtocol.CheckScripts, resourceName], timeout);
        return child.TimedOut
            ? new Result(false, child.ExitCode, $"compilation did not finish within {timeout.TotalSeconds:F0} s", TimedOut: true)
            : new Result(child.ExitCode == 0, child.ExitCode, (child.StandardOutput + child.StandardError).Trim());
    }
}
