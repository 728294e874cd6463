using System.Globalization;
using System.Text.Json;
using BenchHarness.Identity;
using BenchHarness.Results;
using BenchHarness.Planning;

namespace BenchHarness.Testing;

/// <summary>
/// One benchmark to write: its BenchmarkDotNet full name and per-op times in nanoseconds, one array per process.
/// </summary>
/// <param name="Operations">Operations per iteration written to the JSON (Nanoseconds = per-op time x Operations).</param>
/// <param name="OverheadPerOp">When set, Overhead/Actual measurements of this per-op cost are written and added to
/// the Workload/Actual times (as BenchmarkDotNet measures them), so a loader that subtracts overhead gets the per-op times back.</param>
/// <param name="Job">When set, the job's display text (<c>ShortRun</c>, <c>Job-ABCDEF(Runtime=.NET 8.0)</c>) is written
/// into the benchmark's DisplayInfo, MethodTitle and Parameters as BenchmarkDotNet writes them.</param>
public sealed record SyntheticBenchmark(
    string FullName,
    IReadOnlyList<double[]> Processes,
    long Operations = 16,
    double? OverheadPerOp = null,
    string? Job = null)
{
    /// <summary>A benchmark named by the harness convention, e.g. <c>Bench.P01Demo.Fix(Size: 16, Device: Cpu, Mode: Graph)</c>.</summary>
    public static SyntheticBenchmark Named(
        string patternId, PairMember member, ExecutionMode mode, ComputeDevice device, int size,
        IReadOnlyList<double[]> processes, CallPhase phase = CallPhase.Steady) =>
        new($"BenchHarness.Benchmarks.Patterns.{patternId}Synthetic.{member}{(phase == CallPhase.FirstCall ? "FirstCall" : "")}" +
            $"(Size: {size}, Device: {device}, Mode: {mode})", processes, Operations: phase == CallPhase.FirstCall ? 1 : 16);

    /// <summary>
    /// Per-op times of a benchmark whose uncontended cost is <paramref name="median"/>: each process shifted by a
    /// log-normal factor of sd <paramref name="processNoise"/>; each iteration slowed (never sped up, as contention does
    /// on a real machine) by a factor exp(|N(0, <paramref name="iterationNoise"/>)|). Deterministic per seed.
    /// </summary>
    public static double[][] Samples(double median, int processes, int iterations, int seed,
        double iterationNoise = 0.02, double processNoise = 0.0)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, processes).Select(_ =>
        {
            double processFactor = Math.Exp(processNoise * Gaussian(random));
            return Enumerable.Range(0, iterations)
                .Select(_ => median * processFactor * Math.Exp(iterationNoise * Math.Abs(Gaussian(random))))
                .ToArray();
        }).ToArray();
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>The method name part of the full name.</summary>
    public string MethodName
    {
        get
        {
            int open = FullName.IndexOf('(');
            string method = open >= 0 ? FullName[..open] : FullName;
            return method[(method.LastIndexOf('.') + 1)..];
        }
    }

    /// <summary>The parameters as BenchmarkDotNet's DisplayInfo shows them ("Size=16, Device=Cpu"), empty when none.</summary>
    public IReadOnlyList<string> ParameterTexts
    {
        get
        {
            int open = FullName.IndexOf('(');
            return open < 0 ? [] : FullName[(open + 1)..^1].Split(", ").Select(p => p.Replace(": ", "=")).ToArray();
        }
    }

    /// <summary>The type name part of the full name (what BenchmarkDotNet names the JSON file after).</summary>
    public string TypeName
    {
        get
        {
            int open = FullName.IndexOf('(');
            string method = open >= 0 ? FullName[..open] : FullName;
            string type = method[..method.LastIndexOf('.')];
            return type[(type.LastIndexOf('.') + 1)..];
        }
    }
}

