using System.Text.Json.Nodes;
using BenchHarness.Identity;
using BenchHarness.Results;
using BenchHarness.IntegrationTests.Support;

namespace BenchHarness.IntegrationTests.Cli.BadInput;

/// <summary>A result set that every command must refuse on loading, and what the one line must say.</summary>
/// <param name="File">The file the line must name.</param>
/// <param name="Problem">The words that say what is wrong with it.</param>
public sealed record BadResultSet(string Name, string File, string Problem, Func<string, string> WriteTo)
{
    public override string ToString() => Name;
}

/// <summary>
/// The malformed result sets of the loader, shared by every command's table: each is a valid P01 pair (or a foreign
/// BenchmarkDotNet file) with one thing wrong.
/// </summary>
public static class BadResultSets
{
    private static readonly string P01File = ResultSetLayout.ResultsFileOf("P01Synthetic");

    public static readonly IReadOnlyList<BadResultSet> All =
    [
        new("launch-index-as-string", P01File, "LaunchIndex is the string \"1\"",
            d => WithFirstMeasurement(d, m => m["LaunchIndex"] = "1")),
        new("iteration-index-as-string", P01File, "IterationIndex is the string \"2\"",
            d => WithFirstMeasurement(d, m => m["IterationIndex"] = "2")),
        new("per-op-time-rounds-to-zero", P01File, "time per operation rounds to zero",
            d => WithFirstMeasurement(d, m => m["Nanoseconds"] = JsonNode.Parse("5e-324"))),
        new("per-op-time-beyond-any-timer", P01File, "time per operation is 6.25E+306 ns, more than 30 years",
            d => WithFirstMeasurement(d, m => m["Nanoseconds"] = JsonNode.Parse("1e308"))),
        new("two-benchmarks-one-identity", ResultSetLayout.ResultsFileOf("P01Demo"), "are one point of the naming convention",
            d => new SyntheticResultSet(
                new SyntheticBenchmark("Suites.A.P01Demo.Fix(Size: 16, Device: Cpu, Mode: Eager)", Samples(100)),
                new SyntheticBenchmark("Suites.B.P01Demo.Fix(Device: Cpu, Mode: Eager, Size: 16)", Samples(200))).WriteTo(d)),
        new("measurements-of-no-known-format", ResultSetLayout.ResultsFileOf("Old"), "no BenchmarkDotNet format this reader knows",
            d => ForeignFile(d, ResultSetLayout.ResultsFileOf("Old"), """
                {"HostEnvironmentInfo": {"BenchmarkDotNetVersion": "0.9.7"}, "Benchmarks": [{"FullName": "MyLib.Old.Run",
                 "Measurements": [{"IterationMode": "Target", "LaunchIndex": 1, "IterationIndex": 1, "Operations": 4, "Nanoseconds": 400}]}]}
                """)),
        new("invalid-utf8-in-a-name", ResultSetLayout.ResultsFileOf("Bytes"), "holds text that is not valid UTF-8",
            d => ForeignFile(d, ResultSetLayout.ResultsFileOf("Bytes"), """
                {"Benchmarks": [{"FullName": "MyLib.BYTES.Run", "Measurements": [
                  {"IterationMode": "Workload", "IterationStage": "Actual", "LaunchIndex": 1, "IterationIndex": 1, "Operations": 4, "Nanoseconds": 400}]}]}
                """, replace: ("BYTES", [0xFF, 0xFE]))),
    ];

    public static TheoryData<string> Names => new(All.Select(c => c.Name));

    public static BadResultSet Named(string name) => All.Single(c => c.Name == name);

    /// <summary>A valid P01 Anti/Fix pair, three processes each: a set every command accepts.</summary>
    public static string Good(string directory) => new SyntheticResultSet(
        SyntheticBenchmark.Named("P01", PairMember.Anti, ExecutionMode.Graph, ComputeDevice.Cpu, 16, Samples(300)),
        SyntheticBenchmark.Named("P01", PairMember.Fix, ExecutionMode.Graph, ComputeDevice.Cpu, 16, Samples(100))).WriteTo(directory);

    private static double[][] Samples(double median) => SyntheticBenchmark.Samples(median, 3, 10, seed: (int)median);

    // The good set with its first Workload/Actual measurement edited.
    private static string WithFirstMeasurement(string directory, Action<JsonObject> edit)
    {
        Good(directory);
        string file = Path.Combine(directory, P01File);
        JsonNode root = JsonNode.Parse(System.IO.File.ReadAllText(file))!;
        JsonObject measurement = root["Benchmarks"]![0]!["Measurements"]!.AsArray()
            .First(m => (string?)m!["IterationMode"] == "Workload" && (string?)m["IterationStage"] == "Actual")!.AsObject();
        edit(measurement);
        System.IO.File.WriteAllText(file, root.ToJsonString());
        return directory;
    }

    /// <param name="replace">A marker in <paramref name="json"/> to replace by raw bytes (text that is not UTF-8).</param>
    private static string ForeignFile(string directory, string name, string json, (string Marker, byte[] Bytes)? replace = null)
    {
        Directory.CreateDirectory(directory);
        byte[] bytes = System.Text.Encoding.UTF8.GetBytes(json);
        if (replace is var (marker, raw))
        {
            int at = json.IndexOf(marker, StringComparison.Ordinal);
            bytes = [.. bytes[..at], .. raw, .. bytes[(at + marker.Length)..]];
        }
        System.IO.File.WriteAllBytes(Path.Combine(directory, name), bytes);
        return directory;
    }
}
