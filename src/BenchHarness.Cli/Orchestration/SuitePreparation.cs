using BenchHarness.Results;
using BenchHarness.Planning;

namespace BenchHarness.Cli.Orchestration;

/// <summary>
/// Prepares a suite in its host process (<c>prepare-suite</c>): its equivalence check or semantic probe, and the cases
/// to measure. A host that crashes, hangs past the suite's timeout or writes no plan gives a failed outcome with the
/// reason and the tail of its output, so one bad suite costs only itself.
/// </summary>
public sealed class SuitePreparation(TextWriter console, bool verbose, CancellationToken interruption)
{
    // Ctrl+C in a terminal signals the whole process group: the host may die of it before this process's own
    // handler has run. A host killed by SIGINT or SIGTERM waits this long for that handler before it counts as a crash.
    private static readonly TimeSpan SignalGrace = TimeSpan.FromSeconds(2);

    /// <returns>The plan, or null when the run was interrupted while the host prepared.</returns>
    public SuitePlan? Prepare(SuiteHost host, SuiteRequest request, string suiteName, RunDirectory directory, string label, TextWriter log)
    {
        string requestFile = directory.Layout.In(ResultSetLayout.RequestFileOf(request.PatternId));
        ResultJson.WriteAtomically(requestFile, request);
        File.Delete(request.OutcomeFile);
        DateTimeOffset started = DateTimeOffset.UtcNow;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        HostExit exit = host.PrepareSuite(request, requestFile, request.Settings.SuiteTimeout, line =>
        {
            log.WriteLine(line);
            if ((verbose ? line : HostOutputFilter.Condense(line)) is string shown)
                console.WriteLine($"{label} {clock.Elapsed:mm\\:ss}  {shown}");
        }, interruption);
        if (exit.Interrupted || exit.ExitCode is 130 or 143 && interruption.WaitHandle.WaitOne(SignalGrace))
            return null;

        SuitePlan plan = exit.ExitCode == SuiteHostProtocol.OutcomeWritten && File.Exists(request.OutcomeFile)
            ? ResultJson.Read<SuitePlan>(request.OutcomeFile)
            : new SuitePlan(new SuiteOutcome(request.PatternId, suiteName, SuiteStatus.Failed, request.Devices, request.Modes,
                ResultsFile: null, LogFile: null,
                $"suite host {SuiteHost.Describe(exit)}{(exit.TimedOut ? $" ({request.Settings.SuiteTimeout})" : "")}: " +
                $"{LastMessage(exit.OutputTail) ?? "no output"}",
                Benchmarks: 0, FailedBenchmarks: [], Equivalence: [], started, DateTimeOffset.UtcNow), []);
        if (plan.Outcome.Status == SuiteStatus.Failed)
            plan = plan with { Outcome = plan.Outcome with { OutputTail = exit.OutputTail } };
        File.Delete(request.OutcomeFile);
        return plan;
    }

    // The line of a crash's output that says what happened: the last one that is neither blank nor a stack frame.
    private static string? LastMessage(IReadOnlyList<string> tail) => tail
        .Select(line => line.StartsWith(SuiteHostProtocol.ProgressPrefix, StringComparison.Ordinal) ? line[SuiteHostProtocol.ProgressPrefix.Length..] : line.Trim())
        .LastOrDefault(line => line.Length > 0 && !line.StartsWith("at ", StringComparison.Ordinal));
}
