using BenchHarness.Catalog;

namespace BenchHarness.Reports.Model;

/// <summary>A catalog entry's expected effect in a few words, from its expected direction and the modes that carry it.</summary>
public static class ExpectedBrief
{
    public static string Of(AntiPattern pattern)
    {
        string where = pattern.Modes?.MechanismModes is [var only] ? $" in {only.ToString().ToLowerInvariant()} mode" : "";
        return (pattern.Direction, pattern.Kind) switch
        {
            (ExpectedDirection.FixFaster, _) => $"fix faster{where}",
            (ExpectedDirection.FixFasterCold, _) => $"fix faster on first call{where}, about equal warm",
            (ExpectedDirection.FixFasterOnSomeDevices, _) => $"fix faster{where} on some devices",
            (_, PatternKind.SemanticDivergence) => "results diverge, or calls are refused",
            (_, PatternKind.Incompatibility) => "graph mode refuses the code",
            _ => "no timing expectation",
        };
    }
}
