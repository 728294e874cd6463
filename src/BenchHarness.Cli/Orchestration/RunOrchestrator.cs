using System.Diagnostics;
using BenchHarness.Catalog;
using BenchHarness.Identity;
using BenchHarness.Probes;
using BenchHarness.Results;
using BenchHarness.Planning;

namespace BenchHarness.Cli.Orchestration;

/// <summary>
/// <c>benchharness run</c>: probes the engine, resolves the selection, then runs each suite in its own host
/// process and folds its outcome into <c>manifest.json</c>, rewritten (atomically) after every suite.
/// A suite that crashes or times out is recorded as failed and the run goes on; an interruption (Ctrl+C,
/// SIGTERM) stops the running suite and leaves the manifest incomplete, for <see cref="Resume"/> to complete.
/// </summary>
public sealed class RunOrchestrator(SuiteHost host, TextWriter console, bool verbose, InterruptionSignals? signals = null)
{

    private CancellationToken Interruption => signals?.Token ?? CancellationToken.None;

    public int Run(RunOptions options, string commandLine)
    {
        DateTimeOffset started = DateTimeOffset.UtcNow;
        EngineInfo engine = ProbeEngine(options.Threads);
        IReadOnlyList<string> planned = Plan(options, engine);
        IReadOnlyList<DeviceAvailability> devices = ResolveDevices(options.Devices, engine);
        ThrowIfInterruptedBeforeStart();

        using RunDirectory directory = RunDirectory.Create(options.OutputDirectory, RepositoryLayout.ResultsRoot, started);
        var manifest = new RunManifest(RunManifest.CurrentSchemaVersion, directory.RunId, RunStatus.Incomplete,
            started, FinishedUtc: null, commandLine, options, options.EffectiveSettings(), GitProbe.Read(host.RepositoryRoot),
            MachineProbe.Read(), engine, devices, Suites: []);
        Save(directory, manifest);

        console.WriteLine($"run {directory.RunId}: {planned.Count} suite(s) [{string.Join(", ", planned)}]" +
                          $"{(options.Shard is Shard shard ? $" (shard {shard})" : "")}, " +
                          $"devices {string.Join(", ", UsedDevices(manifest))}, modes {string.Join(", ", options.Modes)}, " +
                          $"profile {options.Profile.ToString().ToLowerInvariant()}, {options.Threads} thread(s), " +
                          $"suite timeout {manifest.ProfileSettings.SuiteTimeout}");
        foreach (DeviceAvailability skipped in devices.Where(d => !d.Used))
            console.WriteLine($"  skipping {skipped.Device}: {skipped.Reason}");
        console.WriteLine($"  results: {directory.Root}");
        return Execute(directory, manifest, planned, planned);
    }

