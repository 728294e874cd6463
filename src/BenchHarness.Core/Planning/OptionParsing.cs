using BenchHarness.Catalog;
using BenchHarness.Identity;

namespace BenchHarness.Planning;

/// <summary>Turns option text into values, with messages that say what would have been accepted.</summary>
public static class OptionParsing
{
    /// <summary>
    /// "all", or ids separated by commas ("P01,P03"); ids must exist in the catalog, or be test suites while
    /// <see cref="TestSuites.Enabled"/>.
    /// </summary>
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
            string id = PatternCatalog.Find(part)?.Id
                ?? (TestSuites.Enabled && TestSuites.IsTestSuite(part) ? part.ToUpperInvariant() : null)
                ?? throw new OptionException(
                    $"unknown pattern '{part}'; known: {string.Join(", ", PatternCatalog.All.Select(p => p.Id))}");
            if (!ids.Contains(id))
                ids.Add(id);
        }
        return ids;
    }

    /// <summary>"i/n" with 1 &lt;= i &lt;= n: this run takes part i of n (see <see cref="Running.Shard"/>).</summary>
    public static Shard ParseShard(string text)
    {
        string[] parts = text.Split('/');
        if (parts is [string index, string count] && int.TryParse(index, out int i) && int.TryParse(count, out int n) && i >= 1 && i <= n)
            return new Shard(i, n);
        throw new OptionException($"--shard must be i/n with 1 <= i <= n (e.g. 2/4), not '{text}'");
    }

    /// <summary>--suite-timeout: a duration (see <see cref="ParseDuration"/>) of at most <see cref="RunLimits.MaxSuiteTimeout"/>.</summary>
    public static TimeSpan ParseSuiteTimeout(string text) =>
        ParseDuration("--suite-timeout", text, RunLimits.MaxSuiteTimeout, RunLimits.SuiteTimeoutReason);

    /// <summary>
    /// A positive duration with a unit, at most <paramref name="maximum"/> (<paramref name="whyMaximum"/> says why):
    /// "90s", "10m", "1h" (also "1.5h").
    /// </summary>
    public static TimeSpan ParseDuration(string option, string text, TimeSpan maximum, string whyMaximum)
    {
        string trimmed = text.Trim();
        TimeSpan? unit = trimmed.Length == 0 ? null : char.ToLowerInvariant(trimmed[^1]) switch
        {
            's' => TimeSpan.FromSeconds(1),
            'm' => TimeSpan.FromMinutes(1),
            'h' => TimeSpan.FromHours(1),
            _ => null,
        };
        if (unit is not TimeSpan scale
            || !double.TryParse(trimmed[..^1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double amount)
            || !(amount > 0) || !double.IsFinite(amount))
            throw new OptionException($"{option} must be a positive duration such as 90s, 10m or 1h, not '{text}'");
        // Compared as numbers first: a TimeSpan of 1e12h cannot even be made.
        if (amount * scale.TotalSeconds > maximum.TotalSeconds)
            throw new OptionException($"{option} must be at most {FormatDuration(maximum)} ({whyMaximum}), not '{text}'");
        TimeSpan duration = scale * amount;
        return duration > TimeSpan.Zero
            ? duration
            : throw new OptionException($"{option} must be a positive duration such as 90s, 10m or 1h, not '{text}' (it rounds to zero)");
    }

    /// <summary>A duration the way <see cref="ParseDuration"/> reads it: "24h", "90m", "1.5s".</summary>
    public static string FormatDuration(TimeSpan duration) => duration switch
    {
        { Ticks: var ticks } when ticks % TimeSpan.TicksPerHour == 0 => $"{ticks / TimeSpan.TicksPerHour}h",
        { Ticks: var ticks } when ticks % TimeSpan.TicksPerMinute == 0 => $"{ticks / TimeSpan.TicksPerMinute}m",
        _ => $"{duration.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)}s",
    };

    /// <summary>Intra-op threads: at least 1, at most <see cref="RunLimits.MaxThreads"/>.</summary>
    public static int ParseThreads(int threads) =>
        threads >= 1 && threads <= RunLimits.MaxThreads
            ? threads
            : throw new OptionException($"--threads must be between 1 and {RunLimits.MaxThreads} ({RunLimits.ThreadsReason}), not {threads}");

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
