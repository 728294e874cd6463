using BenchHarness.Benchmarks.Suites;
using BenchHarness.Catalog;
using BenchHarness.Results;
using BenchHarness.IntegrationTests.Support;
using TorchSharp;
using static BenchHarness.IntegrationTests.Support.CliAssertions;

namespace BenchHarness.IntegrationTests.Cli.BadInput;

/// <summary>
/// <c>benchharness run</c> refuses bad input in one line with exit code 2, before it creates anything: the result
/// set given with --out does not exist afterwards.
/// </summary>
public sealed class RunBadInputTests : IDisposable
{
    private const string Out = "{out}";

    private static readonly string Cores = Environment.ProcessorCount.ToString();

    private readonly TemporaryDirectory directory = new();

    private string RunPath => directory.Combine("run");

    public void Dispose() => directory.Dispose();

    /// <summary>
    /// Arguments after "run" (<c>{out}</c> stands for a fresh result-set path), and what the line must say. A case
    /// without --profile runs with the smoke profile, so that a missing check costs seconds, not a default run.
    /// </summary>
    public static TheoryData<string, string[], string[]> Options => new()
    {
        { "unknown option", ["--frobnicate", "--out", Out], ["'--frobnicate'", "(see 'benchharness run --help')"] },
        { "threads not a number", ["--threads", "many", "--out", Out], ["'many'", "--threads"] },
        { "zero threads", ["--threads", "0", "--out", Out], [$"--threads must be between 1 and {Cores}", "not 0"] },
        { "more threads than cores", ["--pattern", "P01", "--threads", "99999", "--out", Out],
            [$"--threads must be between 1 and {Cores} (the logical cores of this machine", "not 99999"] },
        { "suite timeout of years", ["--pattern", "P01", "--suite-timeout", "99999h", "--out", Out],
            ["--suite-timeout must be at most 24h", "not '99999h'"] },
        { "suite timeout past what a TimeSpan holds", ["--pattern", "P01", "--suite-timeout", "1e12h", "--out", Out],
            ["--suite-timeout must be at most 24h", "not '1e12h'"] },
        { "suite timeout a second past the limit", ["--pattern", "P01", "--suite-timeout", "86401s", "--out", Out], ["at most 24h"] },
        { "suite timeout that rounds to zero", ["--pattern", "P01", "--suite-timeout", "1e-9s", "--out", Out], ["positive duration", "'1e-9s'"] },
        { "suite timeout without a unit", ["--suite-timeout", "90", "--out", Out], ["positive duration such as 90s, 10m or 1h", "'90'"] },
        { "unknown pattern", ["--pattern", "P42", "--out", Out], ["unknown pattern 'P42'"] },
        { "test suite without the switch", ["--pattern", "T01", "--out", Out], ["unknown pattern 'T01'"] },
        { "control characters in a value", ["--pattern", "P4\u001b[31m\n2", "--out", Out], ["unknown pattern 'P4\\x1b[31m\\n2'"] },
        { "bad profile", ["--profile", "fast", "--out", Out], ["--profile must be smoke|default|gate", "'fast'"] },
        { "bad device", ["--device", "gpu", "--out", Out], ["--device must be cpu|cuda|all", "'gpu'"] },
        { "bad mode", ["--mode", "jit", "--out", Out], ["--mode must be eager|graph|all", "'jit'"] },
        { "bad shard", ["--shard", "3/2", "--out", Out], ["--shard must be i/n with 1 <= i <= n"] },
        { "empty --out", ["--pattern", "P01", "--out", ""], ["--out needs a value, not an empty string"] },
        { "empty --resume", ["--resume", ""], ["--resume needs a value, not an empty string"] },
        { "resume with --out", ["--resume", Out, "--out", Out], ["--resume writes into the result set it completes; it cannot be combined with --out"] },
    };

    [Theory]
    [MemberData(nameof(Options))]
    public void A_bad_option_is_one_line_and_creates_nothing(string kind, string[] arguments, string[] expected)
    {
        string[] profile = arguments.Contains("--profile") ? [] : ["--profile", "smoke"];
        ProgramRun run = BuiltPrograms.RunCli(["run", .. arguments.Select(a => a == Out ? RunPath : a), .. profile]);

        AssertOneLineFailure(run, expected);
        Assert.False(Directory.Exists(RunPath), $"{kind}: a refused run created {RunPath}");
    }

    /// <summary>Values recorded in a result set that a run today refuses: --resume refuses them too, before it touches the set.</summary>
    public static TheoryData<string, string> RecordedBeyondTheLimits => new()
    {
        { "suite timeout", "a suite timeout of 99999h, above the limit of 24h" },
        { "threads", $"--threads 99999, above the limit of {Cores} (the logical cores of this machine)" },
    };

    [Theory]
    [MemberData(nameof(RecordedBeyondTheLimits))]
    public void Resume_refuses_recorded_values_beyond_the_limits(string kind, string expected)
    {
        RunManifest recorded = Manifests.Sample() with { Status = RunStatus.Incomplete };
        recorded = kind == "threads"
            ? recorded with { Options = recorded.Options with { Threads = 99999 } }
            : recorded with { ProfileSettings = recorded.ProfileSettings with { SuiteTimeout = TimeSpan.FromHours(99999) } };
        Directory.CreateDirectory(RunPath);
        string manifest = ResultSetLayout.ManifestIn(RunPath);
        ResultJson.WriteAtomically(manifest, recorded);

        AssertOneLineFailure(BuiltPrograms.RunCli("run", "--resume", RunPath), manifest, expected, "start a new run");
        Assert.Equal([manifest], Directory.EnumerateFileSystemEntries(RunPath));
    }

    [Fact]
    public void A_run_never_writes_into_an_existing_result_set()
    {
        Directory.CreateDirectory(RunPath);
        File.WriteAllText(ResultSetLayout.ManifestIn(RunPath), "precious");

        ProgramRun run = BuiltPrograms.RunCli("run", "--pattern", "P01", "--profile", "smoke", "--out", RunPath);

        AssertOneLineFailure(run, "already holds results");
        Assert.Equal("precious", File.ReadAllText(ResultSetLayout.ManifestIn(RunPath)));
        Assert.Single(Directory.EnumerateFileSystemEntries(RunPath));
    }

    [Fact]
    public void A_pattern_without_a_suite_is_named()
    {
        AntiPattern? missing = PatternCatalog.All.FirstOrDefault(p => SuiteCatalog.Find(p.Id) is null);
        Assert.SkipWhen(missing is null, "every catalog entry has a suite");
        AssertOneLineFailure(BuiltPrograms.RunCli("run", "--pattern", missing!.Id, "--out", RunPath), $"no suite yet for {missing.Title}");
        Assert.False(Directory.Exists(RunPath));
    }

    [Fact]
    public void Cuda_without_a_gpu_is_an_error_not_a_silent_cpu_run()
    {
        Assert.SkipWhen(torch.cuda.is_available(), "this machine has CUDA");
        AssertOneLineFailure(BuiltPrograms.RunCli("run", "--pattern", "P01", "--device", "cuda", "--out", RunPath), "--device cuda:");
        Assert.False(Directory.Exists(RunPath));
    }
}
