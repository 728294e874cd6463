namespace BenchHarness.Results;

public enum RunStatus
{
    /// <summary>
    /// The run is in progress, was interrupted (see <see cref="RunManifest.Interruption"/>), or its process was
    /// killed before it finished. <c>benchharness run --resume</c> completes it.
    /// </summary>
    Incomplete,

    /// <summary>Every selected suite succeeded.</summary>
    Complete,

    /// <summary>The run finished, but at least one suite failed.</summary>
    CompleteWithFailures,
}
