using System.Text.RegularExpressions;

namespace BenchHarness.Analysis.Loading;

/// <summary>
/// Which BenchmarkDotNet job measured a benchmark, read from the report's <c>DisplayInfo</c>
/// (<c>Type.Method: JobId(Setting=value, ...) [Parameter=value, ...]</c>), since the full name does not say.
/// </summary>
/// <remarks>
/// The label is the job's id (<c>ShortRun</c>, <c>.NET 8.0</c>), as BenchmarkDotNet's Job column shows it. An id that
/// BenchmarkDotNet generated (<c>Job-ABCDEF</c>) comes from a per-process string hash, so the same job has another id in
/// every run: its settings are the label instead, so that the same job pairs across runs.
/// </remarks>
internal static partial class BenchmarkDotNetJob
{
    /// <summary>The job's label, or null when the report does not say (no DisplayInfo, or one of another shape).</summary>
    /// <param name="methodTitle">The report's MethodTitle (or Method): where the descriptor ends in DisplayInfo.</param>
    /// <param name="parameters">The report's Parameters ("Size=16&amp;Mode=Graph"): where the parameters start.</param>
    public static string? Label(string? displayInfo, string? methodTitle, string? parameters)
    {
        if (displayInfo is null || AfterDescriptor(displayInfo, methodTitle) is not { } jobAndParameters)
            return null;
        string job = WithoutParameters(jobAndParameters, parameters).Trim();
        if (job.Length == 0)
            return null;
        Match generated = GeneratedId().Match(job);
        if (generated.Success)
            return generated.Groups["settings"].Value is { Length: > 0 } settings ? settings : job;
        // "Id(Setting=value, ...)": the id alone; its settings may hold paths of the machine that ran it.
        int settingsStart = job.EndsWith(')') ? job.IndexOf('(') : -1;
        return settingsStart > 0 ? job[..settingsStart] : job;
    }

    // "Type.Method: job ..." -> "job ...": the descriptor ends at the method title followed by ": ".
    private static string? AfterDescriptor(string display, string? methodTitle)
    {
        int end = methodTitle is { Length: > 0 } ? display.IndexOf($".{methodTitle}: ", StringComparison.Ordinal) : -1;
        if (end >= 0)
            return display[(end + methodTitle!.Length + 3)..];
        int colon = display.IndexOf(": ", StringComparison.Ordinal);
        return colon < 0 ? null : display[(colon + 2)..];
    }

    // The parameters follow the job as " [First=value, ...]"; their first name is the first of the report's "Parameters".
    private static string WithoutParameters(string jobAndParameters, string? parameters)
    {
        string? first = parameters is { Length: > 0 } && parameters.IndexOf('=') is > 0 and var equals ? parameters[..equals] : null;
        int start = first is null ? -1 : jobAndParameters.LastIndexOf($" [{first}=", StringComparison.Ordinal);
        return start < 0 ? jobAndParameters : jobAndParameters[..start];
    }

    [GeneratedRegex(@"^Job-[A-Z]{6}(?:\((?<settings>.*)\))?$")]
    private static partial Regex GeneratedId();
}