    /// <summary>
    /// Completes an incomplete result set, or reruns its failed suites: with the options it recorded, in the
    /// environment it recorded, keeping every suite that succeeded.
    /// </summary>
    public int Resume(ResumeRequest request, string commandLine)
    {
        // Everything that can refuse, or find nothing to do, runs before the result set is claimed: those leave it untouched.
        string path = Path.GetFullPath(request.Directory);
        string manifestFile = ResultSetLayout.ManifestIn(path);
        byte[] recorded = File.Exists(manifestFile) ? File.ReadAllBytes(manifestFile) : []; // compared again once claimed
        RunManifest manifest = ManifestReader.ReadIn(path);
        if (RunLimits.Exceeded(manifest.Options, manifest.ProfileSettings) is string exceeded)
            throw new HarnessException($"{manifestFile}: records {exceeded}; start a new run");
        if (ResumeCheck.OptionConflicts(manifest.Options, request) is { Count: > 0 } conflicts)
            throw new HarnessException(
                $"--resume runs with the options recorded in {manifestFile}; these differ: {string.Join(", ", conflicts)}");

        IReadOnlyList<string> planned = Plan(manifest.Options, manifest.Engine);
        string[] remaining = planned.Where(id => Outcome(manifest, id) is not { Status: SuiteStatus.Succeeded or SuiteStatus.Skipped }).ToArray();
        if (manifest.Status == RunStatus.Complete || manifest.Status == RunStatus.CompleteWithFailures && remaining.Length == 0)
        {
            console.WriteLine($"nothing to resume: run {manifest.RunId} is complete ({path})");
            return ExitCodes.Success;
        }

        EngineInfo engine = ProbeEngine(manifest.Options.Threads);
        if (ResumeCheck.EnvironmentDifferences(manifest, MachineProbe.Read(), engine, GitProbe.Read(host.RepositoryRoot)) is { Count: > 0 } differences)
            throw new HarnessException(
                $"cannot resume {path}: its results would not pair with new ones, the environment differs ({string.Join("; ", differences)})");
        ThrowIfInterruptedBeforeStart();

        using RunDirectory directory = RunDirectory.Open(path);
        if (!File.ReadAllBytes(directory.Layout.Manifest).AsSpan().SequenceEqual(recorded))
            throw new HarnessException($"{directory.Layout.Manifest} changed while this resume was starting (another run?); run the resume again");
        directory.PrepareLayout();

        DateTimeOffset now = DateTimeOffset.UtcNow;
        directory.RemoveStaleTemporaries();
        directory.Supersede(remaining.SelectMany(id => EarlierAttemptFiles(manifest, id)).Distinct(), now);
        manifest = manifest with
        {
            Status = RunStatus.Incomplete,
            FinishedUtc = null,
            Interruption = null,
            Suites = manifest.Suites.Where(o => planned.Contains(o.PatternId) && !remaining.Contains(o.PatternId)).ToArray(),
            Resumptions = [.. manifest.Resumptions ?? [], new RunResumption(now, commandLine, manifest.Status, remaining, manifest.Interruption)],
        };
        Save(directory, manifest);
        console.WriteLine($"resuming run {manifest.RunId}: {remaining.Length} suite(s) to run [{string.Join(", ", remaining)}], " +
                          $"{manifest.Suites.Count} kept [{string.Join(", ", manifest.Suites.Select(o => o.PatternId))}]");
        console.WriteLine($"  results: {directory.Root}");
        return Execute(directory, manifest, planned, remaining);
    }

    /// <summary>The suites a run with <paramref name="options"/> runs, in order: the selection, then its shard.</summary>
    public static IReadOnlyList<string> Plan(RunOptions options, EngineInfo engine)
    {
        IReadOnlyList<string> selected = SelectPatterns(options, engine);
        return options.Shard is Shard shard ? shard.Select(selected) : selected;
    }

    /// <summary>Which devices the run uses; CUDA asked for explicitly but missing is an error, under 'all' a skip.</summary>
    public static IReadOnlyList<DeviceAvailability> ResolveDevices(DeviceSelection selection, EngineInfo engine)
    {
        string? cudaMissing = engine.CudaAvailable
            ? null
            : engine.Backend == "cuda"
                ? "libtorch sees no CUDA device (check the driver with nvidia-smi)"
                : "this build uses the CPU-only TorchSharp package; on a GPU host build with -p:TorchBackend=cuda";
        return selection switch
        {
            DeviceSelection.Cpu => [new("Cpu", true, null)],
            DeviceSelection.Cuda when cudaMissing is not null => throw new HarnessException($"--device cuda: {cudaMissing}"),
            DeviceSelection.Cuda => [new("Cuda", true, null)],
            _ => [new("Cpu", true, null), new("Cuda", cudaMissing is null, cudaMissing)],
        };
    }

