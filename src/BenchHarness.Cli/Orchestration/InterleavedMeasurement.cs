using System.Diagnostics;
using BenchHarness.Results;
using BenchHarness.Planning;

namespace BenchHarness.Cli.Orchestration;

/// <summary>One side of a measurement: the suite host that measures, the result set it measures into and its suite log.</summary>
/// <param name="PlantedDelays">Calibration only: nanoseconds of real work added to each call of the named cases.</param>
public sealed record MeasurementArm(string Label, SuiteHost Host, RunDirectory Directory, TextWriter Log, IReadOnlyDictionary<string, double>? PlantedDelays = null);

/// <summary>What one suite's cases need to be measured: the plan, the settings, and where progress goes.</summary>
public sealed record SuiteMeasurementJob(
    string PatternId,
    string SuiteName,
    IReadOnlyList<string> Cases,
    ProfileSettings Settings,
    int Threads,
    int Seed,
    CoreSet? Cores,
    string Label);

/// <summary>What one arm measured of a suite.</summary>
/// <param name="Launches">Every successful launch, with its round.</param>
/// <param name="Failures">Cases that failed, with the first reason.</param>
/// <param name="Rounds">The most rounds any case was measured in.</param>
/// <param name="TimedOut">The suite's time ran out before every case had its minimum rounds.</param>
public sealed record ArmMeasurement(IReadOnlyList<(string Case, LaunchResult Launch)> Launches, IReadOnlyDictionary<string, string> Failures, int Rounds, bool TimedOut);

/// <summary>
/// Measures a suite's cases one process at a time, round-robin: every round runs each active case once (in declared
/// order on odd rounds, reversed on even ones), and with two arms (a gate's baseline and head) the arms alternate case
/// by case. Slow drift of the machine then falls on both sides of every ratio, and a round can be paired with itself.
/// After the profile's rounds, cases whose comparisons are not yet precise enough get more rounds, up to the profile's
/// maximum: the rule looks only at the standard errors, never at the estimates, so stopping does not bias them.
/// </summary>
public sealed class InterleavedMeasurement(TextWriter console, bool verbose, CancellationToken interruption, IPrecisionRule? precision = null)
{
    // A launch that runs longer than this has hung: no profile's process needs a fraction of it.
    private static readonly TimeSpan LaunchLimit = TimeSpan.FromMinutes(20);

    // Ctrl+C in a terminal signals the whole process group: a host killed by SIGINT or SIGTERM waits this long for
    // this process's own handler before it counts as a crash of its own.
    private static readonly TimeSpan SignalGrace = TimeSpan.FromSeconds(2);

    /// <returns>One result per arm, or null when the run was interrupted.</returns>
    public IReadOnlyList<ArmMeasurement>? Measure(IReadOnlyList<MeasurementArm> arms, SuiteMeasurementJob job)
    {
        var clock = Stopwatch.StartNew();
        ProfileSettings settings = job.Settings;
        int minimum = Math.Max(1, settings.LaunchCount), maximum = Math.Max(minimum, settings.MaxLaunchCount ?? minimum);
        var launches = arms.Select(_ => new List<(string, LaunchResult)>()).ToArray();
        var failures = arms.Select(_ => new Dictionary<string, string>(StringComparer.Ordinal)).ToArray();
        var invocations = new Dictionary<string, long>(StringComparer.Ordinal);
        var measuredRounds = new Dictionary<string, int>(StringComparer.Ordinal);
        var caseIndex = job.Cases.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        IReadOnlyList<string> active = job.Cases;
        bool timedOut = false;
        int round = 0;
        while (active.Count > 0 && round < maximum)
        {
            round++;
            var roundClock = Stopwatch.StartNew();
            IReadOnlyList<(string Case, int Arm)> order = RoundOrder.Of(active, round, arms.Count);
            foreach ((string @case, int arm) in order)
            {
                if (failures.Any(f => f.ContainsKey(@case)))
                    continue;
                TimeSpan left = settings.SuiteTimeout - clock.Elapsed;
                if (left <= TimeSpan.Zero)
                {
                    timedOut = round <= minimum;
                    return Result();
                }
                LaunchOutcome? outcome = Launch(arms[arm], job, @case, caseIndex[@case], round, invocations.GetValueOrDefault(@case), left);
                if (outcome is null)
                    return null;
                if (!outcome.Succeeded || outcome.ResultsFile is null)
                {
                    failures[arm][@case] = outcome.Reason ?? "the launch failed";
                    continue;
                }
                if (outcome.InvocationCount is long count && !invocations.ContainsKey(@case))
                    invocations[@case] = count;
                launches[arm].Add((@case, new LaunchResult(round, outcome.ResultsFile)));
                measuredRounds[@case] = round;
            }
            string[] failedCases = failures.SelectMany(f => f.Keys).ToHashSet(StringComparer.Ordinal).ToArray();
            active = active.Except(failedCases, StringComparer.Ordinal).ToArray();
            if (round >= minimum && round < maximum && active.Count > 0 && precision is not null)
            {
                IReadOnlyList<string> imprecise = precision.CasesNeedingMore(job, arms, launches.Select(l => (IReadOnlyList<(string, LaunchResult)>)l).ToArray());
                active = active.Where(c => imprecise.Contains(c, StringComparer.Ordinal)).ToArray();
                // Another round of these cases must fit in the suite's time, or it is not started.
                if (active.Count > 0 && roundClock.Elapsed * active.Count * arms.Count / Math.Max(1, order.Count) > settings.SuiteTimeout - clock.Elapsed)
                    active = [];
            }
            else if (round >= minimum)
                active = [];
            string next = round < minimum || active.Count == 0 ? ""
                : $"; {active.Count} case(s) still wider than x/÷{settings.TargetPrecision:0.00}, another round";
            console.WriteLine($"{job.Label} {clock.Elapsed:mm\\:ss}  round {round}/{minimum}-{maximum}: {order.Count / arms.Count} case(s) x {arms.Count} arm(s) in " +
                              $"{roundClock.Elapsed.TotalSeconds:F0} s{next}");
        }
        return Result();

        IReadOnlyList<ArmMeasurement> Result() => arms.Select((_, i) => new ArmMeasurement(launches[i], failures[i],
            measuredRounds.Count == 0 ? 0 : measuredRounds.Values.Max(), timedOut)).ToArray();
    }

