using System.Text.Json;

namespace BenchHarness.Results;

/// <summary>
/// Opens an existing result set (<c>results/&lt;run-id&gt;/</c>) through its manifest, with one-line errors, and
/// says whether it is complete. Every reader (resume, report, compare, merge) goes through here, so none
/// trusts a result set that a killed or interrupted run left behind without saying so.
/// </summary>
public static class ManifestFile
{
    public static string PathIn(string directory) => Path.Combine(directory, RunManifest.FileName);

    /// <exception cref="HarnessException">No manifest, an unreadable one, or one of a newer schema.</exception>
    public static RunManifest Read(string directory)
    {
        string path = PathIn(directory);
        if (!File.Exists(path))
            throw new HarnessException($"{directory} is not a result set: it has no {RunManifest.FileName}");
        RunManifest manifest;
        try
        {
            manifest = ResultJson.Read<RunManifest>(path);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or NotSupportedException)
        {
            throw new HarnessException($"{path} is corrupt ({FirstLine(e.Message)}); the result set cannot be used");
        }
        if (manifest.SchemaVersion > RunManifest.CurrentSchemaVersion)
            throw new HarnessException(
                $"{path} has schema version {manifest.SchemaVersion}; this harness reads up to {RunManifest.CurrentSchemaVersion}");
        return manifest;
    }

    /// <summary>Why <paramref name="manifest"/> cannot be trusted as a whole, or null when its run finished.</summary>
    public static string? IncompleteReason(RunManifest manifest, string directory)
    {
        if (manifest.Status != RunStatus.Incomplete)
            return null;
        string stopped = manifest.Interruption is { } interruption
            ? $"interrupted by {interruption.Signal} at {interruption.AtUtc:u}"
            : "did not finish (its process was killed, or it is still running)";
        return $"run {manifest.RunId} {stopped}: {manifest.Suites.Count} suite(s) recorded; " +
               $"complete it with '{ResumeCommand(directory)}'";
    }

    /// <summary>Reads a result set for analysis, refusing one whose run did not finish.</summary>
    public static RunManifest ReadComplete(string directory)
    {
        RunManifest manifest = Read(directory);
        return IncompleteReason(manifest, directory) is string reason
            ? throw new HarnessException($"{directory} is incomplete: {reason}")
            : manifest;
    }

    public static string ResumeCommand(string directory) => $"benchharness run --resume {directory}";

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
