using System.Globalization;
using System.Text.RegularExpressions;
using BenchHarness.Catalog;
using BenchHarness.Identity;

namespace BenchHarness.Gate.Contracts;

/// <summary>One side of a contract: a pair member, in a mode when the contract compares modes.</summary>
public sealed record ContractSide(PairMember Member, CallPhase Phase, ExecutionMode? Mode)
{
    public override string ToString() =>
        $"{Member}{Phase.Suffix()}{(Mode is { } mode ? $"/{mode}" : "")}";
}

/// <summary>
/// "The faster side is at least <see cref="MinimumSpeedup"/> times faster than the slower side", for one pattern,
/// e.g. <c>P03 Fix &gt;= 5x Anti, Graph, Cpu, Size=256</c> or <c>P01 Fix/Graph &gt;= 1.1x Fix/Eager, Cpu</c>.
/// </summary>
/// <param name="Mode">Applies to both sides unless a side names its own; null: every mode measured.</param>
/// <param name="Device">Null: every device measured (a contract written once holds on CPU and on CUDA runners).</param>
/// <param name="Parameters">Other parameters that select the sweep points (Size=256); empty: every point.</param>
/// <param name="Rule">The contract as written, quoted in every verdict.</param>
/// <param name="Why">Optional reason for the figure, shown with the verdict.</param>
public sealed partial record PairContract(
    string PatternId,
    ContractSide Faster,
    double MinimumSpeedup,
    ContractSide Slower,
    ExecutionMode? Mode,
    ComputeDevice? Device,
    IReadOnlyDictionary<string, string> Parameters,
    string Rule,
    string? Why = null)
{
    public const string Grammar = "P<nn> <Member>[FirstCall|Throughput][/<Mode>] >= <K>x <Member>[FirstCall|Throughput][/<Mode>][, Eager|Graph][, Cpu|Cuda][, <Param>=<value>]...";

    /// <summary>The mode a side is measured in, once the contract is applied to a measured mode.</summary>
    public ExecutionMode ModeOf(ContractSide side, ExecutionMode measured) => side.Mode ?? Mode ?? measured;

    /// <summary>Whether a measured benchmark is one of this contract's slower or faster side at some sweep point.</summary>
    public bool Selects(BenchmarkIdentity identity) =>
        identity.PatternId == PatternId
        && (Device is null || identity.Device == Device)
        && Parameters.All(p => identity.Parameters.TryGetValue(p.Key, out string? value) && value == p.Value);

    /// <summary>
    /// When this contract's pattern was measured (<paramref name="measured"/>: every benchmark of both result sets) but
    /// a parameter it selects names a value, or a parameter, that none of the pattern's benchmarks has: why, in one line
    /// (a likely typo, which would otherwise leave the contract "not measured" forever). Null otherwise.
    /// </summary>
    public string? LikelyTypo(IEnumerable<BenchmarkIdentity> measured)
    {
        BenchmarkIdentity[] ofPattern = measured.Where(m => m.PatternId == PatternId).ToArray();
        if (ofPattern.Length == 0)
            return null;
        foreach ((string name, string value) in Parameters)
        {
            string[] values = ofPattern.Select(m => m.Parameters.GetValueOrDefault(name)).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
            if (values.Length == 0)
                return $"contract '{Rule}' selects {name}={value}, but no measured {PatternId} benchmark has a parameter {name} " +
                       $"(parameters: {string.Join(", ", ofPattern.SelectMany(m => m.Parameters.Keys).Where(k => k is not ("Mode" or "Device")).Distinct().Order(StringComparer.Ordinal))}): a likely typo";
            if (!values.Contains(value, StringComparer.Ordinal))
                return $"contract '{Rule}' selects {name}={value}, which no measured {PatternId} benchmark has (measured: {string.Join(", ", InNumberOrder(values))}): a likely typo";
        }
        return null;
    }

    private static IEnumerable<string> InNumberOrder(IEnumerable<string> values) =>
        values.OrderBy(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) ? number : double.PositiveInfinity)
            .ThenBy(v => v, StringComparer.Ordinal);

    public static PairContract Parse(string rule, string? why = null)
    {
        Match match = RulePattern().Match(rule.Trim());
        if (!match.Success)
            throw new ContractFormatException($"contract '{rule}' does not read as {Grammar}");

        string patternId = match.Groups["pattern"].Value.ToUpperInvariant();
        AntiPattern pattern = PatternCatalog.Find(patternId)
            ?? throw new ContractFormatException($"contract '{rule}': unknown pattern {patternId}");
        if (pattern.Kind != PatternKind.PerformancePair)
            throw new ContractFormatException(pattern.RelatedTo is { } related
                ? $"contract '{rule}': {patternId} is measured by {related}'s suite; write the contract for {related}"
                : $"contract '{rule}': {patternId} is not a timed pair ({pattern.Kind})");

        if (!double.TryParse(match.Groups["k"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double k) || !(k > 0) || !double.IsFinite(k))
            throw new ContractFormatException($"contract '{rule}': the factor must be a positive number, e.g. 5x");

        ExecutionMode? mode = null;
        ComputeDevice? device = null;
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Capture capture in match.Groups["qualifier"].Captures)
        {
            string qualifier = capture.Value.Trim();
            if (TryParseEnum(qualifier, out ExecutionMode m))
                mode = mode is null ? m : throw new ContractFormatException($"contract '{rule}' names two modes");
            else if (TryParseEnum(qualifier, out ComputeDevice d))
                device = device is null ? d : throw new ContractFormatException($"contract '{rule}' names two devices");
            else if (qualifier.Split('=', 2, StringSplitOptions.TrimEntries) is [{ Length: > 0 } name, { Length: > 0 } value]
                     && name is not ("Mode" or "Device"))
                parameters[name] = parameters.TryGetValue(name, out string? earlier)
                    ? throw new ContractFormatException($"contract '{rule}' names {name} twice ({earlier} and {value}): write one contract per value")
                    : value;
            else
                throw new ContractFormatException($"contract '{rule}': '{qualifier}' is neither Eager|Graph, Cpu|Cuda nor <Param>=<value>");
        }

        ContractSide faster = ParseSide(rule, match.Groups["faster"].Value);
        ContractSide slower = ParseSide(rule, match.Groups["slower"].Value);
        if (faster.Member == slower.Member && faster.Phase == slower.Phase && (faster.Mode ?? mode) == (slower.Mode ?? mode))
            throw new ContractFormatException($"contract '{rule}' compares {faster} with itself");
        return new PairContract(patternId, faster, k, slower, mode, device, parameters, rule.Trim(), why);
    }

    private static ContractSide ParseSide(string rule, string text)
    {
        string[] parts = text.Split('/', 2, StringSplitOptions.TrimEntries);
        string member = parts[0];
        CallPhase phase = Enum.GetValues<CallPhase>()
            .FirstOrDefault(p => p != CallPhase.Steady && member.EndsWith(p.Suffix(), StringComparison.OrdinalIgnoreCase));
        member = member[..^phase.Suffix().Length];
        if (!TryParseEnum(member, out PairMember pairMember))
            throw new ContractFormatException(
                $"contract '{rule}': '{text}' is not Anti, Fix, AntiFirstCall, FixFirstCall, AntiThroughput or FixThroughput");
        ExecutionMode? mode = null;
        if (parts.Length == 2)
            mode = TryParseEnum(parts[1], out ExecutionMode m) ? m
                : throw new ContractFormatException($"contract '{rule}': '{parts[1]}' is not Eager or Graph");
        return new ContractSide(pairMember, phase, mode);
    }

    private static bool TryParseEnum<T>(string text, out T value) where T : struct, Enum =>
        Enum.TryParse(text, ignoreCase: true, out value) && !int.TryParse(text, out _);

    [GeneratedRegex(@"^(?<pattern>[Pp]\d{2})\s+(?<faster>[A-Za-z/]+)\s*>=\s*(?<k>[0-9.eE+-]+)\s*[xX]\s+(?<slower>[A-Za-z/]+)\s*(?:,(?<qualifier>[^,]+))*$")]
    private static partial Regex RulePattern();
}

/// <summary>A contract the user wrote that cannot be read.</summary>
public sealed class ContractFormatException(string message) : HarnessException(message);