    private int Execute(RunDirectory directory, RunManifest manifest, IReadOnlyList<string> planned, IReadOnlyList<string> toRun)
    {
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < toRun.Count; i++)
        {
            if (Interruption.IsCancellationRequested)
                return Interrupted(directory, manifest, stoppedSuite: null);
            var request = new SuiteRequest(toRun[i], UsedDevices(manifest), manifest.Options.Modes, manifest.Options.Profile,
                manifest.ProfileSettings, manifest.Options.Threads, manifest.Options.Seed, directory.Root,
                OutcomeFile: directory.Layout.In(ResultSetLayout.OutcomeFileOf(toRun[i])));
            SuiteOutcome? outcome = RunSuite(request, SuiteName(manifest, toRun[i]), directory, CoreSet.For(manifest.Options), $"[{i + 1}/{toRun.Count}] {toRun[i]}");
            if (outcome is null)
                return Interrupted(directory, manifest, stoppedSuite: toRun[i]);
            manifest = manifest with
            {
                Suites = planned.Select(id => id == outcome.PatternId ? outcome : Outcome(manifest, id)).OfType<SuiteOutcome>().ToArray(),
            };
            Save(directory, manifest);
        }

        bool allSucceeded = manifest.Suites.All(o => o.Status != SuiteStatus.Failed);
        manifest = manifest with
        {
            Status = allSucceeded ? RunStatus.Complete : RunStatus.CompleteWithFailures,
            FinishedUtc = DateTimeOffset.UtcNow,
        };
        Save(directory, manifest);

