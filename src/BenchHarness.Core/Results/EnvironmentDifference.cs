namespace BenchHarness.Results;

/// <summary>One fact that differs between two environments; null means the fact is not known on that side.</summary>
public sealed record EnvironmentDifference(string Fact, string? Baseline, string? Current)
{
    public override string ToString() => $"{Fact}: {Baseline ?? "(unknown)"} -> {Current ?? "(unknown)"}";
}
