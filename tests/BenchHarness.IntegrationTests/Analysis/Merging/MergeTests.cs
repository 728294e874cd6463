using System.Text.Json.Nodes;
using BenchHarness.Analysis.Loading;
using BenchHarness.Results;
using BenchHarness.IntegrationTests.Support;

namespace BenchHarness.IntegrationTests.Analysis.Merging;

/// <summary><c>benchharness merge</c>: shards join into a set that loads and compares; anything else is refused in one line.</summary>
public sealed class MergeTests : IDisposable
{
    private readonly GateFixtures fixtures = new();

    private static IReadOnlyList<PlannedBenchmark> P01 => GateFixtures.StandardPlan.Where(p => p.PatternId == "P01").ToArray();

    private static IReadOnlyList<PlannedBenchmark> P03 => GateFixtures.StandardPlan.Where(p => p.PatternId == "P03").ToArray();

    private string Shard(IEnumerable<PlannedBenchmark> plan, int seed, int index, int count, string machine = "vm")
    {
        string directory = fixtures.Write(plan, seed, editManifest: m => m with { Machine = m.Machine with { MachineName = machine } }, runId: $"shard{index}");
        GateFixtures.EditManifestJson(directory, m => m["options"]!["shard"] = new JsonObject { ["index"] = index, ["count"] = count });
        return directory;
    }

    private string Output => Path.Combine(fixtures.Root, $"merged-{Guid.NewGuid():N}");

    [Fact]
    public void Shards_from_two_runners_merge_into_a_set_that_loads_and_compares_cleanly()
    {
        string output = Output;
        ProgramRun run = BuiltPrograms.RunCli("merge", "--out", output, Shard(P01, 1, 1, 2, "runner-a"), Shard(P03, 2, 2, 2, "runner-b"));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        ResultSet merged = ResultSetLoader.Load(output);
        Assert.Equal(GateFixtures.StandardPlan.Count, merged.Benchmarks.Count);
        Assert.Equal(RunStatus.Complete, merged.Status);
        Assert.Equal("runner-a+runner-b", merged.Manifest!.Machine.MachineName);
        Assert.Equal(["shard1", "shard2"], merged.Manifest.MergedFrom!.Select(s => s.RunId));
        Assert.Equal(["1/2", "2/2"], merged.Manifest.MergedFrom!.Select(s => s.Shard));
        Assert.Null(merged.Manifest.Options.Shard);

        string baseline = Output;
        Assert.Equal(ExitCodes.Success, BuiltPrograms.RunCli("merge", "--out", baseline, Shard(P01, 3, 1, 2, "runner-a"), Shard(P03, 4, 2, 2, "runner-b")).ExitCode);
        ProgramRun compare = BuiltPrograms.RunCli("compare", "--baseline", baseline, "--current", output, "--config", WriteDefaultConfig());
        Assert.Equal(ExitCodes.Success, compare.ExitCode);
        Assert.Contains($"of {GateFixtures.StandardPlan.Count} benchmarks", compare.StandardOutput);
    }