        IReadOnlyList<SuiteOutcome> outcomes = manifest.Suites;
        console.WriteLine($"finished in {clock.Elapsed.TotalSeconds:F0} s: " +
                          $"{outcomes.Count(o => o.Status == SuiteStatus.Succeeded)} succeeded, " +
                          $"{outcomes.Count(o => o.Status == SuiteStatus.Failed)} failed, " +
                          $"{outcomes.Count(o => o.Status == SuiteStatus.Skipped)} skipped");
        foreach (SuiteOutcome failed in outcomes.Where(o => o.Status == SuiteStatus.Failed))
            console.WriteLine($"  FAILED {failed.PatternId} {failed.Suite}: {TerminalText.OneLine(failed.Reason ?? "no reason recorded")} (log: {failed.LogFile})");
        console.WriteLine($"results: {directory.Root}");
        return allSucceeded ? ExitCodes.Success : ExitCodes.BadInputOrFailure;
    }

    /// <returns>The suite's outcome, or null when the run was interrupted while it ran.</returns>
    private SuiteOutcome? RunSuite(SuiteRequest request, string suiteName, RunDirectory directory, CoreSet? cores, string label)
    {
        string logFile = directory.Layout.In(ResultSetLayout.LogFileOf(request.PatternId));
        var clock = Stopwatch.StartNew();
        console.WriteLine($"{label}: starting");
        using var log = new StreamWriter(logFile) { AutoFlush = true };
        SuitePlan? plan = new SuitePreparation(console, verbose, Interruption).Prepare(host, request, suiteName, directory, label, log);
        if (plan is null)
            return Stopped(label);
        SuiteOutcome outcome = plan.Outcome with { LogFile = ResultSetLayout.LogFileOf(request.PatternId) };
        if (outcome.Status == SuiteStatus.Succeeded && plan.Cases.Count > 0)
        {
            var job = new SuiteMeasurementJob(request.PatternId, outcome.Suite, plan.Cases, request.Settings with
            {
                SuiteTimeout = request.Settings.SuiteTimeout - clock.Elapsed,
            }, request.Threads, request.Seed, cores, label);
            IReadOnlyList<ArmMeasurement>? measured = new InterleavedMeasurement(console, verbose, Interruption, new PrecisionRule())
                .Measure([new MeasurementArm("", host, directory, log)], job);
            if (measured is null)
                return Stopped(label);
            outcome = SuiteResults.Publish(directory, outcome, plan.Cases, measured[0], request.Settings.SuiteTimeout);
        }
        string result = outcome switch
        {
            { Reason: string reason } => $": {TerminalText.OneLine(reason)}",
            { Finding: SemanticFinding finding } => $": {TerminalText.OneLine(finding.Summary)}",
            { Rounds: int rounds } => $" ({outcome.Benchmarks} benchmarks, {rounds} round(s))",
            _ => $" ({outcome.Benchmarks} benchmarks)",
        };
        console.WriteLine($"{label}: {outcome.Status.ToString().ToLowerInvariant()} in {clock.Elapsed.TotalSeconds:F0} s{result}");
        return outcome;
    }

    private SuiteOutcome? Stopped(string label)
    {
        console.WriteLine($"{label}: stopped, the run was interrupted");
        return null;
    }

    private int Interrupted(RunDirectory directory, RunManifest manifest, string? stoppedSuite)
    {
        string signal = signals?.Signal ?? "a signal";
        manifest = manifest with { Interruption = new RunInterruption(signal, DateTimeOffset.UtcNow, stoppedSuite) };
        Save(directory, manifest);
        console.WriteLine($"interrupted by {signal}: {manifest.Suites.Count} suite(s) recorded in {directory.Root}");
        Console.Error.WriteLine($"benchharness: interrupted by {signal}; the result set is incomplete, " +
                                $"complete it with '{ManifestFile.ResumeCommand(directory.Root)}'");
        return ExitCodes.BadInputOrFailure;
    }

    private void ThrowIfInterruptedBeforeStart()
    {
        if (Interruption.IsCancellationRequested)
            throw new HarnessException($"interrupted by {signals?.Signal} before any suite ran; nothing was written");
    }

    private EngineInfo ProbeEngine(int threads)
    {
        EngineInfo engine;
        try
        {
            engine = host.Probe(threads);
        }
        catch (HarnessException) when (Interruption.IsCancellationRequested)
        {
            // The probe died of the same Ctrl+C: say so, not that the probe failed.
            ThrowIfInterruptedBeforeStart();
            throw;
        }
        return engine.NativesLoaded ? engine : throw new HarnessException($"{engine.Error} (run 'benchharness doctor')");
    }

    private static void Save(RunDirectory directory, RunManifest manifest) =>
        ResultJson.WriteAtomically(directory.Layout.Manifest, manifest);

    private static SuiteOutcome? Outcome(RunManifest manifest, string patternId) =>
        manifest.Suites.FirstOrDefault(o => o.PatternId == patternId);

    internal static ComputeDevice[] UsedDevices(RunManifest manifest) =>
        manifest.Devices.Where(d => d.Used).Select(d => Enum.Parse<ComputeDevice>(d.Device)).ToArray();

    // What an earlier attempt at a suite may have left: its recorded files, its log, and a report it published
    // before its process died (so before its outcome reached the manifest).
    private static IEnumerable<string> EarlierAttemptFiles(RunManifest manifest, string patternId)
    {
        if (Outcome(manifest, patternId) is { } earlier)
        {
            if (earlier.ResultsFile is string results)
                yield return results;
            if (earlier.LogFile is string log)
                yield return log;
        }
        yield return ResultSetLayout.LogFileOf(patternId);
        yield return ResultSetLayout.ResultsFileOf(SuiteName(manifest, patternId));
    }

    internal static string SuiteName(RunManifest manifest, string patternId) =>
        manifest.Engine.Suites.FirstOrDefault(s => s.PatternId == patternId)?.Suite ?? patternId;

    private static IReadOnlyList<string> SelectPatterns(RunOptions options, EngineInfo engine)
    {
        if (options.AllPatterns)
            return engine.SuiteIds.Where(id => !TestSuites.IsTestSuite(id)).ToArray();
        string[] missing = options.Patterns.Where(p => !engine.SuiteIds.Contains(p)).ToArray();
        if (missing.Length > 0)
            throw new HarnessException(
                $"no suite yet for {string.Join(", ", missing.Select(id => PatternCatalog.Find(id)?.Title ?? id))}; " +
                $"suites available: {string.Join(", ", engine.SuiteIds)}");
        return options.Patterns;
    }
}
