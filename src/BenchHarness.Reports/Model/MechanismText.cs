using BenchHarness.Analysis.Statistics;

namespace BenchHarness.Reports.Model;

/// <summary>A benchmark's mechanism counts in words: "1.00 compiles/op, 92 KiB/op (8.1 MiB/process)".</summary>
public static class MechanismText
{
    /// <summary>The counts, or "" when the result set has none (sets written before the harness counted them).</summary>
    public static string For(MechanismSummary? mechanism) => mechanism is null
        ? ""
        : $"{Format.Number(mechanism.CompilesPerOperation, "0.00")} compiles/op, {Bytes(mechanism.NativeBytesPerOperation)}/op " +
          $"({Bytes(mechanism.NativeBytesPerProcess)}/process)";

    /// <summary>Reference then candidate, "anti / fix", or "" when neither has counts.</summary>
    public static string Pair(MechanismSummary? reference, MechanismSummary? candidate) =>
        reference is null && candidate is null ? "" : $"{Or(For(reference))} / {Or(For(candidate))}";

    private static string Or(string text) => text.Length == 0 ? "n/a" : text;

    // Resident-set growth is measured in pages and may be negative (memory returned): KiB below 1 MiB, MiB above; a
    // growth that rounds to nothing reads 0, not -0.
    private static string Bytes(double bytes) => Math.Abs(bytes) < 1024 * 1024
        ? $"{Format.Number(Math.Round(bytes / 1024) + 0.0, "0")} KiB"
        : $"{Format.Number(bytes / (1024 * 1024), "0.0")} MiB";
}
