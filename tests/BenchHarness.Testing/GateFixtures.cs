using System.Text.Json.Nodes;
using BenchHarness.Analysis.Loading;
using BenchHarness.Gate.Comparing;
using BenchHarness.Gate.Configuration;
using BenchHarness.Gate.Verdicts;
using BenchHarness.Identity;
using BenchHarness.Results;

namespace BenchHarness.Testing;

/// <summary>One benchmark point of a synthetic pair suite: which member, mode and size, at what median time.</summary>
public sealed record PlannedBenchmark(string PatternId, PairMember Member, ExecutionMode Mode, int Size, double MedianNs, CallPhase Phase = CallPhase.Steady)
{
    public string FullName => SyntheticBenchmark.Named(PatternId, Member, Mode, ComputeDevice.Cpu, Size, [], Phase).FullName;

    public string ShortName => BenchmarkNames.Short(FullName);
}

/// <summary>
/// Synthetic result sets for gate tests: the gate profile's shape (3 processes x 15 iterations) by default, with
/// process noise as this machine shows it, deterministic per seed, written as files and loaded as the CLI loads them.
/// </summary>
public sealed class GateFixtures : IDisposable
{
    private readonly TemporaryDirectory temporary = new();
    private int sets;

    public string Root => temporary.Path;

    /// <summary>P01 and P03 pairs at two sizes and both modes: 16 benchmarks between 10 us and 1 ms.</summary>
    public static IReadOnlyList<PlannedBenchmark> StandardPlan { get; } =
    [
        .. from pattern in new[] { "P01", "P03" }
           from size in new[] { 16, 256 }
           from mode in new[] { ExecutionMode.Eager, ExecutionMode.Graph }
           from member in new[] { PairMember.Anti, PairMember.Fix }
           select new PlannedBenchmark(pattern, member, mode, size,
               MedianNs: (pattern == "P01" ? 80_000 : 10_000) * (size == 16 ? 1 : 1.6) * (mode == ExecutionMode.Graph && member == PairMember.Anti ? (pattern == "P03" ? 40 : 1.25) : 1)),
    ];

    /// <summary>Writes a result set; <paramref name="scale"/> multiplies chosen benchmarks' times (a planted change).</summary>
    public string Write(
        IEnumerable<PlannedBenchmark> plan, int seed, Func<PlannedBenchmark, double>? scale = null,
        int processes = 3, int iterations = 15, double iterationNoise = 0.02, double processNoise = 0.01,
        Func<RunManifest, RunManifest>? editManifest = null, string? runId = null)
    {
        int index = 0;
        SyntheticBenchmark[] benchmarks = plan.Select(p => SyntheticBenchmark.Named(p.PatternId, p.Member, p.Mode, ComputeDevice.Cpu, p.Size,
                SyntheticBenchmark.Samples(p.MedianNs * (scale?.Invoke(p) ?? 1), processes, iterations, seed * 1000 + index++, iterationNoise, processNoise),
                p.Phase))
            .ToArray();
        string directory = temporary.Combine($"set{++sets}-{runId ?? "run"}");
        return new SyntheticResultSet(benchmarks, RunId: runId ?? $"run-{sets}").WriteTo(directory, editManifest);
    }

    public static GateReport Compare(string baseline, string current, GateConfig? config = null, bool allowEnvironmentMismatch = false) =>
        GateComparer.Compare(ResultSetLoader.Load(baseline), ResultSetLoader.Load(current),
            new GateSettings(config ?? GateConfig.Defaults, AllowEnvironmentMismatch: allowEnvironmentMismatch));

    /// <summary>
    /// Writes a foreign result set (BenchmarkDotNet JSON, no manifest) of <paramref name="plan"/>, or of benchmarks named
    /// <paramref name="fullNames"/>; <paramref name="editHost"/> changes its <c>HostEnvironmentInfo</c> (another machine).
    /// </summary>
    public string WriteForeign(IEnumerable<PlannedBenchmark>? plan = null, IEnumerable<string>? fullNames = null, int seed = 1,
        Action<JsonObject>? editHost = null)
    {
        string[] names = [.. plan?.Select(p => p.FullName) ?? [], .. fullNames ?? []];
        SyntheticBenchmark[] benchmarks = names.Select((name, i) =>
            new SyntheticBenchmark(name, SyntheticBenchmark.Samples(10_000, 3, 15, seed * 1000 + i, processNoise: 0.01))).ToArray();
        string directory = new SyntheticResultSet(benchmarks, WithManifest: false).WriteTo(temporary.Combine($"set{++sets}-foreign"));
        if (editHost is not null)
            foreach (string file in Directory.GetFiles(directory, "*" + ResultSetLayout.FullReportEnding))
            {
                JsonObject report = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
                editHost(report["HostEnvironmentInfo"]!.AsObject());
                File.WriteAllText(file, report.ToJsonString());
            }
        return directory;
    }

    /// <summary>BenchmarkDotNet's host facts of a Windows desktop with an Intel Core i7, as BenchmarkDotNet 0.13 writes them.</summary>
    public static void WindowsDesktop(JsonObject host)
    {
        host["OsVersion"] = "Windows 10 (10.0.19045.3693/22H2/2022Update)";
        host["ProcessorName"] = "Intel Core i7-8700 CPU 3.20GHz (Coffee Lake)";
        host["LogicalCoreCount"] = 12;
        host["RuntimeVersion"] = ".NET 8.0.0 (8.0.23.53103)";
        host["Architecture"] = "X64";
        host["BenchmarkDotNetVersion"] = "0.13.10";
    }

    /// <summary>Edits a written manifest as JSON (for fields the typed records do not have, such as a shard).</summary>
    public static void EditManifestJson(string directory, Action<JsonObject> edit)
    {
        string path = Path.Combine(directory, ResultSetLayout.ManifestFileName);
        JsonObject manifest = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        edit(manifest);
        File.WriteAllText(path, manifest.ToJsonString());
    }

    public void Dispose() => temporary.Dispose();
}
