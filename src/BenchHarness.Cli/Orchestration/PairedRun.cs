using System.Diagnostics;
using System.Security.Cryptography;
using BenchHarness.Probes;
using BenchHarness.Results;
using BenchHarness.Planning;

namespace BenchHarness.Cli.Orchestration;

/// <summary>
/// Two result sets measured in one session on one machine, a baseline and a head (<c>benchharness gate</c>, and each
/// trial of <c>calibrate --trials</c>): every suite is prepared in both hosts, then their common cases are measured
/// alternately, case by case and round by round (<see cref="InterleavedMeasurement"/>), so drift and a busy neighbour
/// fall on both sides of every ratio and the comparison can pair the two sets round by round.
/// </summary>
public sealed class PairedRun(TextWriter console, bool verbose, InterruptionSignals? signals = null)
{
    /// <summary>One side: its suite host, the result set it writes, the tree it was built from, planted delays (calibration).</summary>
    public sealed record Arm(string Role, SuiteHost Host, string Directory, string SourceTree, IReadOnlyDictionary<string, double>? PlantedDelays = null);

    /// <summary>What the session produced: both sets are complete (or record their failures) unless interrupted.</summary>
    public sealed record Outcome(string BaselineDirectory, string HeadDirectory, bool Interrupted, IReadOnlyList<string> Notes);

    private CancellationToken Interruption => signals?.Token ?? CancellationToken.None;

    public Outcome Run(RunOptions options, string commandLine, Arm baseline, Arm head)
    {
        DateTimeOffset started = DateTimeOffset.UtcNow;
        EngineInfo baseEngine = Probe(baseline, options.Threads), headEngine = Probe(head, options.Threads);
        IReadOnlyList<string> planned = RunOrchestrator.Plan(options, headEngine);
        string[] common = planned.Where(baseEngine.SuiteIds.Contains).ToArray();
        var notes = planned.Except(common).Select(id => $"{id} has no suite in the baseline build: not measured").ToList();
        IReadOnlyList<DeviceAvailability> devices = RunOrchestrator.ResolveDevices(options.Devices, headEngine);
        if (Interruption.IsCancellationRequested)
            throw new HarnessException($"interrupted by {signals?.Signal} before any suite ran; nothing was written");

        string session = $"{started:yyyyMMdd-HHmmss}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}";
        using RunDirectory baseDirectory = RunDirectory.Create(baseline.Directory, RepositoryLayout.ResultsRoot, started);
        using RunDirectory headDirectory = RunDirectory.Create(head.Directory, RepositoryLayout.ResultsRoot, started);
        RunManifest Start(Arm arm, RunDirectory directory, EngineInfo engine, RunDirectory partner) => new(
            RunManifest.CurrentSchemaVersion, directory.RunId, RunStatus.Incomplete, started, FinishedUtc: null, commandLine, options,
            options.EffectiveSettings(), GitProbe.Read(arm.SourceTree), MachineProbe.Read(), engine, devices, Suites: [],
            Session: new MeasurementSession(session, arm.Role, partner.Root));
        RunManifest[] manifests = [Start(baseline, baseDirectory, baseEngine, headDirectory), Start(head, headDirectory, headEngine, baseDirectory)];
        CoreSet? cores = CoreSet.For(options);
        RunDirectory[] directories = [baseDirectory, headDirectory];
        Arm[] arms = [baseline, head];
        Save(directories, manifests);
        console.WriteLine($"session {session}: {common.Length} suite(s) [{string.Join(", ", common)}], baseline and head interleaved, " +
                          $"profile {options.Profile.ToString().ToLowerInvariant()}, {options.Threads} thread(s)" +
                          (cores is null ? "" : $", measured on core(s) {cores}"));
        console.WriteLine($"  baseline: {baseDirectory.Root}");
        console.WriteLine($"  head:     {headDirectory.Root}");

        var clock = Stopwatch.StartNew();
        for (int i = 0; i < common.Length; i++)
        {
            string label = $"[{i + 1}/{common.Length}] {common[i]}";
            SuiteOutcome[]? outcomes = RunSuite(arms, directories, manifests, common[i], label);
            if (outcomes is null)
            {
                for (int a = 0; a < 2; a++)
                    manifests[a] = manifests[a] with { Interruption = new RunInterruption(signals?.Signal ?? "a signal", DateTimeOffset.UtcNow, common[i]) };
                Save(directories, manifests);
                return new Outcome(baseDirectory.Root, headDirectory.Root, Interrupted: true, notes);
            }
            for (int a = 0; a < 2; a++)
                manifests[a] = manifests[a] with { Suites = [.. manifests[a].Suites, outcomes[a]] };
            Save(directories, manifests);
        }
        for (int a = 0; a < 2; a++)
            manifests[a] = manifests[a] with
            {
                Status = manifests[a].Suites.All(o => o.Status != SuiteStatus.Failed) ? RunStatus.Complete : RunStatus.CompleteWithFailures,
                FinishedUtc = DateTimeOffset.UtcNow,
            };
        Save(directories, manifests);
        console.WriteLine($"session {session} measured in {clock.Elapsed.TotalSeconds:F0} s");
        return new Outcome(baseDirectory.Root, headDirectory.Root, Interrupted: false, notes);
    }

