using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using BenchHarness.Probes;
using BenchHarness.Results;
using BenchHarness.Planning;

namespace BenchHarness.Cli.Orchestration;

/// <summary>What became of one suite-host process.</summary>
/// <param name="ExitCode">The process's exit code; null when this process stopped it (timeout or interruption).</param>
/// <param name="OutputTail">The last lines it printed, for a failure message.</param>
/// <param name="Interrupted">It was stopped because the run was interrupted (Ctrl+C, SIGTERM), not for its own fault.</param>
public sealed record HostExit(int? ExitCode, IReadOnlyList<string> OutputTail, bool Interrupted = false)
{
    public bool TimedOut => ExitCode is null && !Interrupted;
}

/// <summary>
/// The suite host (BenchHarness.Benchmarks), started as a child process: the engine, its natives and every
/// suite live there, so a crash costs one suite and this process never loads libtorch.
/// </summary>
public sealed class SuiteHost
{
    public const string PathVariable = "BENCHHARNESS_SUITE_HOST";
    private const int TailLines = 20;
    private const int TailLineLength = 400;

    private SuiteHost(string assemblyPath)
    {
        AssemblyPath = assemblyPath;
    }

    public string AssemblyPath { get; }

    /// <summary>The repository the host was built from: BenchmarkDotNet looks for the suite project below it.</summary>
    public string RepositoryRoot => RepositoryLayout.FindRoot(Path.GetDirectoryName(AssemblyPath)!)
        ?? Path.GetDirectoryName(AssemblyPath)!;

    /// <summary>The host built at <paramref name="assemblyPath"/> (a gate's baseline build).</summary>
    public static SuiteHost At(string assemblyPath) =>
        File.Exists(assemblyPath) ? new SuiteHost(Path.GetFullPath(assemblyPath)) : throw new HarnessException($"suite host not found at {assemblyPath}");

    /// <summary>Finds the host the build recorded (or the one <c>BENCHHARNESS_SUITE_HOST</c> names).</summary>
    public static SuiteHost Locate()
    {
        string? path = Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } overridden
            ? overridden
            : typeof(SuiteHost).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .FirstOrDefault(a => a.Key == "SuiteHost")?.Value;
        if (path is null || !File.Exists(path))
            throw new HarnessException(
                $"suite host not found{(path is null ? "" : $" at {path}")}: build it with 'dotnet build BenchHarness.sln -c Release'");
        return new SuiteHost(path);
    }

    /// <summary>Asks the host for its engine facts; throws with the host's own explanation when its natives fail to load.</summary>
    public EngineInfo Probe(int threads)
    {
        var output = new List<string>();
        HostExit exit = Start([SuiteHostProtocol.Probe, "--threads", threads.ToString()], TimeSpan.FromMinutes(2), output.Add);
        string json = string.Join('\n', output);
        EngineInfo? info = null;
        try
        {
            info = JsonSerializer.Deserialize<EngineInfo>(json, ResultJson.Options);
        }
        catch (JsonException)
        {
        }
        return info ?? throw new HarnessException(
            $"suite host probe failed ({Describe(exit)}): {exit.OutputTail.LastOrDefault() ?? "no output"}");
    }

    /// <summary>
    /// Prepares one suite, <paramref name="request"/> written to <paramref name="requestFile"/> (equivalence check or
    /// semantic probe, and the cases to measure); every line the host prints goes to <paramref name="onLine"/>. Past
    /// <paramref name="timeout"/>, or when <paramref name="interruption"/> fires, the host and every process it started
    /// are killed.
    /// </summary>
    public HostExit PrepareSuite(SuiteRequest request, string requestFile, TimeSpan timeout, Action<string> onLine, CancellationToken interruption) =>
        Start([SuiteHostProtocol.PrepareSuite, requestFile], timeout, onLine, interruption, EnvironmentFor(request));

    /// <summary>
    /// Measures one case in a fresh host process (<paramref name="request"/> written to <paramref name="launchFile"/>),
    /// pinned to <paramref name="cores"/> when given, so that the measured process shares no core with this one.
    /// </summary>
    public HostExit Measure(LaunchRequest request, string launchFile, TimeSpan timeout, Action<string> onLine,
        CancellationToken interruption, CoreSet? cores) =>
        Start([SuiteHostProtocol.Measure, launchFile], timeout, onLine, interruption, SuiteEnvironment.For(request.Threads, request.Seed), cores);

    /// <summary>
    /// The suite host's environment for <paramref name="request"/>: its equivalence check must run with the threads and
    /// seed the launches time with, and libtorch reads its thread variables only at process start.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> EnvironmentFor(SuiteRequest request) => SuiteEnvironment.For(request);

    public static string Describe(HostExit exit) => exit switch
    {
        { TimedOut: true } => "stopped after exceeding its timeout",
        { ExitCode: 134 } => "aborted (SIGABRT)",
        { ExitCode: 137 } => "killed (SIGKILL; out of memory?)",
        { ExitCode: 139 } => "crashed (SIGSEGV)",
        { ExitCode: > 128 and < 160 } => $"killed by signal {exit.ExitCode - 128}",
        _ => $"exit code {exit.ExitCode}",
    };

    private HostExit Start(IReadOnlyList<string> arguments, TimeSpan timeout, Action<string> onLine,
        CancellationToken interruption = default, IReadOnlyList<KeyValuePair<string, string>>? environment = null, CoreSet? cores = null)
    {
        var start = new ProcessStartInfo(DotNetHost.Path)
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(AssemblyPath);
        foreach (string argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach ((string name, string value) in environment ?? [])
            start.Environment[name] = value;

        var tail = new Queue<string>();
        void Receive(string? line)
        {
            if (line is null)
                return;
            lock (tail)
            {
                tail.Enqueue(line.Length > TailLineLength ? line[..TailLineLength] + "..." : line);
                if (tail.Count > TailLines)
                    tail.Dequeue();
                onLine(line);
            }
        }

        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Receive(e.Data);
        process.ErrorDataReceived += (_, e) => Receive(e.Data);
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new HarnessException($"cannot start the suite host with '{start.FileName}': {e.Message}");
        }
        cores?.Pin(process);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        bool finished = WaitForExit(process, timeout, interruption);
        if (!finished)
            process.Kill(entireProcessTree: true);
        process.WaitForExit(); // after a kill: reaps it; either way: drains the asynchronous output readers
        lock (tail)
            return new HostExit(finished ? process.ExitCode : null, tail.ToArray(), Interrupted: !finished && interruption.IsCancellationRequested);
    }

    /// <returns>false when <paramref name="timeout"/> passed or <paramref name="interruption"/> fired first.</returns>
    private static bool WaitForExit(Process process, TimeSpan timeout, CancellationToken interruption)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(interruption);
        stop.CancelAfter(timeout);
        try
        {
            process.WaitForExitAsync(stop.Token).GetAwaiter().GetResult();
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
