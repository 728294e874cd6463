using BenchHarness.Benchmarks.Suites;
using BenchHarness.Catalog;
using BenchHarness.Tests.Support;
using TorchSharp;

namespace BenchHarness.Tests.Cli;

/// <summary>Bad input: a one-line, actionable message, exit code 2, never a stack trace.</summary>
public class CliErrorTests
{
    private static void AssertOneLineFailure(ProgramRun run, string expected)
    {
        Assert.Equal(ExitCodes.BadInputOrFailure, run.ExitCode);
        Assert.Contains(expected, run.StandardError);
        Assert.DoesNotContain("   at ", run.StandardError);
        Assert.DoesNotContain("Exception", run.StandardError);
        Assert.All(run.ErrorLines, line => Assert.StartsWith("benchharness: ", line));
    }

    [Fact]
    public void An_unknown_option_is_rejected()
    {
        ProgramRun run = BuiltPrograms.RunCli("run", "--frobnicate");
        AssertOneLineFailure(run, "--frobnicate");
        Assert.Contains("benchharness run --help", run.StandardError);
    }

    [Fact]
    public void An_unknown_command_is_rejected() => AssertOneLineFailure(BuiltPrograms.RunCli("benchmark"), "benchmark");

    [Fact]
    public void An_unknown_pattern_is_rejected() =>
        AssertOneLineFailure(BuiltPrograms.RunCli("run", "--pattern", "P42"), "unknown pattern 'P42'");

    [Fact]
    public void A_bad_profile_is_rejected() =>
        AssertOneLineFailure(BuiltPrograms.RunCli("run", "--profile", "fast"), "--profile must be smoke|default|gate");

    [Fact]
    public void Zero_threads_are_rejected() =>
        AssertOneLineFailure(BuiltPrograms.RunCli("run", "--threads", "0"), "--threads must be at least 1");

    [Fact]
    public void A_pattern_without_a_suite_is_named()
    {
        AntiPattern? missing = PatternCatalog.All.FirstOrDefault(p => SuiteCatalog.Find(p.Id) is null);
        Assert.SkipWhen(missing is null, "every catalog entry has a suite");
        AssertOneLineFailure(BuiltPrograms.RunCli("run", "--pattern", missing!.Id), $"no suite yet for {missing.Title}");
    }

    [Fact]
    public void Cuda_without_a_gpu_is_an_error_not_a_silent_cpu_run()
    {
        Assert.SkipWhen(torch.cuda.is_available(), "this machine has CUDA");
        AssertOneLineFailure(BuiltPrograms.RunCli("run", "--pattern", "P01", "--device", "cuda"), "--device cuda:");
    }

    [Fact]
    public void A_run_never_writes_into_an_existing_result_set()
    {
        using var directory = new TemporaryDirectory();
        File.WriteAllText(directory.Combine("manifest.json"), "precious");

        ProgramRun run = BuiltPrograms.RunCli("run", "--pattern", "P01", "--profile", "smoke", "--out", directory.Path);

        AssertOneLineFailure(run, "already holds results");
        Assert.Equal("precious", File.ReadAllText(directory.Combine("manifest.json")));
        Assert.Single(Directory.EnumerateFileSystemEntries(directory.Path));
    }

    [Fact]
    public void Doctor_reports_a_healthy_cpu_setup()
    {
        ProgramRun run = BuiltPrograms.RunCli("doctor");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Matches(@"ok\s+natives\s+loaded", run.StandardOutput);
        Assert.Matches(@"ok\s+TorchSharp\s+\d+\.\d+\.\d+", run.StandardOutput);
        Assert.Matches(@"\s+CUDA\s+", run.StandardOutput);
        Assert.Matches(@"ok\s+threads\s+intra-op \d+", run.StandardOutput);
    }
}
