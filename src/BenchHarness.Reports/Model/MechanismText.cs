using BenchHarness.Analysis.Statistics;
using BenchHarness.Text;

namespace BenchHarness.Reports.Model;

/// <summary>A benchmark's mechanism counts in words: "1.00 compiles/op, 92 KiB/op (8.1 MiB/process)".</summary>
public static class MechanismText
{
    /// <summary>The counts, or "" when the result set has none (sets written before the harness counted them).</summary>
    public static string For(MechanismSummary? mechanism) => mechanism is null
        ? ""
        : $"{Numbers.Plain(mechanism.CompilesPerOperation, "0.00")} compiles/op, {Numbers.Bytes(mechanism.NativeBytesPerOperation)}/op " +
          $"({Numbers.Bytes(mechanism.NativeBytesPerProcess)}/process)";

    /// <summary>Reference then candidate, "anti / fix", or "" when neither has counts.</summary>
    public static string Pair(MechanismSummary? reference, MechanismSummary? candidate) =>
        reference is null && candidate is null ? "" : $"{Or(For(reference))} / {Or(For(candidate))}";

    private static string Or(string text) => text.Length == 0 ? "n/a" : text;
}
