using BenchHarness.Analysis.Loading;
using BenchHarness.Analysis.Statistics;
using BenchHarness.Benchmarks.Hosting;
using BenchHarness.Benchmarks.Patterns;
using BenchHarness.Identity;
using BenchHarness.Planning;
using BenchHarness.Results;
using BenchHarness.IntegrationTests.Support;

namespace BenchHarness.IntegrationTests.Suites;

/// <summary>
/// Issue 14 item 4: the mechanism counts of real smoke launches (one case, a fresh suite host each) say what the
/// mechanism is: retracing compiles once per call and keeps a compilation unit's native memory, its fix does neither.
/// Each fails if the mechanism were absent (a cache that hits, a graph compiled once) or the counting were.
/// </summary>
public sealed class MechanismMetricTests : IDisposable
{
    private const double KiB = 1024;
    private static readonly ProfileSettings Smoke = ProfileSettings.For(BenchmarkProfile.Smoke);

    private readonly TemporaryDirectory temporary = new();

    public void Dispose() => temporary.Dispose();

    private MechanismSummary Measured(string patternId, Type suite, string method, int size)
    {
        var selection = new SuiteRequest(patternId, [ComputeDevice.Cpu], [ExecutionMode.Graph], BenchmarkProfile.Smoke, Smoke, 1,
            RunOptions.DefaultSeed, temporary.Path, temporary.Combine("plan.json"));
        string @case = LaunchRunner.Cases(suite, selection).Single(c => c.Contains($".{method}(Size: {size},", StringComparison.Ordinal));
        string folder = temporary.Combine($"{method}-{size}");
        var launch = new LaunchRequest(patternId, @case, Round: 1, Smoke, Threads: 1, RunOptions.DefaultSeed,
            ArtifactsDirectory: folder, OutcomeFile: Path.Combine(folder, "outcome.json"));
        string launchFile = temporary.Combine($"{method}-{size}.json");
        ResultJson.WriteAtomically(launchFile, launch);

        ProgramRun run = BuiltPrograms.Run(BuiltPrograms.SuiteHost, [SuiteHostProtocol.Measure, launchFile], TimeSpan.FromMinutes(2));

        Assert.True(run.ExitCode == SuiteHostProtocol.OutcomeWritten, run.StandardOutput + run.StandardError);
        LaunchOutcome outcome = ResultJson.Read<LaunchOutcome>(launch.OutcomeFile);
        Assert.True(outcome.Succeeded, outcome.Reason);
        Assert.Contains("Compiles/op", run.StandardOutput); // BenchmarkDotNet's own summary shows the column
        BenchmarkSamples samples = BenchmarkDotNetReportReader.Read(outcome.ResultsFile!, new HashSet<string>(), treatEmptyAsFailed: false).Benchmarks.Single();
        return Assert.IsType<MechanismSummary>(samples.Mechanism);
    }

    [Fact]
    public void P03_retracing_compiles_once_per_call_and_keeps_its_units_while_both_fixes_compile_nothing()
    {
        MechanismSummary anti = Measured("P03", typeof(P03ScalarRetracing), "Anti", 256);
        MechanismSummary fix = Measured("P03", typeof(P03ScalarRetracing), "Fix", 256);
        MechanismSummary tensorFix = Measured("P03", typeof(P03ScalarRetracing), "Fix_TensorArgument", 256);

        // Every rate of the schedule is new: one compile per call, exactly, in the steady state.
        Assert.InRange(anti.CompilesPerOperation, 0.999, 1.001);
        Assert.Equal(0, fix.CompilesPerOperation);
        Assert.Equal(0, tensorFix.CompilesPerOperation);
        // A unit is never freed (about 90 KiB each): the anti-pattern grows by tens of KiB a call, the fix by none.
        Assert.True(anti.NativeBytesPerOperation - fix.NativeBytesPerOperation >= 32 * KiB,
            $"anti {anti.NativeBytesPerOperation / KiB:0.#} KiB/op, fix {fix.NativeBytesPerOperation / KiB:0.#} KiB/op");
        Assert.True(fix.NativeBytesPerOperation < 4 * KiB, $"fix {fix.NativeBytesPerOperation / KiB:0.#} KiB/op");
    }

    [Fact]
    public void P05_compiles_its_graph_on_every_call_and_its_fix_never()
    {
        MechanismSummary anti = Measured("P05", typeof(P05GraphCreatedInLoop), "Anti", 16);
        MechanismSummary fix = Measured("P05", typeof(P05GraphCreatedInLoop), "Fix", 16);

        Assert.InRange(anti.CompilesPerOperation, 0.999, 1.001);
        Assert.Equal(0, fix.CompilesPerOperation);
        Assert.True(anti.NativeBytesPerOperation - fix.NativeBytesPerOperation >= 32 * KiB,
            $"anti {anti.NativeBytesPerOperation / KiB:0.#} KiB/op, fix {fix.NativeBytesPerOperation / KiB:0.#} KiB/op");
    }
}
