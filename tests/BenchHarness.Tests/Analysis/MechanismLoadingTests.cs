using System.Text.Json;
using System.Text.Json.Nodes;
using BenchHarness.Analysis.Loading;
using BenchHarness.Analysis.Statistics;
using BenchHarness.Results;

namespace BenchHarness.Tests.Analysis;

/// <summary>
/// Issue 14 item 4: each launch's mechanism counts travel through the suite's joined results into the analysis, and
/// result sets written before the harness counted them still load, without counts.
/// </summary>
public sealed class MechanismLoadingTests : IDisposable
{
    private const string Anti = "BenchHarness.Benchmarks.Patterns.P05GraphCreatedInLoop.Anti(Size: 16, Device: Cpu, Mode: Graph)";

    private readonly TemporaryDirectory directory = new();

    public void Dispose() => directory.Dispose();

    // One launch's full JSON: two iterations of `operations` each and, unless null, the launch's mechanism counts.
    private string LaunchWith(string name, long operations, ProcessMechanism? mechanism)
    {
        var benchmark = new JsonObject
        {
            ["FullName"] = Anti,
            ["Measurements"] = new JsonArray(Enumerable.Range(1, 2).Select(i => (JsonNode)new JsonObject
            {
                ["IterationMode"] = "Workload", ["IterationStage"] = "Actual", ["LaunchIndex"] = 0, ["IterationIndex"] = i,
                ["Operations"] = operations, ["Nanoseconds"] = 1000.0 * operations,
            }).ToArray()),
        };
        if (mechanism is not null)
            benchmark[ProcessMechanism.JsonProperty] = new JsonArray(JsonSerializer.SerializeToNode(mechanism));
        string path = directory.Combine($"{name}.json");
        File.WriteAllText(path, new JsonObject { ["Benchmarks"] = new JsonArray(benchmark) }.ToJsonString());
        return path;
    }

    private BenchmarkSamples Joined(params LaunchResult[] launches)
    {
        string joined = directory.Combine("joined.json");
        LaunchResults.Merge(launches, joined, "P05");
        return BenchmarkDotNetReportReader.Read(joined, new HashSet<string>(), treatEmptyAsFailed: false).Benchmarks.Single();
    }

    [Fact]
    public void Every_launch_s_counts_are_joined_and_summarised_per_operation_and_per_process()
    {
        const long KiB = 1024;
        BenchmarkSamples samples = Joined(
            new LaunchResult(1, LaunchWith("r1", 10, new ProcessMechanism(Operations: 20, Compiles: 20, 100 * KiB, 100 * KiB + 20 * 90 * KiB))),
            new LaunchResult(2, LaunchWith("r2", 30, new ProcessMechanism(Operations: 60, Compiles: 60, 200 * KiB, 200 * KiB + 60 * 90 * KiB))));

        MechanismSummary mechanism = Assert.IsType<MechanismSummary>(samples.Mechanism);
        Assert.Equal(2, mechanism.Processes);
        Assert.Equal(1.0, mechanism.CompilesPerOperation, 12);
        Assert.Equal(90.0 * KiB, mechanism.NativeBytesPerOperation, 6);
        Assert.Equal(40 * 90.0 * KiB, mechanism.NativeBytesPerProcess, 6); // the median of 20 and 60 units' growth
        JsonArray processes = JsonNode.Parse(File.ReadAllText(directory.Combine("joined.json")))!["Benchmarks"]![0]![ProcessMechanism.JsonProperty]!.AsArray();
        Assert.Equal([1, 2], processes.Select(p => p!["LaunchIndex"]!.GetValue<int>()));
    }

    [Fact]
    public void Launches_without_counts_load_without_a_summary()
    {
        BenchmarkSamples samples = Joined(new LaunchResult(1, LaunchWith("old", 10, null)), new LaunchResult(2, LaunchWith("old2", 10, null)));

        Assert.Null(samples.Mechanism);
        Assert.Equal(2, samples.ProcessCount);
    }

    [Fact]
    public void A_result_set_written_before_the_counts_existed_loads_unchanged()
    {
        ResultSet set = ResultSetLoader.Load(Path.Combine(AppContext.BaseDirectory, "TestData", "smoke-a"));

        Assert.NotEmpty(set.Benchmarks);
        Assert.All(set.Benchmarks, b => Assert.Null(b.Mechanism));
    }
}
