using BenchHarness.Identity;
using BenchHarness.Results;
using static BenchHarness.Testing.SyntheticBenchmark;

namespace BenchHarness.Testing;

/// <summary>Synthetic result sets that exercise every part of the report.</summary>
public static class ReportScenarios
{
    /// <summary>Every character that must stay text: tags, an event handler, entities and both quotes.</summary>
    public const string Hostile = "<script>document.title='pwned'</script>&amp;\"q\"<img src=x onerror=alert(1)>";

    /// <summary>A harness name whose parameter carries markup, so the hostile text reaches chart labels too.</summary>
    public const string HostileTag = "<svg onload=alert(1)>\"&'";

    public static readonly string ForeignHostileName = $"Evil.Hostile.Run{Hostile}(N: 1)";

    /// <summary>
    /// P01 (steady, a size sweep, fix faster in graph mode), P03 (steady and first call: break-even), a P06 pair whose
    /// case label is hostile, and a foreign-named benchmark whose name is hostile; three processes of ten iterations.
    /// </summary>
    public static SyntheticResultSet Rich(string runId = "rich")
    {
        var benchmarks = new List<SyntheticBenchmark>();
        int seed = 1;
        foreach (int size in new[] { 16, 256, 4096 })
            foreach (ExecutionMode mode in Enum.GetValues<ExecutionMode>())
            {
                double anti = 50_000 + size * 10;
                double fix = mode == ExecutionMode.Graph ? anti / 1.6 : anti * 1.01;
                benchmarks.Add(Named("P01", PairMember.Anti, mode, ComputeDevice.Cpu, size, Samples(anti, 3, 10, seed++, 0.03, 0.02)));
                benchmarks.Add(Named("P01", PairMember.Fix, mode, ComputeDevice.Cpu, size, Samples(fix, 3, 10, seed++, 0.03, 0.02)));
            }
        foreach (int size in new[] { 256, 262144 })
            foreach (ExecutionMode mode in Enum.GetValues<ExecutionMode>())
            {
                bool graph = mode == ExecutionMode.Graph;
                double fixSteady = 10_000 + size / 2.0;
                double antiSteady = graph ? fixSteady * 20 : fixSteady;
                benchmarks.Add(Named("P03", PairMember.Anti, mode, ComputeDevice.Cpu, size, Samples(antiSteady, 3, 10, seed++, 0.03, 0.02)));
                benchmarks.Add(Named("P03", PairMember.Fix, mode, ComputeDevice.Cpu, size, Samples(fixSteady, 3, 10, seed++, 0.03, 0.02)));
                benchmarks.Add(Named("P03", PairMember.Anti, mode, ComputeDevice.Cpu, size, Samples(antiSteady * 3 + (graph ? 2e6 : 0), 3, 10, seed++, 0.03), CallPhase.FirstCall));
                benchmarks.Add(Named("P03", PairMember.Fix, mode, ComputeDevice.Cpu, size, Samples(fixSteady * 3 + (graph ? 8e6 : 0), 3, 10, seed++, 0.03), CallPhase.FirstCall));
            }
        foreach (PairMember member in Enum.GetValues<PairMember>())
            benchmarks.Add(new SyntheticBenchmark(
                $"BenchHarness.Benchmarks.Patterns.P06Synthetic.{member}(Tag: {HostileTag}, Device: Cpu, Mode: Graph)",
                Samples(member == PairMember.Anti ? 30_000 : 20_000, 3, 10, seed++, 0.03)));
        benchmarks.Add(new SyntheticBenchmark(ForeignHostileName, Samples(1_000, 3, 10, seed, 0.05)));
        return new SyntheticResultSet(benchmarks, RunId: runId);
    }

    /// <summary>P01 with a clear graph-mode effect and an eager control (identical code) that measures 1.3x: a biased measurement.</summary>
    public static SyntheticResultSet WithBiasedP01Control()
    {
        var benchmarks = new List<SyntheticBenchmark>();
        int seed = 1;
        foreach (ExecutionMode mode in Enum.GetValues<ExecutionMode>())
        {
            double anti = 50_000;
            double fix = anti / (mode == ExecutionMode.Graph ? 1.6 : 1.3);
            benchmarks.Add(Named("P01", PairMember.Anti, mode, ComputeDevice.Cpu, 16, Samples(anti, 3, 10, seed++, 0.01, 0.01)));
            benchmarks.Add(Named("P01", PairMember.Fix, mode, ComputeDevice.Cpu, 16, Samples(fix, 3, 10, seed++, 0.01, 0.01)));
        }
        return new SyntheticResultSet(benchmarks, RunId: "biased-control");
    }

    /// <summary>A manifest edit: the first suite failed (no results), everything else as written.</summary>
    public static RunManifest WithFailedSuite(RunManifest manifest, string patternId) => manifest with
    {
        Status = RunStatus.CompleteWithFailures,
        Suites = manifest.Suites.Select(s => s.PatternId == patternId
            ? s with { Status = SuiteStatus.Failed, Reason = "process exited with code 134 <boom>", ResultsFile = null, Benchmarks = 0 }
            : s).ToArray(),
    };

    public static RunManifest AsSmoke(RunManifest manifest) => manifest with
    {
        Options = manifest.Options with { Profile = BenchHarness.Planning.BenchmarkProfile.Smoke },
        ProfileSettings = BenchHarness.Planning.ProfileSettings.For(BenchHarness.Planning.BenchmarkProfile.Smoke),
    };
}
