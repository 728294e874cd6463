using BenchHarness.Identity;

namespace BenchHarness.Gate.Comparing;

/// <summary>Names of benchmarks and pair points as the gate prints them.</summary>
public static class BenchmarkNames
{
    /// <summary>"P01MissingHybridization.Fix(Size: 16, Device: Cpu, Mode: Graph)": the full name without its namespace.</summary>
    public static string Short(string fullName)
    {
        int parenthesis = fullName.IndexOf('(');
        int dot = fullName.LastIndexOf('.', parenthesis < 0 ? fullName.Length - 1 : parenthesis);
        if (dot < 0)
            return fullName;
        int typeDot = fullName.LastIndexOf('.', Math.Max(0, dot - 1));
        return typeDot < 0 ? fullName : fullName[(typeDot + 1)..];
    }

    /// <summary>"P03 Graph/Cpu Size=256 (first call)": a pair at one sweep point.</summary>
    public static string Point(string patternId, ExecutionMode? mode, ComputeDevice device, string @case, CallPhase phase) =>
        $"{patternId} {(mode is { } m ? $"{m}/" : "")}{device}{(string.IsNullOrEmpty(@case) ? "" : $" {@case}")}" +
        (phase.Words() is { } words ? $" ({words})" : "");
}
