using System.Text.Json.Nodes;
using BenchHarness.Analysis.Loading;
using BenchHarness.Cli.Orchestration;
using BenchHarness.Results;
using BenchHarness.Planning;

namespace BenchHarness.Tests.Cli;

public sealed class RoundOrderTests
{
    [Fact]
    public void Odd_rounds_go_forward_and_even_rounds_backward()
    {
        Assert.Equal(["a", "b", "c"], RoundOrder.Of(["a", "b", "c"], round: 1, arms: 1).Select(l => l.Case));
        Assert.Equal(["c", "b", "a"], RoundOrder.Of(["a", "b", "c"], round: 2, arms: 1).Select(l => l.Case));
        Assert.Equal(["a", "b", "c"], RoundOrder.Of(["a", "b", "c"], round: 3, arms: 1).Select(l => l.Case));
    }

    [Fact]
    public void Two_arms_measure_each_case_back_to_back_and_take_turns_going_first()
    {
        Assert.Equal([("a", 0), ("a", 1), ("b", 1), ("b", 0)], RoundOrder.Of(["a", "b"], round: 1, arms: 2));
        Assert.Equal([("b", 1), ("b", 0), ("a", 0), ("a", 1)], RoundOrder.Of(["a", "b"], round: 2, arms: 2));
    }

    [Fact]
    public void Over_two_rounds_every_case_goes_first_in_each_arm_once()
    {
        var firsts = new[] { 1, 2 }.SelectMany(r => RoundOrder.Of(["a", "b", "c"], r, arms: 2).Chunk(2).Select(pair => (pair[0].Case, pair[0].Arm))).ToArray();
        foreach (string @case in new[] { "a", "b", "c" })
            Assert.Equal([0, 1], firsts.Where(f => f.Case == @case).Select(f => f.Arm).Order());
    }
}

public sealed class LaunchResultsTests : IDisposable
{
    private readonly TemporaryDirectory directory = new();

    public void Dispose() => directory.Dispose();

    /// <summary>A BenchmarkDotNet full JSON of one launch: the case's workload iterations, LaunchIndex 0 as in-process runs write it.</summary>
    private string Launch(string name, string fullName, params double[] nanoseconds)
    {
        var measurements = new JsonArray(nanoseconds.Select((ns, i) => (JsonNode)new JsonObject
        {
            ["IterationMode"] = "Workload", ["IterationStage"] = "Actual", ["LaunchIndex"] = 0, ["IterationIndex"] = i + 1,
            ["Operations"] = 1, ["Nanoseconds"] = ns,
        }).ToArray());
        var report = new JsonObject
        {
            ["Title"] = name,
            ["HostEnvironmentInfo"] = new JsonObject { ["BenchmarkDotNetVersion"] = "0.15.8", ["ProcessorName"] = "test" },
            ["Benchmarks"] = new JsonArray(new JsonObject
            {
                ["DisplayInfo"] = "X.Anti: launch", ["FullName"] = fullName, ["Statistics"] = new JsonObject { ["Mean"] = 1 },
                ["Measurements"] = measurements,
            }),
        };
        string path = directory.Combine($"{name}.json");
        File.WriteAllText(path, report.ToJsonString());
        return path;
    }

    [Fact]
    public void Joins_every_launch_of_a_case_into_one_entry_with_its_rounds_as_launch_indices()
    {
        const string anti = "BenchHarness.Benchmarks.Patterns.P01Demo.Anti(Size: 16, Device: Cpu, Mode: Graph)";
        const string fix = "BenchHarness.Benchmarks.Patterns.P01Demo.Fix(Size: 16, Device: Cpu, Mode: Graph)";
        string joined = directory.Combine(ResultSetLayout.ResultsFileOf("P01Demo"));
        LaunchResults.Merge([
            new LaunchResult(2, Launch("a2", anti, 300, 310)), new LaunchResult(1, Launch("a1", anti, 100, 110)),
            new LaunchResult(1, Launch("f1", fix, 50, 55)), new LaunchResult(2, Launch("f2", fix, 60, 65)),
        ], joined, "P01Demo: 2 rounds");

        JsonObject report = JsonNode.Parse(File.ReadAllText(joined))!.AsObject();
        Assert.Equal("P01Demo: 2 rounds", report["Title"]!.GetValue<string>());
        JsonArray benchmarks = report["Benchmarks"]!.AsArray();
        Assert.Equal([anti, fix], benchmarks.Select(b => b!["FullName"]!.GetValue<string>()));
        Assert.Null(benchmarks[0]!["Statistics"]);
        Assert.Equal([1, 1, 2, 2], benchmarks[0]!["Measurements"]!.AsArray().Select(m => m!["LaunchIndex"]!.GetValue<int>()));

        // Read back as an interleaved suite: two processes each, tagged with their rounds.
        BenchmarkSamples samples = BenchmarkDotNetReportReader.Read(joined, new HashSet<string>(), treatEmptyAsFailed: false, interleaved: true).Benchmarks[0];
        Assert.Equal([[100.0, 110.0], [300.0, 310.0]], samples.Processes);
        Assert.Equal([1, 2], samples.Rounds);
        Assert.True(samples.PairsByRound);
        Assert.Null(BenchmarkDotNetReportReader.Read(joined, new HashSet<string>(), treatEmptyAsFailed: false).Benchmarks[0].Rounds);
    }

    [Fact]
    public void Refuses_to_join_nothing() =>
        Assert.Throws<ArgumentException>(() => LaunchResults.Merge([], directory.Combine("x.json"), "x"));
}

public sealed class CoreSetTests
{
    [Fact]
    public void Measured_processes_get_every_core_but_the_first()
    {
        Assert.Null(CoreSet.ForMeasurement(1));
        Assert.Equal([1], CoreSet.ForMeasurement(2)!.Cores);
        Assert.Equal("1-15", CoreSet.ForMeasurement(16)!.ToString());
        Assert.Equal(1, CoreSet.DefaultThreads(2));
        Assert.Equal(15, CoreSet.DefaultThreads(16));
        Assert.Equal(1, CoreSet.DefaultThreads(1));
    }

    [Fact]
    public void A_run_that_asked_for_no_pinning_pins_nothing()
    {
        RunOptions options = Manifests.Sample().Options;
        Assert.Null(CoreSet.For(options with { PinCores = false }));
        Assert.Equal(CoreSet.ForMeasurement(Environment.ProcessorCount)?.ToString(), CoreSet.For(options)?.ToString());
    }
}
