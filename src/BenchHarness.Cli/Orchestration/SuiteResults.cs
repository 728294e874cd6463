using BenchHarness.Results;

namespace BenchHarness.Cli.Orchestration;

/// <summary>
/// Publishes what the launches of one suite measured: their BenchmarkDotNet JSON joined into the suite's results file
/// (<see cref="LaunchResults"/>), written atomically at the top of the result set, and the suite's outcome completed
/// with its rounds, its measured and failed cases. The per-launch folders are removed once joined: the suite's log
/// holds everything BenchmarkDotNet printed.
/// </summary>
public static class SuiteResults
{
    public static SuiteOutcome Publish(RunDirectory directory, SuiteOutcome prepared, IReadOnlyList<string> cases, ArmMeasurement measured,
        TimeSpan suiteTimeout)
    {
        string? resultsFile = null;
        if (measured.Launches.Count > 0)
        {
            resultsFile = ResultSetLayout.ResultsFileOf(prepared.Suite);
            LaunchResults.Merge(measured.Launches.Select(l => l.Launch).ToArray(), directory.Layout.In(resultsFile),
                $"{prepared.Suite}: {measured.Rounds} interleaved round(s), one process per case and round");
        }
        string launchFolders = directory.Layout.In(ResultSetLayout.LaunchesOf(prepared.Suite));
        if (Directory.Exists(launchFolders))
            Directory.Delete(launchFolders, recursive: true);

        int measuredCases = measured.Launches.Select(l => l.Case).Distinct(StringComparer.Ordinal).Count(c => !measured.Failures.ContainsKey(c));
        string[] failed = cases.Where(measured.Failures.ContainsKey).ToArray();
        string? reason =
            measured.TimedOut ? $"stopped after exceeding its timeout ({suiteTimeout}) in round {measured.Rounds}"
            : failed.Length > 0 ? $"{failed.Length} of {cases.Count} cases failed; first: {measured.Failures[failed[0]]}"
            : resultsFile is null ? "no case was measured"
            : null;
        return prepared with
        {
            Status = reason is null ? SuiteStatus.Succeeded : SuiteStatus.Failed,
            Reason = reason,
            ResultsFile = resultsFile,
            Benchmarks = measuredCases,
            FailedBenchmarks = failed,
            Rounds = measured.Rounds,
            FinishedUtc = DateTimeOffset.UtcNow,
        };
    }
}
