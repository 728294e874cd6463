using BenchHarness.Catalog;
using BenchHarness.Identity;

namespace BenchHarness.Running;

/// <summary>Turns option text into values, with messages that say what would have been accepted.</summary>
public static class OptionParsing
{
    /// <summary>"all", or ids separated by commas ("P01,P03"); ids must exist in the catalog.</summary>
    public static IReadOnlyList<string> ParsePatterns(string text)
    {
        string[] parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
            throw new OptionException("--pattern needs 'all' or pattern ids such as P01,P03");
        if (parts.Any(p => p.Equals("all", StringComparison.OrdinalIgnoreCase)))
            return parts.Length == 1 ? [] : throw new OptionException("--pattern 'all' cannot be combined with ids");

        var ids = new List<string>();
        foreach (string part in parts)
        {
            AntiPattern pattern = PatternCatalog.Find(part)
                ?? throw new OptionException(
                    $"unknown pattern '{part}'; known: {string.Join(", ", PatternCatalog.All.Select(p => p.Id))}");
            if (!ids.Contains(pattern.Id))
                ids.Add(pattern.Id);
        }
        return ids;
    }

    public static DeviceSelection ParseDevices(string text) => ParseEnum<DeviceSelection>("--device", text);

    public static IReadOnlyList<ExecutionMode> ParseModes(string text) =>
        text.Equals("all", StringComparison.OrdinalIgnoreCase)
            ? Enum.GetValues<ExecutionMode>()
            : [ParseEnum<ExecutionMode>("--mode", text)];

    public static BenchmarkProfile ParseProfile(string text) => ParseEnum<BenchmarkProfile>("--profile", text);

    private static T ParseEnum<T>(string option, string text) where T : struct, Enum
    {
        if (!int.TryParse(text, out _) && Enum.TryParse(text, ignoreCase: true, out T value))
            return value;
        string accepted = string.Join("|", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()));
        if (typeof(T) == typeof(ExecutionMode))
            accepted += "|all";
        throw new OptionException($"{option} must be {accepted}, not '{text}'");
    }
}

/// <summary>An option value the user can fix; its message is shown as is.</summary>
public sealed class OptionException(string message) : HarnessException(message);
