using BenchHarness.Analysis.Loading;
using BenchHarness.Results;

namespace BenchHarness.Gate.Comparing;

/// <summary>
/// Refuses to compare timings from unlike environments (machine, CPU, OS, .NET, engine, package versions, threads,
/// devices) unless the user allows it; the differences are then carried into every output.
/// </summary>
public static class EnvironmentGuard
{
    public static IReadOnlyList<string> Check(ResultSet baseline, ResultSet current, bool allowMismatch)
    {
        var differences = new List<string>();
        if (baseline.Environment is null || current.Environment is null)
            differences.Add($"environment unknown for the {(baseline.Environment is null ? "baseline" : "current")} result set (no manifest and no BenchmarkDotNet host facts)");
        else if (baseline.Environment.ComparableFacts(current.Environment).Count == 0)
            // A foreign set whose host facts have no counterpart on the other side: comparing nothing is no check.
            differences.Add($"no environment fact in common (baseline knows {Known(baseline.Environment)}; current knows {Known(current.Environment)})");
        else
            differences.AddRange(baseline.Environment.DifferencesFrom(current.Environment).Select(d => d.ToString()));

        if (differences.Count > 0 && !allowMismatch)
            throw new EnvironmentMismatchException(
                $"baseline {baseline.Name} and current {current.Name} were measured in different environments " +
                $"({string.Join("; ", differences)}); compare runs from the same runner, or pass --allow-env-mismatch to compare anyway");
        return differences;
    }

    private static string Known(EnvironmentFingerprint environment) =>
        environment.Facts.Count == 0 ? "none" : string.Join(", ", environment.Facts.Keys);
}

/// <summary>The two result sets were measured in different environments and the user did not allow it.</summary>
public sealed class EnvironmentMismatchException(string message) : HarnessException(message);
