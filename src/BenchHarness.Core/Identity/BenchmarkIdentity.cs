using System.Text.RegularExpressions;

namespace BenchHarness.Identity;

/// <summary>
/// What a benchmark measures, read from its BenchmarkDotNet full name.
/// </summary>
/// <remarks>
/// The convention every suite follows, so that results pair up without guessing:
/// the suite's type name starts with the pattern id (<c>P01MissingHybridization</c>), the benchmark method
/// is the pair member (<c>Anti</c> or <c>Fix</c>, with the suffix <c>FirstCall</c> when it times first-call cost, or
/// <c>Throughput</c> when it times calls pipelined between device synchronisations),
/// and the parameters include <c>Mode</c> and <c>Device</c>. A member may have variants, other ways of writing the
/// anti-pattern or the fix, named after the member and an underscore, before the phase (<c>Fix_TensorArgument</c>,
/// <c>Anti_ColdEpochFirstCall</c>):
/// the variant reads as one more parameter, <see cref="VariantParameter"/>, so it has a case of its own.
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
    public string Case => string.Join(", ", PointParameters.Select(p => $"{p.Name}={p.Value}"));

    /// <summary>
    /// The identity as a canonical name, <c>P01.FixFirstCall(Device: Cpu, Mode: Graph, Size: 16)</c>: namespace and type
    /// dropped, device and mode as parsed, the other parameters in name order. Two benchmarks with one canonical name
    /// are the same point of the convention: pairs and the gate cannot tell them apart.
    /// </summary>
    public string CanonicalName =>
        $"{PatternId}.{Member}{Phase.Suffix()}(" +
        string.Join(", ", new[] { $"{nameof(Device)}: {Device}", $"{nameof(Mode)}: {Mode}" }
            .Concat(PointParameters.Select(p => $"{p.Name}: {p.Value}"))) + ")";

    /// <summary>
    /// Equal when they are the same point of the convention (equal <see cref="CanonicalName"/>s): the axes, and the
    /// other parameters by content whatever the order or the dictionary. Mode and Device are the typed axes, so
    /// <c>identity with { Mode = ExecutionMode.Graph }</c> equals the parsed Graph benchmark of that point.
    /// </summary>
    public bool Equals(BenchmarkIdentity? other) =>
        ReferenceEquals(this, other)
        || other is not null && PatternId == other.PatternId && Member == other.Member && Phase == other.Phase
           && Mode == other.Mode && Device == other.Device && PointParameters.SequenceEqual(other.PointParameters);

    /// <summary>From what <see cref="Equals(BenchmarkIdentity)"/> compares, so equal identities hash alike.</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(PatternId, StringComparer.Ordinal);
        hash.Add(Member);
        hash.Add(Phase);
        hash.Add(Mode);
        hash.Add(Device);
        foreach ((string name, string value) in PointParameters)
        {
            hash.Add(name, StringComparer.Ordinal);
            hash.Add(value, StringComparer.Ordinal);
        }
        return hash.ToHashCode();
    }

    private IEnumerable<(string Name, string Value)> PointParameters => Parameters
        .Where(p => p.Key is not (nameof(Mode) or nameof(Device)))
        .OrderBy(p => p.Key, StringComparer.Ordinal)
        .Select(p => (p.Key, p.Value));

    /// <summary>The parameter a member variant's name is read into (<c>Variant: TensorArgument</c>).</summary>
    public const string VariantParameter = "Variant";

    /// <summary>The member variant (<c>TensorArgument</c> of <c>Fix_TensorArgument</c>), or null for the member itself.</summary>
    public string? Variant => Parameters.GetValueOrDefault(VariantParameter);

    /// <summary>This benchmark's member itself, the variant dropped: the benchmark a variant is compared with.</summary>
    public BenchmarkIdentity WithoutVariant() => Variant is null
        ? this
        : this with { Parameters = Parameters.Where(p => p.Key != VariantParameter).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal) };

    public static bool TryParse(string fullName, out BenchmarkIdentity identity)
    {
        identity = null!;
        if (!FullNameSyntax.TrySplit(fullName, out string method, out IReadOnlyList<KeyValuePair<string, string>> list))
            return false;
        Match match = MethodPattern().Match(method);
        if (!match.Success)
            return false;

        var parameters = new Dictionary<string, string>(list, StringComparer.Ordinal);
        if (!Enum.TryParse(match.Groups["member"].Value, out PairMember member)
            || !parameters.TryGetValue(nameof(Mode), out string? mode) || !Enum.TryParse(mode, out ExecutionMode executionMode)
            || !parameters.TryGetValue(nameof(Device), out string? device) || !Enum.TryParse(device, out ComputeDevice computeDevice))
            return false;

        if (match.Groups["variant"].Success && !parameters.TryAdd(VariantParameter, match.Groups["variant"].Value))
            return false;
        CallPhase phase = match.Groups["phase"].Success ? Enum.Parse<CallPhase>(match.Groups["phase"].Value) : CallPhase.Steady;
        identity = new BenchmarkIdentity(match.Groups["pattern"].Value, member, phase, executionMode, computeDevice, parameters);
        return true;
    }

    public static BenchmarkIdentity Parse(string fullName) =>
        TryParse(fullName, out BenchmarkIdentity identity)
            ? identity
            : throw new FormatException(
                $"'{fullName}' does not follow the naming convention <namespace>.P<nn><Name>.<Anti|Fix>[_Variant][FirstCall|Throughput](Device: .., Mode: .., ...)");

    // The method path only: a parameter value that looks like a harness name cannot make a foreign benchmark one.
    [GeneratedRegex(@"(?:^|\.)(?<pattern>P\d{2})[A-Za-z0-9_]*\.(?<member>Anti|Fix)(?:_(?<variant>[A-Z][A-Za-z0-9]*?))?(?<phase>FirstCall|Throughput)?$")]
    private static partial Regex MethodPattern();
}
