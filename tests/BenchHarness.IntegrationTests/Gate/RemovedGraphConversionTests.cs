using BenchHarness.Benchmarks.Suites;
using BenchHarness.IntegrationTests.Support;

namespace BenchHarness.IntegrationTests.Gate;

/// <summary>
/// P13 debug-by-removing-graph, end to end at the smoke profile: P01 measured as it is and with its fix's graph
/// conversion removed (planted in the code through the test switch), then gated with the repository's config.
/// </summary>
/// <remarks>
/// What a smoke run can show on a shared 2-core machine is the route: the removal passes the equivalence check (it
/// computes the same function), only the gate can catch it, and the gate names P01's contract and the fix's benchmark
/// and never passes. Whether it says "regression" (exit 1) or "inconclusive" (exit 3) is the measurement's to decide:
/// P01's effect on CPU (about 1.1x) sits at the gate's detection edge (docs/patterns.md, P13).
/// </remarks>
public sealed class RemovedGraphConversionTests : IClassFixture<RemovedGraphConversionTests.Runs>
{
    public const string FixBenchmark = "P01MissingHybridization.Fix(Size: 16, Device: Cpu, Mode: Graph)";

    private readonly Runs runs;

    public RemovedGraphConversionTests(Runs runs)
    {
        this.runs = runs;
    }

    public sealed class Runs : IDisposable
    {
        public Runs()
        {
            string[] run = ["run", "--pattern", "P01", "--mode", "graph", "--profile", "smoke", "--threads", "1", "--out"];
            Baseline = CliProcess.Run([.. run, Directory.Combine("baseline")]);
            Planted = CliProcess.Run(new Dictionary<string, string> { [RemovedGraphConversion.Variable] = "P01" }, [.. run, Directory.Combine("planted")]);

            // The repository's thresholds and contracts; single-process smoke verdicts let through, as calibration does.
            string config = File.ReadAllText(RepositoryFiles.PathOf("benchharness.gate.json"));
            SingleProcessConfig = config.Replace("\"minimumProcesses\": 3", "\"minimumProcesses\": 1", StringComparison.Ordinal);
            File.WriteAllText(Directory.Combine("gate.json"), SingleProcessConfig);
            Gate = BuiltPrograms.RunCli("compare", "--baseline", Directory.Combine("baseline"), "--current", Directory.Combine("planted"),
                "--config", Directory.Combine("gate.json"), "--fail-on-inconclusive", "--out", Directory.Combine("gate"));
        }

        public TemporaryDirectory Directory { get; } = new();

        public ProgramRun Baseline { get; }

        public ProgramRun Planted { get; }

        public string SingleProcessConfig { get; }

        public ProgramRun Gate { get; }

        public void Dispose() => Directory.Dispose();
    }

    [Fact]
    public void The_removal_computes_the_same_function_so_only_the_gate_can_catch_it()
    {
        Assert.True(runs.Baseline.ExitCode == 0, runs.Baseline.StandardOutput + runs.Baseline.StandardError);
        Assert.True(runs.Planted.ExitCode == 0, runs.Planted.StandardOutput + runs.Planted.StandardError);
        Assert.Contains("planted for a test (P13): the fix's graph conversion removed", runs.Planted.StandardOutput);
        Assert.DoesNotContain("planted for a test", runs.Baseline.StandardOutput);
        Assert.Contains("equivalence checks passed", runs.Planted.StandardOutput);
    }

    [Fact]
    public void The_gate_names_p01s_contract_and_the_fixs_benchmark_and_never_passes()
    {
        Assert.Contains("\"minimumProcesses\": 1", runs.SingleProcessConfig);
        string output = runs.Gate.StandardOutput;
        Assert.True(runs.Gate.ExitCode is ExitCodes.Regression or ExitCodes.Inconclusive, $"exit {runs.Gate.ExitCode}\n{output}\n{runs.Gate.StandardError}");
        Assert.Matches(@"contract\s+(FAILS|holds|inconclusive)\s+P01 Graph/Cpu Size=16\s.*P01 Fix >= 1\.05x Anti, Graph, Cpu, Size=16", output);
        Assert.Matches($@"(slower|inconclusive|same|faster)\s+{System.Text.RegularExpressions.Regex.Escape(FixBenchmark)}", output);
        if (runs.Gate.ExitCode == ExitCodes.Regression)
            Assert.Matches(@"(?m)^(slower\s+P01MissingHybridization\.|contract\s+FAILS\s+P01)", output);
    }
}
