using BenchHarness.Identity;

namespace BenchHarness.Analysis.Pairs;

/// <summary>Which side of a comparison a benchmark is on, and which benchmark is on the other side.</summary>
public static class ComparisonSides
{
    /// <summary>Whether <paramref name="identity"/> is the reference side (Anti, Eager or Cpu) of a comparison of <paramref name="kind"/>.</summary>
    public static bool IsReference(this BenchmarkIdentity identity, ComparisonKind kind) => kind switch
    {
        ComparisonKind.FixVsAnti => identity.Member == PairMember.Anti,
        ComparisonKind.GraphVsEager => identity.Mode == ExecutionMode.Eager,
        _ => identity.Device == ComputeDevice.Cpu,
    };

    /// <summary>The candidate side (Fix, Graph or Cuda) of the point <paramref name="identity"/> is the reference of.</summary>
    public static BenchmarkIdentity Partner(this BenchmarkIdentity identity, ComparisonKind kind) => kind switch
    {
        ComparisonKind.FixVsAnti => identity with { Member = PairMember.Fix },
        ComparisonKind.GraphVsEager => identity with { Mode = ExecutionMode.Graph },
        _ => identity with { Device = ComputeDevice.Cuda },
    };

    /// <summary>The reference side (Anti, Eager or Cpu) of the comparison of <paramref name="kind"/> whose candidate <paramref name="identity"/> is.</summary>
    public static BenchmarkIdentity Reference(this BenchmarkIdentity identity, ComparisonKind kind) => kind switch
    {
        ComparisonKind.FixVsAnti => identity with { Member = PairMember.Anti },
        ComparisonKind.GraphVsEager => identity with { Mode = ExecutionMode.Eager },
        _ => identity with { Device = ComputeDevice.Cpu },
    };
}
