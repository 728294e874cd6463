using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Benchmarks.Patterns;
using BenchHarness.Benchmarks.Running;
using BenchHarness.Benchmarks.Suites;
using BenchHarness.Catalog;
using BenchHarness.Identity;
using BenchHarness.Results;
using TorchSharp;
using static TorchSharp.torch;

namespace BenchHarness.Tests.Suites;

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
        int[] sizes = ((PairSuite)Activator.CreateInstance(suite)!).Sizes.ToArray();
        Assert.True(sizes.Length >= 2, "a size sweep needs a dispatch-bound and a compute-bound point");
        Assert.Equal(sizes.Order(), sizes);
    }

    [Theory]
    [MemberData(nameof(SuiteIds))]
    public void Anti_pattern_and_fix_compute_the_same_outputs_in_both_modes(string id)
    {
        IReadOnlyList<EquivalenceCheck> checks = EquivalenceChecker.Check(
            SuiteCatalog.All[id], [ComputeDevice.Cpu], Enum.GetValues<ExecutionMode>(), TorchSettings.FromEnvironment());

        Assert.Null(EquivalenceChecker.FirstFailure(checks));
        var suite = (PairSuite)Activator.CreateInstance(SuiteCatalog.All[id])!;
        // Fix/Eager, Anti/Graph, Fix/Graph against Anti/Eager; and all four first calls where measured.
        int perSize = suite.MeasuresFirstCall ? 3 + 4 : 3;
        Assert.Equal(suite.Sizes.Count() * perSize, checks.Count);
    }

    [Theory]
    [MemberData(nameof(SuitesAndModes))]
    public void Measured_calls_leak_no_tensors(string id, ExecutionMode mode)
    {
        long before = Tensor.TotalCount;
        var suite = (PairSuite)Activator.CreateInstance(SuiteCatalog.All[id])!;
        suite.Device = ComputeDevice.Cpu;
        suite.Mode = mode;
        suite.Size = suite.Sizes.First();
        suite.GlobalSetup();

        Action[] benchmarks = suite.MeasuresFirstCall
            ? [suite.Anti, suite.Fix, suite.AntiFirstCall, suite.FixFirstCall]
            : [suite.Anti, suite.Fix];

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
    public void Suites_without_first_call_support_say_so_instead_of_measuring_nothing()
    {
        var suite = new P01MissingHybridization { Device = ComputeDevice.Cpu, Mode = ExecutionMode.Graph, Size = 16 };
        suite.GlobalSetup();
        var error = Assert.Throws<InvalidOperationException>(suite.AntiFirstCall);
        Assert.Contains("does not measure first calls", error.Message);
        suite.GlobalCleanup();
    }
}