    /// <returns>Each arm's outcome of the suite, or null when the session was interrupted.</returns>
    private SuiteOutcome[]? RunSuite(Arm[] arms, RunDirectory[] directories, RunManifest[] manifests, string patternId, string label)
    {
        var clock = Stopwatch.StartNew();
        console.WriteLine($"{label}: starting");
        var preparation = new SuitePreparation(console, verbose, Interruption);
        var logs = new StreamWriter[2];
        try
        {
            var plans = new SuitePlan[2];
            for (int a = 0; a < 2; a++)
            {
                RunManifest manifest = manifests[a];
                string logFile = directories[a].Layout.In(ResultSetLayout.LogFileOf(patternId));
                logs[a] = new StreamWriter(logFile) { AutoFlush = true };
                var request = new SuiteRequest(patternId, RunOrchestrator.UsedDevices(manifest), manifest.Options.Modes, manifest.Options.Profile,
                    manifest.ProfileSettings, manifest.Options.Threads, manifest.Options.Seed, directories[a].Root,
                    OutcomeFile: directories[a].Layout.In(ResultSetLayout.OutcomeFileOf(patternId)));
                SuitePlan? plan = preparation.Prepare(arms[a].Host, request, RunOrchestrator.SuiteName(manifest, patternId), directories[a],
                    $"{label} {arms[a].Role}", logs[a]);
                if (plan is null)
                    return null;
                plans[a] = plan with { Outcome = plan.Outcome with { LogFile = ResultSetLayout.LogFileOf(patternId) } };
            }

            SuiteOutcome[] outcomes = plans.Select(p => p.Outcome).ToArray();
            string[] cases = plans[1].Cases.Where(plans[0].Cases.Contains).ToArray();
            if (outcomes.All(o => o.Status == SuiteStatus.Succeeded) && cases.Length > 0)
            {
                ProfileSettings settings = manifests[1].ProfileSettings;
                var job = new SuiteMeasurementJob(patternId, outcomes[1].Suite, cases, settings with { SuiteTimeout = settings.SuiteTimeout - clock.Elapsed },
                    manifests[1].Options.Threads, manifests[1].Options.Seed, CoreSet.For(manifests[1].Options), label);
                MeasurementArm[] measurementArms = [.. arms.Select((arm, a) => new MeasurementArm(arm.Role, arm.Host, directories[a], logs[a], arm.PlantedDelays))];
                IReadOnlyList<ArmMeasurement>? measured = new InterleavedMeasurement(console, verbose, Interruption, new PrecisionRule())
                    .Measure(measurementArms, job);
                if (measured is null)
                    return null;
                for (int a = 0; a < 2; a++)
                    outcomes[a] = SuiteResults.Publish(directories[a], outcomes[a] with { Suite = plans[a].Outcome.Suite }, cases, measured[a], settings.SuiteTimeout);
            }
            console.WriteLine($"{label}: baseline {Describe(outcomes[0])}, head {Describe(outcomes[1])} in {clock.Elapsed.TotalSeconds:F0} s");
            return outcomes;
        }
        finally
        {
            foreach (StreamWriter? log in logs)
                log?.Dispose();
        }
    }

    private static string Describe(SuiteOutcome outcome) =>
        outcome.Status.ToString().ToLowerInvariant() + (outcome.Reason is string reason ? $" ({TerminalText.OneLine(reason)})" : "");

    private static EngineInfo Probe(Arm arm, int threads)
    {
        EngineInfo engine = arm.Host.Probe(threads);
        return engine.NativesLoaded ? engine : throw new HarnessException($"{arm.Role} suite host: {engine.Error} (run 'benchharness doctor')");
    }

    private static void Save(RunDirectory[] directories, RunManifest[] manifests)
    {
        for (int a = 0; a < directories.Length; a++)
            ResultJson.WriteAtomically(directories[a].Layout.Manifest, manifests[a]);
    }
}
