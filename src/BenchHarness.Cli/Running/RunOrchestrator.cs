using System.Diagnostics;
using BenchHarness.Catalog;
using BenchHarness.Identity;
using BenchHarness.Probes;
using BenchHarness.Results;
using BenchHarness.Running;

namespace BenchHarness.Cli.Running;

/// <summary>
/// <c>benchharness run</c>: probes the engine, resolves the selection, then runs each suite in its own host
/// process and folds its outcome into <c>manifest.json</c>, rewritten (atomically) after every suite.
/// </summary>
public sealed class RunOrchestrator(SuiteHost host, TextWriter console, bool verbose)
{
    public int Run(RunOptions options, string commandLine)
    {
        DateTimeOffset started = DateTimeOffset.UtcNow;
        EngineInfo engine = host.Probe(options.Threads);
        if (!engine.NativesLoaded)
            throw new HarnessException($"{engine.Error} (run 'benchharness doctor')");

        IReadOnlyList<string> patterns = SelectPatterns(options, engine);
        IReadOnlyList<DeviceAvailability> devices = ResolveDevices(options.Devices, engine);
        ComputeDevice[] used = devices.Where(d => d.Used).Select(d => Enum.Parse<ComputeDevice>(d.Device)).ToArray();
        ProfileSettings settings = ProfileSettings.For(options.Profile);

        RunDirectory directory = RunDirectory.Create(options.OutputDirectory, RepositoryLayout.ResultsRoot, started);
        var manifest = new RunManifest(RunManifest.CurrentSchemaVersion, directory.RunId, RunStatus.Incomplete,
            started, FinishedUtc: null, commandLine, options, settings, GitProbe.Read(host.RepositoryRoot),
            MachineProbe.Read(), engine, devices, Suites: []);
        string manifestPath = Path.Combine(directory.Path, RunManifest.FileName);
        ResultJson.WriteAtomically(manifestPath, manifest);

        console.WriteLine($"run {directory.RunId}: {patterns.Count} suite(s) [{string.Join(", ", patterns)}], " +
                          $"devices {string.Join(", ", used)}, modes {string.Join(", ", options.Modes)}, " +
                          $"profile {options.Profile.ToString().ToLowerInvariant()}, {options.Threads} thread(s)");
        foreach (DeviceAvailability skipped in devices.Where(d => !d.Used))
            console.WriteLine($"  skipping {skipped.Device}: {skipped.Reason}");
        console.WriteLine($"  results: {directory.Path}");

        var outcomes = new List<SuiteOutcome>();
        for (int i = 0; i < patterns.Count; i++)
        {
            var request = new SuiteRequest(patterns[i], used, options.Modes, options.Profile, settings,
                options.Threads, options.Seed, directory.Path,
                OutcomeFile: Path.Combine(directory.RequestsPath, $"{patterns[i]}.outcome.json"));
            outcomes.Add(RunSuite(request, directory, $"[{i + 1}/{patterns.Count}] {patterns[i]}"));
            manifest = manifest with { Suites = outcomes.ToArray() };
            ResultJson.WriteAtomically(manifestPath, manifest);
        }

        bool allSucceeded = outcomes.All(o => o.Status != SuiteStatus.Failed);
        manifest = manifest with
        {
            Status = allSucceeded ? RunStatus.Complete : RunStatus.CompleteWithFailures,
            FinishedUtc = DateTimeOffset.UtcNow,
        };
        ResultJson.WriteAtomically(manifestPath, manifest);

        console.WriteLine($"finished in {(manifest.FinishedUtc!.Value - started).TotalSeconds:F0} s: " +
                          $"{outcomes.Count(o => o.Status == SuiteStatus.Succeeded)} succeeded, " +
                          $"{outcomes.Count(o => o.Status == SuiteStatus.Failed)} failed, " +
                          $"{outcomes.Count(o => o.Status == SuiteStatus.Skipped)} skipped");
        foreach (SuiteOutcome failed in outcomes.Where(o => o.Status == SuiteStatus.Failed))
            console.WriteLine($"  FAILED {failed.PatternId} {failed.Suite}: {failed.Reason} (log: {failed.LogFile})");
        console.WriteLine($"results: {directory.Path}");
        return allSucceeded ? ExitCodes.Success : ExitCodes.BadInputOrFailure;
    }

    private SuiteOutcome RunSuite(SuiteRequest request, RunDirectory directory, string label)
    {
        string requestFile = Path.Combine(directory.RequestsPath, $"{request.PatternId}.json");
        ResultJson.WriteAtomically(requestFile, request);
        string logFile = Path.Combine(directory.LogsPath, $"{request.PatternId}.log");
        string relativeLog = Path.GetRelativePath(directory.Path, logFile);
        DateTimeOffset started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        console.WriteLine($"{label}: starting");

        HostExit exit;
        using (var log = new StreamWriter(logFile) { AutoFlush = true })
        {
            exit = host.RunSuite(requestFile, request.Settings.SuiteTimeout, line =>
            {
                log.WriteLine(line);
                if ((verbose ? line : HostOutputFilter.Condense(line)) is string shown)
                    console.WriteLine($"{label} {clock.Elapsed:mm\\:ss}  {shown}");
            });
        }

        SuiteOutcome outcome = exit.ExitCode == SuiteHostProtocol.OutcomeWritten && File.Exists(request.OutcomeFile)
            ? ResultJson.Read<SuiteOutcome>(request.OutcomeFile) with { LogFile = relativeLog }
            : new SuiteOutcome(request.PatternId, request.PatternId, SuiteStatus.Failed, request.Devices, request.Modes,
                ResultsFile: null, relativeLog,
                $"suite host {SuiteHost.Describe(exit)}: {exit.OutputTail.LastOrDefault(l => l.Trim().Length > 0) ?? "no output"}",
                Benchmarks: 0, FailedBenchmarks: [], Equivalence: [], started, DateTimeOffset.UtcNow);
        File.Delete(request.OutcomeFile);
        string result = outcome switch
        {
            { Reason: string reason } => $": {reason}",
            { Finding: SemanticFinding finding } => $": {finding.Summary}",
            _ => $" ({outcome.Benchmarks} benchmarks)",
        };
        console.WriteLine($"{label}: {outcome.Status.ToString().ToLowerInvariant()} in {clock.Elapsed.TotalSeconds:F0} s{result}");
        return outcome;
    }

    private static IReadOnlyList<string> SelectPatterns(RunOptions options, EngineInfo engine)
    {
        if (options.AllPatterns)
            return engine.SuiteIds;
        string[] missing = options.Patterns.Where(p => !engine.SuiteIds.Contains(p)).ToArray();
        if (missing.Length > 0)
            throw new HarnessException(
                $"no suite yet for {string.Join(", ", missing.Select(id => PatternCatalog.Find(id)!.Title))}; " +
                $"suites available: {string.Join(", ", engine.SuiteIds)}");
        return options.Patterns;
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
}
