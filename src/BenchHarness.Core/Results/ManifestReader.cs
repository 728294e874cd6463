using System.Text.Json;
namespace BenchHarness.Results;

/// <summary>Reads and validates <c>manifest.json</c>.</summary>
public static class ManifestReader
{
    private const string Remedy = "run `benchharness run` again, or load the BenchmarkDotNet JSON files without the manifest";

    /// <summary>The manifest of the result set in <paramref name="directory"/>, which must have one.</summary>
    public static RunManifest ReadIn(string directory)
    {
        string path = ResultSetLayout.ManifestIn(directory);
        return File.Exists(path)
            ? Read(path)
            : throw new ResultSetException(directory, $"is not a result set: it has no {ResultSetLayout.ManifestFileName}",
                "pass a directory that `benchharness run` wrote");
    }

    public static RunManifest Read(string path)
    {
        using JsonDocument document = JsonFile.Parse(path, "a manifest");
        JsonElement root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            throw new ResultSetException(path, $"holds a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not a manifest object", Remedy);
        if (!TryGetCaseInsensitive(root, nameof(RunManifest.SchemaVersion), out JsonElement version) || version.ValueKind != JsonValueKind.Number)
            throw new ResultSetException(path, "has no schemaVersion: not a BenchHarness manifest", Remedy);
        if (!version.TryGetInt32(out int schema) || schema != RunManifest.CurrentSchemaVersion)
            throw new ResultSetException(path,
                $"has schema version {version.GetRawText()}; this build reads version {RunManifest.CurrentSchemaVersion}",
                "analyse it with the benchharness version that wrote it");

        RunManifest? manifest;
        try
        {
            manifest = root.Deserialize<RunManifest>(ResultJson.Options);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or ArgumentException)
        {
            throw new ResultSetException(path, $"does not match manifest schema {schema} ({FirstLine(e.Message)})", Remedy);
        }

        string? missing = manifest switch
        {
            null => "everything",
            { RunId: null } => "runId",
            { Machine: null } => "machine",
            { Engine: null } => "engine",
            { Engine.Packages: null } => "engine.packages",
            { Engine.Gpus: null } => "engine.gpus",
            { Engine.Suites: null } => "engine.suites",
            { Options: null } => "options",
            { Options.Patterns: null } => "options.patterns",
            { Options.Modes: null } => "options.modes",
            { ProfileSettings: null } => "profileSettings",
            { Git: null } => "git",
            { Git.Commit: null } => "git.commit",
            { Devices: null } => "devices",
            { Suites: null } => "suites",
            _ when manifest.Devices.Any(d => d?.Device is null) => "devices[].device",
            _ when manifest.Engine.Suites.Any(s => s?.PatternId is null || s.Suite is null) => "engine.suites[].suite",
            _ when manifest.Suites.Any(s => s is null || s.FailedBenchmarks is null || s.PatternId is null) => "suites[].failedBenchmarks",
            _ when manifest.Suites.Any(s => s.Suite is null) => "suites[].suite",
            _ => null,
        };
        if (missing is not null)
            throw new ResultSetException(path, $"lacks '{missing}' (manifest schema {schema})", Remedy);
        if (manifest!.Options!.Shard is { } shard && (shard.Count < 1 || shard.Index < 1 || shard.Index > shard.Count))
            throw new ResultSetException(path, $"records options.shard {shard}, which is not i/n with 1 <= i <= n", Remedy);
        CheckPaths(path, manifest!);
        return manifest!;
    }

    /// <summary>
    /// Every path a manifest names is read, copied or moved by someone (the loader, merge, resume): each must lead inside
    /// the result set, links resolved, and the names that become paths (pattern ids and suite names) must be plain names.
    /// </summary>
    private static void CheckPaths(string path, RunManifest manifest)
    {
        string directory = RealPath.Of(Path.GetDirectoryName(Path.GetFullPath(path))!);
        foreach (SuiteInfo suite in manifest.Engine.Suites)
        {
            if (!IsPlainName(suite.PatternId) || !IsPlainName(suite.Suite))
                throw new ResultSetException(path, $"engine.suites lists '{suite.PatternId}' '{suite.Suite}', which is not a plain name", Remedy);
        }
        foreach (SuiteOutcome suite in manifest.Suites)
        {
            if (!IsPlainName(suite.PatternId))
                throw new ResultSetException(path, $"a suite's pattern id '{suite.PatternId}' is not a plain name", Remedy);
            if (!IsPlainName(suite.Suite))
                throw new ResultSetException(path, $"suite {suite.PatternId}: suite name '{suite.Suite}' is not a plain name", Remedy);
            foreach ((string field, string? relative) in new[] { ("resultsFile", suite.ResultsFile), ("logFile", suite.LogFile) })
            {
                if (relative is not null && (relative.Trim().Length == 0 || Path.IsPathRooted(relative)
                                             || !RealPath.IsWithinResolved(RealPath.Of(Path.Combine(directory, relative)), directory)))
                    throw new ResultSetException(path, $"suite {suite.PatternId} lists {field} '{relative}', which lies outside the result set",
                        "a manifest names files inside its own directory only: restore the manifest or run again");
            }
        }
    }

    private static bool IsPlainName(string name) =>
        name.Trim().Length > 0 && name is not ("." or "..") && name.IndexOfAny(['/', '\\', '\0']) < 0;

    private static bool TryGetCaseInsensitive(JsonElement element, string name, out JsonElement value)
    {
        foreach (JsonProperty property in element.EnumerateObject())
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        value = default;
        return false;
    }

    internal static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
