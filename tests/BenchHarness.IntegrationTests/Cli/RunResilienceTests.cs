using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;
using BenchHarness.Analysis.Loading;
using BenchHarness.Results;
using BenchHarness.Planning;
using BenchHarness.IntegrationTests.Support;

namespace BenchHarness.IntegrationTests.Cli;

/// <summary>
/// End to end, through the CLI as a process: a suite that aborts or hangs costs only itself, a killed or
/// interrupted run leaves an honest manifest, and --resume completes it. Uses the test-only suites (T01 aborts,
/// T02 hangs) and the cheap semantic probes (P08, P12: seconds, no BenchmarkDotNet).
/// </summary>
public sealed class RunResilienceTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private readonly TemporaryDirectory directory = new();

    private string RunPath => directory.Combine("run");

    public void Dispose() => directory.Dispose();

    private RunManifest Manifest() => ResultJson.Read<RunManifest>(Path.Combine(RunPath, ResultSetLayout.ManifestFileName));

    private string[] Common(params string[] arguments) =>
        ["run", .. arguments, "--profile", "smoke", "--threads", "1", "--out", RunPath];

    [Fact]
    public void An_aborting_suite_is_recorded_as_failed_and_the_next_suite_still_runs()
    {
        ProgramRun run = CliProcess.Run(Common("--pattern", "T01,P01", "--mode", "eager"));

        Assert.True(run.ExitCode == ExitCodes.BadInputOrFailure, run.StandardOutput + run.StandardError);
        Assert.Contains("FAILED T01", run.StandardOutput);
        RunManifest manifest = Manifest();
        Assert.Equal(RunStatus.CompleteWithFailures, manifest.Status);

        SuiteOutcome aborted = manifest.Suites.Single(s => s.PatternId == "T01");
        Assert.Equal(SuiteStatus.Failed, aborted.Status);
        Assert.Contains("SIGABRT", aborted.Reason);
        Assert.Contains("deliberate abort", aborted.Reason);
        Assert.Contains(aborted.OutputTail!, line => line.Contains("Environment.FailFast"));

        SuiteOutcome measured = manifest.Suites.Single(s => s.PatternId == "P01");
        Assert.Equal(SuiteStatus.Succeeded, measured.Status);
        Assert.Null(measured.OutputTail);
        using JsonDocument report = JsonDocument.Parse(File.ReadAllText(Path.Combine(RunPath, measured.ResultsFile!)));
        Assert.Equal(measured.Benchmarks, report.RootElement.GetProperty("Benchmarks").GetArrayLength());
    }

    [Fact]
    public void A_hung_suite_is_stopped_by_its_timeout_with_its_process_tree()
    {
        ProgramRun run = CliProcess.Run(Common("--pattern", "T02", "--suite-timeout", "3s"));

        Assert.Equal(ExitCodes.BadInputOrFailure, run.ExitCode);
        RunManifest manifest = Manifest();
        Assert.Equal(TimeSpan.FromSeconds(3), manifest.Options.SuiteTimeout);
        Assert.Equal(TimeSpan.FromSeconds(3), manifest.ProfileSettings.SuiteTimeout);
        SuiteOutcome hung = Assert.Single(manifest.Suites);
        Assert.Equal(SuiteStatus.Failed, hung.Status);
        Assert.Contains("exceeding its timeout", hung.Reason);
        Assert.Contains(hung.OutputTail!, line => line.Contains("hanging"));
        Assert.Empty(CliProcess.ProcessesMentioning(new ResultSetLayout(RunPath).Requests));
    }

    [Fact]
    public void A_run_killed_part_way_leaves_an_incomplete_manifest_and_resumes_to_completion()
    {
        SuiteOutcome first;
        using (CliProcess cli = CliProcess.Start(Common("--pattern", "P08,P12")))
        {
            cli.WaitUntil(() => TryManifest()?.Suites.Count == 1, Patience, "first suite in the manifest");
            cli.KillTree();
            first = Manifest().Suites.Single();
        }

        RunManifest killed = Manifest();
        Assert.Equal(RunStatus.Incomplete, killed.Status);
        Assert.Equal("P08", first.PatternId);
        Assert.Contains("did not finish", ManifestFile.IncompleteReason(killed, RunPath));
        Assert.Contains("is incomplete; run", Assert.Throws<ResultSetException>(() => ResultSetLoader.Load(RunPath).EnsureComplete()).Message);

        ProgramRun resumed = CliProcess.Run("run", "--resume", RunPath);

        Assert.True(resumed.ExitCode == ExitCodes.Success, resumed.StandardOutput + resumed.StandardError);
        Assert.Contains("1 suite(s) to run [P12], 1 kept [P08]", resumed.StandardOutput);
        RunManifest complete = Manifest();
        Assert.Equal(RunStatus.Complete, complete.Status);
        Assert.Equal(["P08", "P12"], complete.Suites.Select(s => s.PatternId));
        Assert.All(complete.Suites, s => Assert.Equal(SuiteStatus.Succeeded, s.Status));
        Assert.Equal(first.StartedUtc, complete.Suites[0].StartedUtc); // kept, not rerun
        RunResumption resumption = Assert.Single(complete.Resumptions!);
        Assert.Equal(RunStatus.Incomplete, resumption.PreviousStatus);
        Assert.Equal(["P12"], resumption.Suites);
        Assert.Equal(killed.StartedUtc, complete.StartedUtc);
        Assert.True(complete.FinishedUtc > resumption.StartedUtc);
    }

    [Fact]
    public void A_suite_host_does_not_outlive_a_cli_killed_alone()
    {
        using CliProcess cli = CliProcess.Start(Common("--pattern", "T02", "--suite-timeout", "5m"));
        string hangingLog = Path.Combine(RunPath, ResultSetLayout.LogFileOf("T02"));
        cli.WaitUntil(() => File.Exists(hangingLog) && File.ReadAllText(hangingLog).Contains("hanging"), Patience, "T02 hanging");
        string requests = new ResultSetLayout(RunPath).Requests;
        Assert.NotEmpty(CliProcess.ProcessesMentioning(requests));

        cli.KillAlone();

        var clock = Stopwatch.StartNew();
        while (CliProcess.ProcessesMentioning(requests).Length > 0 && clock.Elapsed < TimeSpan.FromSeconds(10))
            Thread.Sleep(50);
        Assert.Empty(CliProcess.ProcessesMentioning(requests));
        Assert.Equal(RunStatus.Incomplete, Manifest().Status);
    }

    [Theory]
    [InlineData(PosixSignal.SIGINT)]
    [InlineData(PosixSignal.SIGTERM)]
    public void A_signal_stops_the_running_suite_and_says_how_to_resume(PosixSignal signal)
    {
        Assert.SkipWhen(signal == PosixSignal.SIGINT && CliProcess.InheritsIgnoredSigint,
            "this test process ignores SIGINT (it was started in the background), so the CLI would inherit that");
        using CliProcess cli = CliProcess.Start(Common("--pattern", "P08,T02", "--suite-timeout", "5m"));
        string hangingLog = Path.Combine(RunPath, ResultSetLayout.LogFileOf("T02"));
        cli.WaitUntil(() => File.Exists(hangingLog) && File.ReadAllText(hangingLog).Contains("hanging"), Patience, "T02 hanging");

        cli.Signal(signal);
        int exitCode = cli.WaitForExit(TimeSpan.FromSeconds(30));

        Assert.Equal(ExitCodes.BadInputOrFailure, exitCode);
        Assert.Contains($"benchharness: interrupted by {signal}; the result set is incomplete, complete it with 'benchharness run --resume {RunPath}'",
            cli.StandardError);
        RunManifest manifest = Manifest();
        Assert.Equal(RunStatus.Incomplete, manifest.Status);
        Assert.Equal(signal.ToString(), manifest.Interruption?.Signal);
        Assert.Equal("T02", manifest.Interruption?.StoppedSuite);
        Assert.Equal(["P08"], manifest.Suites.Select(s => s.PatternId));
        Assert.Empty(CliProcess.ProcessesMentioning(new ResultSetLayout(RunPath).Requests));
        Assert.Contains($"interrupted by {signal}", ManifestFile.IncompleteReason(manifest, RunPath));
    }

    [Fact]
    public void A_shard_runs_its_part_of_the_id_ordered_selection_and_records_it()
    {
        ProgramRun run = CliProcess.Run(Common("--pattern", "P12,P08", "--shard", "2/2"));

        Assert.True(run.ExitCode == ExitCodes.Success, run.StandardOutput + run.StandardError);
        RunManifest manifest = Manifest();
        Assert.Equal(new Shard(2, 2), manifest.Options.Shard);
        Assert.Equal(["P12"], manifest.Suites.Select(s => s.PatternId));
    }

    [Theory]
    [InlineData("0/2")]
    [InlineData("3/2")]
    [InlineData("1-2")]
    public void A_bad_shard_is_one_line(string shard)
    {
        ProgramRun run = BuiltPrograms.RunCli("run", "--shard", shard);

        Assert.Equal(ExitCodes.BadInputOrFailure, run.ExitCode);
        Assert.Equal([$"benchharness: --shard must be i/n with 1 <= i <= n (e.g. 2/4), not '{shard}'"], run.ErrorLines);
    }

    [Fact]
    public void Test_suites_are_rejected_without_the_switch()
    {
        ProgramRun run = BuiltPrograms.RunCli("run", "--pattern", "T01", "--out", RunPath);

        Assert.Equal(ExitCodes.BadInputOrFailure, run.ExitCode);
        Assert.Contains("unknown pattern 'T01'", run.StandardError);
        Assert.False(Directory.Exists(RunPath));
    }

    [Fact]
    public void Resume_refuses_a_directory_without_a_manifest()
    {
        Directory.CreateDirectory(RunPath);

        ProgramRun run = BuiltPrograms.RunCli("run", "--resume", RunPath);

        Assert.Equal(ExitCodes.BadInputOrFailure, run.ExitCode);
        Assert.StartsWith($"benchharness: {RunPath}: is not a result set: it has no manifest.json", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Resume_refuses_out_because_it_writes_where_it_resumes()
    {
        ProgramRun run = BuiltPrograms.RunCli("run", "--resume", RunPath, "--out", directory.Combine("elsewhere"));

        Assert.Equal(ExitCodes.BadInputOrFailure, run.ExitCode);
        Assert.Equal(["benchharness: --resume writes into the result set it completes; it cannot be combined with --out"], run.ErrorLines);
    }

    [Fact]
    public void Resume_refuses_a_corrupt_manifest_and_leaves_it_alone()
    {
        Directory.CreateDirectory(RunPath);
        File.WriteAllText(Path.Combine(RunPath, ResultSetLayout.ManifestFileName), "{ \"schemaVersion\": 1, \"runId\": ");

        ProgramRun run = BuiltPrograms.RunCli("run", "--resume", RunPath);

        Assert.Equal(ExitCodes.BadInputOrFailure, run.ExitCode);
        Assert.Contains("manifest.json: is not valid JSON", Assert.Single(run.ErrorLines));
        Assert.Equal("{ \"schemaVersion\": 1, \"runId\": ", File.ReadAllText(Path.Combine(RunPath, ResultSetLayout.ManifestFileName)));
    }

    [Fact]
    public void Resume_refuses_options_that_differ_from_the_recorded_ones()
    {
        Directory.CreateDirectory(RunPath);
        ResultJson.WriteAtomically(Path.Combine(RunPath, ResultSetLayout.ManifestFileName), Manifests.Sample() with { Status = RunStatus.Incomplete });

        ProgramRun run = BuiltPrograms.RunCli("run", "--resume", RunPath, "--profile", "gate", "--seed", "7", "--threads", "1");

        Assert.Equal(ExitCodes.BadInputOrFailure, run.ExitCode);
        string error = Assert.Single(run.ErrorLines);
        Assert.Contains("--profile gate (recorded: smoke), --threads 1 (recorded: 2)", error);
        Assert.DoesNotContain("--seed", error); // given, but the same as recorded
    }

    [Fact]
    public void Resume_refuses_a_result_set_from_another_machine_and_lists_the_differences()
    {
        Directory.CreateDirectory(RunPath);
        RunManifest elsewhere = Manifests.Sample() with { Status = RunStatus.Incomplete };
        elsewhere = elsewhere with { Machine = elsewhere.Machine with { MachineName = "elsewhere" } };
        ResultJson.WriteAtomically(Path.Combine(RunPath, ResultSetLayout.ManifestFileName), elsewhere);

        ProgramRun run = BuiltPrograms.RunCli("run", "--resume", RunPath);

        Assert.Equal(ExitCodes.BadInputOrFailure, run.ExitCode);
        string error = Assert.Single(run.ErrorLines);
        Assert.Contains("the environment differs", error);
        Assert.Contains("machine: elsewhere then", error);
        Assert.Equal(elsewhere.RunId, Manifest().RunId);
        Assert.Null(Manifest().Resumptions);
    }

    private RunManifest? TryManifest()
    {
        try
        {
            return Manifest();
        }
        catch (Exception e) when (e is IOException or JsonException)
        {
            return null;
        }
    }
}
