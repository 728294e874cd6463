using System.Text.Json;
using BenchHarness.Identity;
using BenchHarness.Results;
using BenchHarness.IntegrationTests.Support;

namespace BenchHarness.IntegrationTests.Cli;

/// <summary>End to end: the smoke profile on one pair, through the CLI, BenchmarkDotNet and the suite host.</summary>
public sealed class SmokeRunTests : IClassFixture<SmokeRunTests.SmokeRun>
{
    private readonly SmokeRun run;

    public SmokeRunTests(SmokeRun run)
    {
        this.run = run;
    }

    public sealed class SmokeRun : IDisposable
    {
        public SmokeRun()
        {
            Output = BuiltPrograms.RunCli("run", "--pattern", "P03", "--profile", "smoke", "--threads", "1", "--out", Directory.Combine("run"));
            string manifest = Directory.Combine("run", ResultSetLayout.ManifestFileName);
            Manifest = File.Exists(manifest) ? ResultJson.Read<RunManifest>(manifest) : null;
        }

        public TemporaryDirectory Directory { get; } = new();

        public ProgramRun Output { get; }

        public RunManifest? Manifest { get; }

        public string RunPath => Directory.Combine("run");

        public void Dispose() => Directory.Dispose();
    }

    private RunManifest Manifest => run.Manifest ?? throw new Xunit.Sdk.XunitException(
        $"no manifest; exit {run.Output.ExitCode}\n{run.Output.StandardOutput}\n{run.Output.StandardError}");

    [Fact]
    public void Exits_zero_with_progress_and_the_results_path()
    {
        Assert.True(run.Output.ExitCode == 0, run.Output.StandardOutput + run.Output.StandardError);
        Assert.Contains("cases to measure", run.Output.StandardOutput);
        Assert.Matches(@"round 1/1-1: \d+ case\(s\)", run.Output.StandardOutput);
        Assert.Contains($"results: {run.RunPath}", run.Output.StandardOutput);
    }

    [Fact]
    public void The_manifest_records_environment_options_and_outcome()
    {
        RunManifest manifest = Manifest;

        Assert.Equal(RunStatus.Complete, manifest.Status);
        Assert.Equal(RunManifest.CurrentSchemaVersion, manifest.SchemaVersion);
        Assert.True(manifest.FinishedUtc > manifest.StartedUtc);
        Assert.Matches("^[0-9a-f]{40}$|^unknown$", manifest.Git.Commit);
        Assert.False(string.IsNullOrWhiteSpace(manifest.Machine.Cpu));
        Assert.Contains(".NET", manifest.Machine.DotNetVersion);
        Assert.Equal("TorchSharp", manifest.Engine.Engine);
        Assert.Equal(1, manifest.Engine.IntraOpThreads);
        Assert.Equal(1, manifest.Options.Threads);
        Assert.Equal(["P03"], manifest.Options.Patterns);
        Assert.Contains("BenchmarkDotNet", manifest.Engine.Packages.Keys);
        Assert.Contains(manifest.Devices, d => d is { Device: "Cpu", Used: true });

        SuiteOutcome suite = Assert.Single(manifest.Suites);
        Assert.Equal(SuiteStatus.Succeeded, suite.Status);
        Assert.Equal(18, suite.Benchmarks); // {Anti, Fix} x {steady, first call} x {Eager, Graph} x 2 sizes, + Fix_TensorArgument (graph) x 2 sizes
        Assert.NotEmpty(suite.Equivalence);
        Assert.All(suite.Equivalence, c => Assert.True(c.Equivalent, c.Candidate));
        Assert.True(File.Exists(Path.Combine(run.RunPath, suite.LogFile!)));
    }

    [Fact]
    public void The_results_hold_both_members_in_both_modes_with_measurements()
    {
        SuiteOutcome suite = Assert.Single(Manifest.Suites);
        using JsonDocument report = JsonDocument.Parse(File.ReadAllText(Path.Combine(run.RunPath, suite.ResultsFile!)));
        JsonElement[] benchmarks = report.RootElement.GetProperty("Benchmarks").EnumerateArray().ToArray();

        BenchmarkIdentity[] identities = benchmarks.Select(b => BenchmarkIdentity.Parse(b.GetProperty("FullName").GetString()!)).ToArray();
        Assert.All(identities, i => Assert.Equal("P03", i.PatternId));
        foreach (PairMember member in Enum.GetValues<PairMember>())
        foreach (CallPhase phase in new[] { CallPhase.Steady, CallPhase.FirstCall })
        foreach (ExecutionMode mode in Enum.GetValues<ExecutionMode>())
            Assert.Contains(identities, i => i.Member == member && i.Phase == phase && i.Mode == mode && i.Device == ComputeDevice.Cpu);
        Assert.DoesNotContain(identities, i => i.Phase == CallPhase.Throughput); // P03 times no throughput

        foreach (JsonElement benchmark in benchmarks)
        {
            double[] actual = benchmark.GetProperty("Measurements").EnumerateArray()
                .Where(m => m.GetProperty("IterationStage").GetString() == "Actual" && m.GetProperty("IterationMode").GetString() == "Workload")
                .Select(m => m.GetProperty("Nanoseconds").GetDouble() / m.GetProperty("Operations").GetInt64())
                .ToArray();
            Assert.Equal(3, actual.Length);
            Assert.All(actual, ns => Assert.True(ns > 0));
        }
    }
}
