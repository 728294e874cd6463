using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Benchmarks.Patterns;
using BenchHarness.Benchmarks.Hosting;
using BenchHarness.Benchmarks.Suites;
using BenchHarness.Catalog;
using BenchHarness.Identity;
using BenchHarness.Results;
using BenchHarness.Planning;
using TorchSharp;
using static TorchSharp.torch;

namespace BenchHarness.IntegrationTests.Suites;

public class PairSuiteTests
{
    public static TheoryData<string> SuiteIds() => new(SuiteCatalog.All.Keys.Order());

    public static TheoryData<string, ExecutionMode> SuitesAndModes()
    {
        var data = new TheoryData<string, ExecutionMode>();
        foreach (string id in SuiteCatalog.All.Keys.Order())
        foreach (ExecutionMode mode in Enum.GetValues<ExecutionMode>())
            data.Add(id, mode);
        return data;
    }

    [Theory]
    [MemberData(nameof(SuiteIds))]
    public void Suites_follow_the_naming_convention_and_reproduce_a_performance_pair(string id)
    {
        Type suite = SuiteCatalog.All[id];
        AntiPattern pattern = PatternCatalog.Find(id)!;

        Assert.Equal(PatternKind.PerformancePair, pattern.Kind);
        Assert.StartsWith(id, suite.Name);
        Assert.False(suite.IsSealed, "BenchmarkDotNet derives from the suite");
        var pair = (PairSuite)Activator.CreateInstance(suite)!;
        IReadOnlyList<int> cpu = pair.SizesOn(ComputeDevice.Cpu), cuda = pair.SizesOn(ComputeDevice.Cuda);
        Assert.True(cpu.Count >= 2, "a size sweep needs a dispatch-bound and a compute-bound point");
        Assert.True(cuda.Count >= 3, "a CUDA sweep needs a point between launch-bound and compute-bound to locate a crossover");
        Assert.Equal(cpu.Order(), cpu);
        Assert.Equal(cuda.Order(), cuda);
        Assert.Equal(cpu.Union(cuda).Order(), pair.Sizes);
    }

    /// <summary>
    /// The CPU sweeps keep the points the default whole-catalog run was budgeted with (20 of its 25 minutes, issue 11):
    /// the catalog may grow by a tenth in cases, which the throughput variant of P01, P06 and P11 takes.
    /// </summary>
    [Fact]
    public void The_cpu_catalog_keeps_its_sweeps_and_grows_only_by_its_throughput_cases_and_ten_member_variants()
    {
        var request = new SuiteRequest("all", [ComputeDevice.Cpu], Enum.GetValues<ExecutionMode>(), BenchmarkProfile.Default,
            ProfileSettings.For(BenchmarkProfile.Default), 1, 1, "/unused", "/unused/plan.json");
        Dictionary<string, int> cases = SuiteCatalog.All.ToDictionary(s => s.Key, s => LaunchRunner.Cases(s.Value, request).Count);
        Dictionary<string, string> cpuSizes = SuiteCatalog.All.ToDictionary(s => s.Key,
            s => string.Join(",", ((PairSuite)Activator.CreateInstance(s.Value)!).SizesOn(ComputeDevice.Cpu)));

        Assert.Equal(new Dictionary<string, string>
        {
            ["P01"] = "16,256", ["P02"] = "16,256", ["P03"] = "256,262144", ["P04"] = "16,256", ["P05"] = "16,1024",
            ["P06"] = "16,512", ["P07"] = "16,1024", ["P09"] = "8,64", ["P10"] = "16,512", ["P11"] = "256,65536",
        }, cpuSizes);
        const int before = 120; // 2 members x 2 modes x 2 sizes per suite, twice for the five that time first calls
        // throughput: 2 members x 2 modes at one CPU size, for P01, P06, P11; variants, graph mode, both sizes: P03 one,
        // P04 three, P06 one (docs/patterns.md, "Member variants").
        Assert.Equal(before + 12 + 10, cases.Values.Sum());
        Assert.Equal(12, cases["P01"]);
        Assert.Equal((18, 22, 14), (cases["P03"], cases["P04"], cases["P06"]));
    }

