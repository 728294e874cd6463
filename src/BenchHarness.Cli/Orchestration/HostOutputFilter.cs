using System.Text.RegularExpressions;
using BenchHarness.Planning;

namespace BenchHarness.Cli.Orchestration;

/// <summary>
/// Condenses the suite host's console output (BenchmarkDotNet is verbose) into progress lines a person can
/// follow; everything still goes to the suite's log file.
/// </summary>
public static partial class HostOutputFilter
{
    /// <summary>The line to show for <paramref name="line"/>, or null to show nothing.</summary>
    public static string? Condense(string line)
    {
        if (line.StartsWith(SuiteHostProtocol.ProgressPrefix, StringComparison.Ordinal))
            return line[SuiteHostProtocol.ProgressPrefix.Length..];
        if (BenchmarkStart().Match(line) is { Success: true } start)
            return $"measuring {start.Groups["method"].Value} [{start.Groups["parameters"].Value}]";
        if (Remaining().Match(line) is { Success: true } remaining)
            return $"{remaining.Groups["count"].Value} case(s) left, estimated finish {remaining.Groups["finish"].Value}";
        // A crash's message is worth showing; its stack frames stay in the log.
        if (line.TrimStart().StartsWith("at ", StringComparison.Ordinal))
            return null;
        if (line.Contains("Exception", StringComparison.Ordinal) || line.StartsWith("// ! ", StringComparison.Ordinal)
            || line.Contains("error", StringComparison.OrdinalIgnoreCase) && line.StartsWith("//", StringComparison.Ordinal))
            return line.Trim();
        return null;
    }

    // "// Benchmark: P01MissingHybridization.Anti: Smoke(...) [Size=16, Device=Cpu, Mode=Eager]"
    [GeneratedRegex(@"^// Benchmark: \w+\.(?<method>\w+): .*\[(?<parameters>[^\]]*)\]\s*$")]
    private static partial Regex BenchmarkStart();

    // "// ** Remained 7 (87.5 %) benchmark(s) to run. Estimated finish 2026-11-25 0:12 (0h 0m from now) **"
    [GeneratedRegex(@"^// \*\* Remained (?<count>\d+) .*Estimated finish (?<finish>[^(]+?)\s*\(")]
    private static partial Regex Remaining();
}