    /// <returns>The launch's outcome, or null when the run was interrupted.</returns>
    private LaunchOutcome? Launch(MeasurementArm arm, SuiteMeasurementJob job, string @case, int index, int round, long invocations, TimeSpan left)
    {
        string name = $"{job.PatternId}.r{round}.c{index}";
        var request = new LaunchRequest(job.PatternId, @case, round, job.Settings, job.Threads, job.Seed,
            ArtifactsDirectory: arm.Directory.Layout.In(ResultSetLayout.LaunchOf(job.SuiteName, round, index)),
            OutcomeFile: arm.Directory.Layout.In(ResultSetLayout.OutcomeFileOf(name)),
            InvocationCount: invocations > 0 ? invocations : null,
            PlantedDelayNanoseconds: arm.PlantedDelays?.GetValueOrDefault(@case) is > 0 and var delay ? delay : null);
        string requestFile = arm.Directory.Layout.In(ResultSetLayout.RequestFileOf(name));
        ResultJson.WriteAtomically(requestFile, request);
        File.Delete(request.OutcomeFile);
        TimeSpan timeout = left < LaunchLimit ? left : LaunchLimit;
        HostExit exit = arm.Host.Measure(request, requestFile, timeout, line =>
        {
            arm.Log.WriteLine(line);
            if (verbose)
                console.WriteLine($"{job.Label} {arm.Label}  {line}");
        }, interruption, job.Cores);
        if (exit.Interrupted || exit.ExitCode is 130 or 143 && interruption.WaitHandle.WaitOne(SignalGrace))
            return null;
        LaunchOutcome outcome = exit.ExitCode == SuiteHostProtocol.OutcomeWritten && File.Exists(request.OutcomeFile)
            ? ResultJson.Read<LaunchOutcome>(request.OutcomeFile)
            : new LaunchOutcome(false, null, null,
                $"{ShortName(@case)} (round {round}): suite host {SuiteHost.Describe(exit)}{(exit.TimedOut ? $" ({timeout:g})" : "")}: " +
                $"{exit.OutputTail.LastOrDefault(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith("at ", StringComparison.Ordinal))?.Trim() ?? "no output"}");
        File.Delete(request.OutcomeFile);
        File.Delete(requestFile);
        return outcome;
    }

    private static string ShortName(string fullName)
    {
        int open = fullName.IndexOf('(');
        string method = open >= 0 ? fullName[..open] : fullName;
        int type = method.LastIndexOf('.', method.LastIndexOf('.') - 1);
        return type >= 0 ? fullName[(type + 1)..] : fullName;
    }
}

/// <summary>Which cases still need rounds: those whose comparisons are not yet as precise as the profile asks.</summary>
public interface IPrecisionRule
{
    IReadOnlyList<string> CasesNeedingMore(SuiteMeasurementJob job, IReadOnlyList<MeasurementArm> arms,
        IReadOnlyList<IReadOnlyList<(string Case, LaunchResult Launch)>> launches);
}
