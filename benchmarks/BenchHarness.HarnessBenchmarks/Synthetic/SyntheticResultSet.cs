using System.Globalization;
using System.Text.Json;
using BenchHarness.Identity;
using BenchHarness.Planning;
using BenchHarness.Results;

namespace BenchHarness.HarnessBenchmarks.Synthetic;

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
            ResultJson.WriteAtomically(Path.Combine(directory, RunManifest.FileName), editManifest?.Invoke(manifest) ?? manifest);
        }
        return directory;
    }

    public static string ResultsFileName(string typeName) => $"{typeName}-report-full.json";

    public static SuiteOutcome Suite(string typeName, string? resultsFile, int benchmarks,
        SuiteStatus status = SuiteStatus.Succeeded, IReadOnlyList<string>? failedBenchmarks = null)
    {
        string patternId = typeName.Length >= 3 && typeName[0] == 'P' && char.IsDigit(typeName[1]) ? typeName[..3] : typeName;
        DateTimeOffset time = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);
        return new SuiteOutcome(patternId, typeName, status, [ComputeDevice.Cpu], [ExecutionMode.Eager, ExecutionMode.Graph],
            resultsFile, $"logs/{patternId}.log", status == SuiteStatus.Succeeded ? null : "synthetic failure",
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