/// <summary>
/// Writes a result set as the harness does: <c>manifest.json</c> (from the real Core records) and one BenchmarkDotNet
/// full JSON per benchmark type, so loader, report and gate tests run on files without running benchmarks.
/// </summary>
public sealed record SyntheticResultSet(
    IReadOnlyList<SyntheticBenchmark> Benchmarks,
    RunStatus Status = RunStatus.Complete,
    bool WithManifest = true,
    string RunId = "synthetic")
{
    public SyntheticResultSet(params SyntheticBenchmark[] benchmarks) : this((IReadOnlyList<SyntheticBenchmark>)benchmarks)
    {
    }

    /// <summary>Writes the files into <paramref name="directory"/> (created if needed); returns the directory.</summary>
    public string WriteTo(string directory, Func<RunManifest, RunManifest>? editManifest = null)
    {
        Directory.CreateDirectory(directory);
        var suites = new List<SuiteOutcome>();
        foreach (IGrouping<string, SyntheticBenchmark> type in Benchmarks.GroupBy(b => b.TypeName))
        {
            string file = ResultsFileName(type.Key);
            File.WriteAllText(Path.Combine(directory, file), BenchmarkDotNetJson(type));
            suites.Add(Suite(type.Key, file, type.Count()));
        }
        if (WithManifest)
        {
            RunManifest manifest = Manifest(RunId, suites, Status);
            ResultJson.WriteAtomically(Path.Combine(directory, ResultSetLayout.ManifestFileName), editManifest?.Invoke(manifest) ?? manifest);
        }
        return directory;
    }

    public static string ResultsFileName(string typeName) => ResultSetLayout.ResultsFileOf(typeName);

    public static SuiteOutcome Suite(string typeName, string? resultsFile, int benchmarks,
        SuiteStatus status = SuiteStatus.Succeeded, IReadOnlyList<string>? failedBenchmarks = null)
    {
        string patternId = typeName.Length >= 3 && typeName[0] == 'P' && char.IsDigit(typeName[1]) ? typeName[..3] : typeName;
        DateTimeOffset time = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);
        return new SuiteOutcome(patternId, typeName, status, [ComputeDevice.Cpu], [ExecutionMode.Eager, ExecutionMode.Graph],
            resultsFile, ResultSetLayout.LogFileOf(patternId), status == SuiteStatus.Succeeded ? null : "synthetic failure",
            benchmarks, failedBenchmarks ?? [], [], time, time.AddSeconds(10));
    }

    /// <summary>A manifest as the CLI writes it, for a CPU machine like this one.</summary>
    public static RunManifest Manifest(string runId, IReadOnlyList<SuiteOutcome> suites, RunStatus status = RunStatus.Complete)
    {
        DateTimeOffset started = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);
        var engine = new EngineInfo("TorchSharp", "0.107.0", "2.10.0", "cpu", NativesLoaded: true, CudaAvailable: false,
            CudaDeviceCount: 0, Gpus: [], IntraOpThreads: 2, InterOpThreads: 2, Suites: [],
            Packages: new Dictionary<string, string> { ["TorchSharp"] = "0.107.0", ["BenchmarkDotNet"] = "0.15.8" });
        return new RunManifest(
            RunManifest.CurrentSchemaVersion, runId, status, started, status == RunStatus.Incomplete ? null : started.AddMinutes(1),
            "benchharness run --profile default",
            new RunOptions([], DeviceSelection.Cpu, [ExecutionMode.Eager, ExecutionMode.Graph], BenchmarkProfile.Default, 2,
                RunOptions.DefaultSeed, null),
            ProfileSettings.For(BenchmarkProfile.Default),
            new GitInfo("0000000000000000000000000000000000000000", "main", Dirty: false),
            new MachineInfo("vm", "Debian GNU/Linux 12 (bookworm) (X64)", "Intel(R) Xeon(R) Processor", 2, ".NET 10.0.12"),
            engine,
            [new DeviceAvailability("Cpu", Used: true, Reason: null)],
            suites);
    }

    /// <summary>BenchmarkDotNet 0.15.8's full JSON for <paramref name="benchmarks"/> (the fields a reader uses).</summary>
    public static string BenchmarkDotNetJson(IEnumerable<SyntheticBenchmark> benchmarks)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("Title", "Synthetic-20261125-080000");
            json.WriteStartObject("HostEnvironmentInfo");
            json.WriteString("BenchmarkDotNetVersion", "0.15.8");
            json.WriteString("OsVersion", "Linux Debian GNU/Linux 12 (bookworm)");
            json.WriteString("ProcessorName", "Intel Xeon Processor");
            json.WriteNumber("LogicalCoreCount", 2);
            json.WriteString("RuntimeVersion", ".NET 10.0.12 (10.0.12, 10.0.1226.42308)");
            json.WriteEndObject();
            json.WriteStartArray("Benchmarks");
            foreach (SyntheticBenchmark benchmark in benchmarks)
                WriteBenchmark(json, benchmark);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteBenchmark(Utf8JsonWriter json, SyntheticBenchmark benchmark)
    {
        json.WriteStartObject();
        if (benchmark.Job is { } job)
        {
            string parameters = benchmark.ParameterTexts.Count == 0 ? "" : $" [{string.Join(", ", benchmark.ParameterTexts)}]";
            json.WriteString("DisplayInfo", $"{benchmark.TypeName}.{benchmark.MethodName}: {job}{parameters}");
            json.WriteString("MethodTitle", benchmark.MethodName);
            json.WriteString("Parameters", string.Join("&", benchmark.ParameterTexts));
        }
        json.WriteString("Type", benchmark.TypeName);
        json.WriteString("FullName", benchmark.FullName);
        double[] pooled = benchmark.Processes.SelectMany(p => p).Order().ToArray();
        json.WriteStartObject("Statistics");
        json.WriteNumber("N", pooled.Length);
        if (pooled.Length > 0)
            json.WriteNumber("Median", pooled[pooled.Length / 2]);
        json.WriteEndObject();
        json.WriteStartArray("Measurements");
        for (int launch = 0; launch < benchmark.Processes.Count; launch++)
        {
            double overhead = benchmark.OverheadPerOp ?? 0;
            if (benchmark.OverheadPerOp is not null)
                for (int i = 0; i < 3; i++)
                    WriteMeasurement(json, "Overhead", "Actual", launch + 1, i + 1, benchmark.Operations, overhead);
            WriteMeasurement(json, "Workload", "Warmup", launch + 1, 1, benchmark.Operations, overhead + benchmark.Processes[launch].FirstOrDefault(1));
            double[] times = benchmark.Processes[launch];
            for (int i = 0; i < times.Length; i++)
                WriteMeasurement(json, "Workload", "Actual", launch + 1, i + 1, benchmark.Operations, overhead + times[i]);
            for (int i = 0; i < times.Length; i++)
                WriteMeasurement(json, "Workload", "Result", launch + 1, i + 1, benchmark.Operations, times[i]);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteMeasurement(Utf8JsonWriter json, string mode, string stage, int launch, int iteration, long operations, double perOp)
    {
        json.WriteStartObject();
        json.WriteString("IterationMode", mode);
        json.WriteString("IterationStage", stage);
        json.WriteNumber("LaunchIndex", launch);
        json.WriteNumber("IterationIndex", iteration);
        json.WriteNumber("Operations", operations);
        // NaN and infinities are not JSON numbers; BenchmarkDotNet would not write them either, but tests of the
        // loader's validation need them, so they are written as the named literals some writers emit.
        if (double.IsFinite(perOp))
            json.WriteNumber("Nanoseconds", perOp * operations);
        else
            json.WriteString("Nanoseconds", (perOp * operations).ToString(CultureInfo.InvariantCulture));
        json.WriteEndObject();
    }
}
