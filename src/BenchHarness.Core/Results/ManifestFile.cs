namespace BenchHarness.Results;

/// <summary>
/// Facts about a result set's manifest that need no parsing: whether its run finished, and how to finish it.
/// Reading and validating the file is <see cref="ManifestReader"/>'s, so every reader (resume, report, compare,
/// merge) applies the same checks and says the same thing about a partial result set.
/// </summary>
public static class ManifestFile
{
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

    public static string ResumeCommand(string directory) => $"benchharness run --resume {directory}";
}
