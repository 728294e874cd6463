using BenchHarness.Benchmarks.Patterns;
using BenchHarness.Benchmarks.Hosting;
using BenchHarness.Benchmarks.Suites;
using BenchHarness.Identity;
using BenchHarness.Results;
using BenchHarness.Planning;
using BenchHarness.IntegrationTests.Support;
using BenchmarkDotNet.Jobs;

namespace BenchHarness.IntegrationTests.Engine;

/// <summary>
/// Issue 12 item 1: a launch runs BenchmarkDotNet's engine inside the suite host, so no project is generated or built
/// per suite and nothing copies the natives (about 5.5 GiB with TorchSharp-cuda-linux). A real smoke launch of one
/// case, in a fresh process, loads TorchSharp from the suite host's own output and leaves only its log and JSON.
/// </summary>
public sealed class InProcessLaunchTests : IDisposable
{
    private static readonly ProfileSettings Smoke = ProfileSettings.For(BenchmarkProfile.Smoke);

    private readonly TemporaryDirectory temporary = new();

    private LaunchRequest Launch(string @case) => new("P01", @case, Round: 1, Smoke, Threads: 1, RunOptions.DefaultSeed,
        ArtifactsDirectory: temporary.Combine("launch"), OutcomeFile: temporary.Combine("outcome.json"));

    private string GraphFixThroughputCase()
    {
        var request = new SuiteRequest("P01", [ComputeDevice.Cpu], [ExecutionMode.Graph], BenchmarkProfile.Smoke, Smoke, 1,
            RunOptions.DefaultSeed, temporary.Path, temporary.Combine("plan.json"));
        return LaunchRunner.Cases(typeof(P01MissingHybridization), request).Single(c => c.Contains(".FixThroughput(", StringComparison.Ordinal));
    }

    [Fact]
    public void A_smoke_launch_loads_torch_and_leaves_no_copy_of_the_natives_in_its_folders()
    {
        LaunchRequest launch = Launch(GraphFixThroughputCase());
        string launchFile = temporary.Combine("launch.json");
        ResultJson.WriteAtomically(launchFile, launch);
        string workingDirectory = temporary.Combine("cwd");
        Directory.CreateDirectory(workingDirectory);

        ProgramRun run = BuiltPrograms.Run(BuiltPrograms.SuiteHost, [SuiteHostProtocol.Measure, launchFile], TimeSpan.FromMinutes(2), workingDirectory);

        Assert.True(run.ExitCode == SuiteHostProtocol.OutcomeWritten, run.StandardOutput + run.StandardError);
        LaunchOutcome outcome = ResultJson.Read<LaunchOutcome>(launch.OutcomeFile);
        Assert.True(outcome.Succeeded, outcome.Reason); // TorchSharp loaded: the case ran its TorchScript graph
        FileInfo[] written = [.. new DirectoryInfo(temporary.Path).EnumerateFiles("*", SearchOption.AllDirectories)];
        Assert.DoesNotContain(written, f => f.Name.Contains("torch", StringComparison.OrdinalIgnoreCase)
                                            || f.Extension is ".so" or ".dll" or ".csproj" || f.Name.Contains(".so.", StringComparison.Ordinal));
        Assert.Empty(Directory.EnumerateFileSystemEntries(workingDirectory));
        Assert.InRange(written.Sum(f => f.Length), 1, 2L << 20); // a log and a JSON report: kilobytes, not gigabytes

        // The throughput variant ran: every iteration made 32 calls per invocation, which later launches repeat exactly.
        using var report = System.Text.Json.JsonDocument.Parse(File.ReadAllText(outcome.ResultsFile!));
        long[] operations = [.. report.RootElement.GetProperty("Benchmarks")[0].GetProperty("Measurements").EnumerateArray()
            .Where(m => m.GetProperty("IterationStage").GetString() == "Actual" && m.GetProperty("IterationMode").GetString() == "Workload")
            .Select(m => m.GetProperty("Operations").GetInt64())];
        Assert.NotEmpty(operations);
        Assert.All(operations, o => Assert.Equal(outcome.InvocationCount * PairSuite.ThroughputCalls, o));
    }

    [Fact]
    public void No_BenchmarkDotNet_build_step_exists_so_no_build_timeout_applies()
    {
        Job job = HarnessConfig.JobFor(Launch("any"));

        Assert.True(job.Infrastructure.Toolchain?.IsInProcess, "every launch runs BenchmarkDotNet's engine in the suite host");
        Assert.IsType<BenchmarkDotNet.Toolchains.InProcess.Emit.InProcessEmitToolchain>(job.Infrastructure.Toolchain);
    }

    public void Dispose() => temporary.Dispose();
}