    public static TheoryData<string, string> Refusals => new()
    {
        { "missing-shard", "shard(s) 2/3 missing" },
        { "repeated-shard", "shard 1/2 is given twice" },
        { "overlap", "suite P01 is in both" },
        { "incomplete", "is Incomplete" },
        { "other-commit", "are not parts of one run (commit" },
        { "other-environment", "different environments (cpu:" },
        { "not-empty-output", "already exists and is not empty" },
        { "not-a-result-set", "does not exist" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Refuses_what_would_make_the_merged_set_a_lie(string kind, string expected)
    {
        string output = Output;
        string[] sources = kind switch
        {
            "missing-shard" => [Shard(P01, 1, 1, 3), Shard(P03, 2, 3, 3)],
            "repeated-shard" => [Shard(P01, 1, 1, 2), Shard(P03, 2, 1, 2)],
            "overlap" => [Shard(P01, 1, 1, 2), Shard(P01, 2, 2, 2)],
            "incomplete" => [Shard(P01, 1, 1, 2), fixtures.Write(P03, 2, editManifest: m => m with { Status = RunStatus.Incomplete })],
            "other-commit" => [fixtures.Write(P01, 1), fixtures.Write(P03, 2, editManifest: m => m with { Git = m.Git with { Commit = "1111111111111111111111111111111111111111" } })],
            "other-environment" => [fixtures.Write(P01, 1), fixtures.Write(P03, 2, editManifest: m => m with { Machine = m.Machine with { Cpu = "AMD EPYC" } })],
            "not-empty-output" => [fixtures.Write(P01, 1), fixtures.Write(P03, 2)],
            "not-a-result-set" => [fixtures.Write(P01, 1), Path.Combine(fixtures.Root, "nowhere")],
            _ => throw new ArgumentException(kind),
        };
        if (kind == "not-empty-output")
        {
            Directory.CreateDirectory(output);
            File.WriteAllText(Path.Combine(output, "keep.txt"), "mine");
        }

        ProgramRun run = BuiltPrograms.RunCli(["merge", "--out", output, .. sources]);

        CliAssertions.AssertOneLineFailure(run, expected);
        if (kind != "not-empty-output")
            Assert.False(Directory.Exists(output), "a refused merge writes nothing");
    }

    [Fact]
    public void A_different_environment_merges_when_allowed_and_says_so()
    {
        string output = Output;
        ProgramRun run = BuiltPrograms.RunCli("merge", "--allow-env-mismatch", "--out", output,
            fixtures.Write(P01, 1), fixtures.Write(P03, 2, editManifest: m => m with { Machine = m.Machine with { Cpu = "AMD EPYC" } }));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("env: cpu: Intel(R) Xeon(R) Processor in", run.StandardOutput);
        Assert.Equal(GateFixtures.StandardPlan.Count, ResultSetLoader.Load(output).Benchmarks.Count);
    }

    [Fact]
    public void Links_under_bdn_are_not_followed_and_the_merged_set_appears_whole()
    {
        string first = fixtures.Write(P01, 1), second = fixtures.Write(P03, 2);
        string artifacts = new ResultSetLayout(first).In(ResultSetLayout.LaunchesOf("P01Synthetic"));
        Directory.CreateDirectory(Path.Combine(artifacts, ResultSetLayout.BenchmarkDotNetResultsFolder));
        File.WriteAllText(Path.Combine(artifacts, ResultSetLayout.BenchmarkDotNetResultsFolder, "P01Synthetic-report.csv"), "a,b");
        Directory.CreateSymbolicLink(Path.Combine(artifacts, "loop"), ".."); // bdn/P01Synthetic/loop/P01Synthetic/loop/...
        File.CreateSymbolicLink(Path.Combine(artifacts, "passwd"), "/etc/passwd");
        string output = Output;

        ProgramRun run = BuiltPrograms.RunCli("merge", "--out", output, first, second);

        Assert.True(run.ExitCode == ExitCodes.Success, run.StandardError);
        string merged = new ResultSetLayout(output).In(ResultSetLayout.LaunchesOf("P01Synthetic"));
        Assert.Equal("a,b", File.ReadAllText(Path.Combine(merged, ResultSetLayout.BenchmarkDotNetResultsFolder, "P01Synthetic-report.csv")));
        Assert.False(Path.Exists(Path.Combine(merged, "loop")));
        Assert.False(Path.Exists(Path.Combine(merged, "passwd")));
        Assert.Contains($"skipped 2 symbolic link(s) under {first}", run.StandardOutput);
        Assert.Equal([Path.GetFileName(output)], Directory.GetDirectories(fixtures.Root, "merged-*").Select(Path.GetFileName));
        Assert.Empty(Directory.GetFileSystemEntries(fixtures.Root, ".*"));
    }

    private string WriteDefaultConfig()
    {
        string path = Path.Combine(fixtures.Root, "gate.json");
        File.WriteAllText(path, """{ "schemaVersion": 1 }""");
        return path;
    }

    public void Dispose() => fixtures.Dispose();
}
