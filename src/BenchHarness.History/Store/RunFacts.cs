using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BenchHarness.Analysis.Loading;
using BenchHarness.History.Series;
using BenchHarness.Probes;

namespace BenchHarness.History.Store;

/// <summary>What a result set is filed under in the store: commit, branch, time, machine and profile.</summary>
/// <param name="Source">"harness" for a set with our manifest, "benchmarkdotnet" for foreign BenchmarkDotNet JSON.</param>
/// <param name="Facts">The environment's facts the machine fingerprint was made of.</param>
public sealed record RunFacts(
    string Commit,
    string Branch,
    bool Dirty,
    DateTimeOffset MeasuredUtc,
    MachineGroup Machine,
    string Source,
    IReadOnlyDictionary<string, string> Facts)
{
    public const string HarnessSource = "harness";
    public const string ForeignSource = "benchmarkdotnet";

    /// <summary>
    /// The facts of <paramref name="set"/>, with what <paramref name="given"/> names taking precedence. A set that does
    /// not know its commit or branch (foreign JSON, or a run outside a git checkout) needs them given.
    /// </summary>
    public static RunFacts Of(ResultSet set, GivenFacts given)
    {
        string? recordedCommit = Known(set.Manifest?.Git.Commit), recordedBranch = Known(set.Manifest?.Git.Branch);
        string where = set.Manifest is null ? "has no manifest.json" : "was measured outside a git checkout";
        string commit = given.Commit ?? recordedCommit
            ?? throw new HarnessException($"{set.Directory}: {where}, so its commit is unknown; pass --commit <sha> (and --branch)");
        string branch = given.Branch ?? recordedBranch
            ?? throw new HarnessException($"{set.Directory}: {where}, so its branch is unknown; pass --branch <name>");
        DateTimeOffset measured = given.MeasuredUtc ?? set.Manifest?.StartedUtc ?? NewestFileTime(set);
        IReadOnlyDictionary<string, string> facts = set.Environment?.Facts ?? new Dictionary<string, string>();
        string profile = set.Manifest?.Options.Profile.ToString().ToLowerInvariant() ?? ForeignSource;
        var machine = new MachineGroup(FingerprintOf(facts), LabelOf(facts, set.Environment?.IsPartial ?? true), profile);
        return new RunFacts(commit, branch, set.Manifest?.Git.Dirty ?? false, measured.ToUniversalTime(), machine,
            set.Manifest is null ? ForeignSource : HarnessSource, facts);
    }

    /// <summary>16 hex digits of SHA-256 over the facts, one "name=value" line each in name order.</summary>
    public static string FingerprintOf(IReadOnlyDictionary<string, string> facts)
    {
        var text = new StringBuilder();
        foreach ((string name, string value) in facts.OrderBy(f => f.Key, StringComparer.Ordinal))
            text.Append(name).Append('=').Append(value).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }

    private static string LabelOf(IReadOnlyDictionary<string, string> facts, bool partial)
    {
        string cpu = facts.GetValueOrDefault("cpu") ?? "unknown CPU";
        string cores = facts.GetValueOrDefault("logical-cores") is { } count ? $"{count} cores" : "cores unknown";
        if (partial)
            return $"{cpu}, {cores} (BenchmarkDotNet host facts)";
        string threads = facts.GetValueOrDefault("threads") is { } t ? $"{t} threads" : "threads unknown";
        return $"{facts.GetValueOrDefault("machine") ?? "unknown machine"}: {cpu}, {cores}, {threads}, {facts.GetValueOrDefault("backend") ?? "?"} backend";
    }

    private static string? Known(string? value) =>
        string.IsNullOrWhiteSpace(value) || value == GitProbe.Unknown ? null : value;

    private static DateTimeOffset NewestFileTime(ResultSet set)
    {
        DateTime newest = set.Benchmarks.Select(b => b.SourceFile).Distinct(StringComparer.Ordinal)
            .Select(File.GetLastWriteTimeUtc).DefaultIfEmpty(DateTime.UnixEpoch).Max();
        return new DateTimeOffset(DateTime.SpecifyKind(newest, DateTimeKind.Utc));
    }

    /// <summary>The store's text form of a time: UTC, fixed width, so that text order is time order.</summary>
    public static string TimeText(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}

/// <summary>What the command line says about the sets it adds (each null when not given).</summary>
public sealed record GivenFacts(string? Commit = null, string? Branch = null, DateTimeOffset? MeasuredUtc = null)
{
    public static GivenFacts None { get; } = new();
}
