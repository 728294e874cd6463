namespace BenchHarness.Results;

/// <summary>
/// What one measured process's workload did besides taking time, counted outside the timed calls: graph compilations
/// and native memory growth over its measured iterations. A launch writes it as
/// the one element of its benchmark's <see cref="JsonProperty"/> array; <see cref="LaunchResults.Merge"/> joins the
/// launches' elements, each with its round as <c>LaunchIndex</c>. Result sets written before it have none.
/// </summary>
/// <param name="Operations">The operations of the measured iterations (BenchmarkDotNet's actual stage): the window counted.</param>
/// <param name="Compiles">Graph compilations during those operations.</param>
/// <param name="ResidentBytesAtStart">The process's resident set when the measured iterations began.</param>
/// <param name="ResidentBytesAtEnd">Its resident set when they ended.</param>
public sealed record ProcessMechanism(long Operations, long Compiles, long ResidentBytesAtStart, long ResidentBytesAtEnd)
{
    /// <summary>The benchmark entry's property that holds the processes' mechanism counts.</summary>
    public const string JsonProperty = "Mechanism";

    /// <summary>Native memory the workload kept: resident growth over the process's operations (compilation units are never freed).</summary>
    public long NativeGrowthBytes => ResidentBytesAtEnd - ResidentBytesAtStart;
}
