using System.Text.RegularExpressions;

namespace BenchHarness.Identity;

/// <summary>
/// What a benchmark measures, read from its BenchmarkDotNet full name.
/// </summary>
/// <remarks>
/// The convention every suite follows, so that results pair up without guessing:
/// the suite's type name starts with the pattern id (<c>P01MissingHybridization</c>), the benchmark method
/// is the pair member (<c>Anti</c> or <c>Fix</c>, with the suffix <c>FirstCall</c> when it times first-call cost),
/// and the parameters include <c>Mode</c> and <c>Device</c>.
/// Example: <c>BenchHarness.Benchmarks.Patterns.P01MissingHybridization.Fix(Device: Cpu, Mode: Graph, Size: 16)</c>.
/// </remarks>
public sealed partial record BenchmarkIdentity(
    string PatternId,
    PairMember Member,
    CallPhase Phase,
    ExecutionMode Mode,
    ComputeDevice Device,
    IReadOnlyDictionary<string, string> Parameters)
{
    /// <summary>The parameters other than Mode and Device (e.g. Size), in name order: one point of a sweep.</summary>
    public string Case => string.Join(", ", Parameters
        .Where(p => p.Key is not (nameof(Mode) or nameof(Device)))
        .OrderBy(p => p.Key, StringComparer.Ordinal)
        .Select(p => $"{p.Key}={p.Value}"));

    public static bool TryParse(string fullName, out BenchmarkIdentity identity)
    {
        identity = null!;
        Match match = FullNamePattern().Match(fullName);
        if (!match.Success)
            return false;

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string pair in SplitParameters(match.Groups["parameters"].Value))
        {
            int colon = pair.IndexOf(':');
            if (colon <= 0)
                return false;
            parameters[pair[..colon].Trim()] = pair[(colon + 1)..].Trim();
        }

        if (!Enum.TryParse(match.Groups["member"].Value, out PairMember member)
            || !parameters.TryGetValue(nameof(Mode), out string? mode) || !Enum.TryParse(mode, out ExecutionMode executionMode)
            || !parameters.TryGetValue(nameof(Device), out string? device) || !Enum.TryParse(device, out ComputeDevice computeDevice))
            return false;

        CallPhase phase = match.Groups["firstCall"].Success ? CallPhase.FirstCall : CallPhase.Steady;
        identity = new BenchmarkIdentity(match.Groups["pattern"].Value, member, phase, executionMode, computeDevice, parameters);
        return true;
    }

    public static BenchmarkIdentity Parse(string fullName) =>
        TryParse(fullName, out BenchmarkIdentity identity)
            ? identity
            : throw new FormatException(
                $"'{fullName}' does not follow the naming convention <namespace>.P<nn><Name>.<Anti|Fix>[FirstCall](Device: .., Mode: .., ...)");

    // BenchmarkDotNet prints parameters as "Name: value, Name: value"; values are enums and numbers here,
    // but array-valued parameters such as "[1, 2]" must not be split on their inner commas.
    private static IEnumerable<string> SplitParameters(string text)
    {
        int depth = 0, start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is '[' or '(') depth++;
            else if (text[i] is ']' or ')') depth--;
            else if (text[i] == ',' && depth == 0)
            {
                yield return text[start..i];
                start = i + 1;
            }
        }
        if (text.Length > start)
            yield return text[start..];
    }

    [GeneratedRegex(@"(?:^|\.)(?<pattern>P\d{2})[A-Za-z0-9_]*\.(?<member>Anti|Fix)(?<firstCall>FirstCall)?\((?<parameters>.*)\)$")]
    private static partial Regex FullNamePattern();
}