    [Fact]
    public void Throughput_is_timed_where_it_matters_at_one_cpu_size_and_every_cuda_size()
    {
        string[] measuring = SuiteCatalog.All.Where(s => ((PairSuite)Activator.CreateInstance(s.Value)!).MeasuresThroughput)
            .Select(s => s.Key).Order().ToArray();
        var p11 = new P11HostSyncInLoop();

        Assert.Equal(["P01", "P06", "P11"], measuring);
        Assert.Equal(new[] { 256 }, p11.ThroughputSizesOn(ComputeDevice.Cpu));
        Assert.Equal(p11.SizesOn(ComputeDevice.Cuda), p11.ThroughputSizesOn(ComputeDevice.Cuda));
        Assert.Equal(CallPhase.Throughput, PairSuite.PhaseOf(nameof(PairSuite.FixThroughput)));
        Assert.Equal(CallPhase.FirstCall, PairSuite.PhaseOf(nameof(PairSuite.AntiFirstCall)));
        Assert.Equal(CallPhase.Steady, PairSuite.PhaseOf(nameof(PairSuite.Anti)));
    }

    [Theory]
    [MemberData(nameof(SuiteIds))]
    public void Anti_pattern_and_fix_compute_the_same_outputs_in_both_modes(string id)
    {
        IReadOnlyList<EquivalenceCheck> checks = EquivalenceChecker.Check(
            SuiteCatalog.All[id], [ComputeDevice.Cpu], Enum.GetValues<ExecutionMode>(), TorchSettings.FromEnvironment());

        Assert.Null(EquivalenceChecker.FirstFailure(checks));
        var suite = (PairSuite)Activator.CreateInstance(SuiteCatalog.All[id])!;
        // Fix/Eager, Anti/Graph, Fix/Graph against Anti/Eager; all four first calls where measured; every member variant.
        int perSize = (suite.MeasuresFirstCall ? 3 + 4 : 3) + suite.Variants.Count;
        Assert.Equal(suite.SizesOn(ComputeDevice.Cpu).Count * perSize, checks.Count);
    }

    [Theory]
    [MemberData(nameof(SuitesAndModes))]
    public void Measured_calls_leak_no_tensors(string id, ExecutionMode mode)
    {
        long before = Tensor.TotalCount;
        var suite = (PairSuite)Activator.CreateInstance(SuiteCatalog.All[id])!;
        suite.Device = ComputeDevice.Cpu;
        suite.Mode = mode;
        suite.Size = suite.SizesOn(ComputeDevice.Cpu)[0];
        suite.GlobalSetup();

        Action[] benchmarks =
        [
            suite.Anti, suite.Fix,
            .. suite.MeasuresFirstCall ? new Action[] { suite.AntiFirstCall, suite.FixFirstCall } : [],
            .. suite.MeasuresThroughput ? new Action[] { suite.AntiThroughput, suite.FixThroughput } : [],
            .. suite.Variants.Where(v => v.Mode == mode)
                .Select(v => (Action)(() => suite.GetType().GetMethod(v.MethodName)!.Invoke(suite, null))),
        ];

        foreach (Action benchmark in benchmarks)
            benchmark();
        long warm = Tensor.TotalCount;
        for (int i = 0; i < 10; i++)
        {
            foreach (Action benchmark in benchmarks)
                benchmark();
        }
        long afterCalls = Tensor.TotalCount;
        suite.GlobalCleanup();

        Assert.Equal(warm, afterCalls);
        Assert.Equal(before, Tensor.TotalCount);
    }

    [Fact]
    public void What_a_first_call_includes_is_timed_stage_by_stage()
    {
        string[] lines = [.. FirstUseProfiler.Describe(typeof(P02UnprofitableHybridization), [ComputeDevice.Cpu], TorchSettings.FromEnvironment())];

        Assert.Equal(2, lines.Length);
        Assert.Matches(@"^P02UnprofitableHybridization first use of Anti/Graph on Cpu, Size=16: compile [\d.]+ ms, " +
                       @"call 1 \(profiling run\) [\d.]+ ms, call 2 \(optimisation; on CUDA also the fusion compile\) [\d.]+ ms, " +
                       @"call 3 \(optimised graph\) [\d.]+ ms$", lines[0]);
        Assert.StartsWith("P02UnprofitableHybridization first use of Fix/Graph on Cpu, Size=16: call 1", lines[1]); // eager: nothing to compile
        Assert.Empty(FirstUseProfiler.Describe(typeof(P01MissingHybridization), [ComputeDevice.Cpu], TorchSettings.FromEnvironment()));
    }

    [Fact]
    public void Suites_without_first_call_support_say_so_instead_of_measuring_nothing()
    {
        var suite = new P01MissingHybridization { Device = ComputeDevice.Cpu, Mode = ExecutionMode.Graph, Size = 16 };
        suite.GlobalSetup();
        var error = Assert.Throws<InvalidOperationException>(suite.AntiFirstCall);
        Assert.Contains("does not measure first calls", error.Message);
        suite.GlobalCleanup();
    }
}
