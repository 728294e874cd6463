using BenchHarness.Identity;

namespace BenchHarness.Tests.Core;

public class BenchmarkIdentityTests
{
    [Fact]
    public void Reads_pattern_member_mode_device_and_sweep_from_a_full_name()
    {
        var identity = BenchmarkIdentity.Parse(
            "BenchHarness.Benchmarks.Patterns.P01MissingHybridization.Fix(Device: Cuda, Mode: Graph, Size: 256)");

        Assert.Equal("P01", identity.PatternId);
        Assert.Equal(PairMember.Fix, identity.Member);
        Assert.Equal(CallPhase.Steady, identity.Phase);
        Assert.Equal(ExecutionMode.Graph, identity.Mode);
        Assert.Equal(ComputeDevice.Cuda, identity.Device);
        Assert.Equal("256", identity.Parameters["Size"]);
        Assert.Equal("Size=256", identity.Case);
    }

    [Fact]
    public void A_first_call_benchmark_is_the_same_member_in_another_phase()
    {
        var identity = BenchmarkIdentity.Parse("P03ScalarRetracing.AntiFirstCall(Device: Cpu, Mode: Graph, Size: 256)");

        Assert.Equal(PairMember.Anti, identity.Member);
        Assert.Equal(CallPhase.FirstCall, identity.Phase);
    }

    [Fact]
    public void Keeps_array_parameters_whole_and_orders_the_case_by_name()
    {
        var identity = BenchmarkIdentity.Parse("P04ShapeRetracing.Anti(Shapes: [1, 2, 3], Device: Cpu, Mode: Eager, Batch: 8)");

        Assert.Equal("[1, 2, 3]", identity.Parameters["Shapes"]);
        Assert.Equal("Batch=8, Shapes=[1, 2, 3]", identity.Case);
    }

    [Theory]
    [InlineData("BenchHarness.Foo.Bar(Device: Cpu, Mode: Eager)")] // no pattern id
    [InlineData("P01MissingHybridization.Baseline(Device: Cpu, Mode: Eager)")] // not a pair member
    [InlineData("P01MissingHybridization.FixLater(Device: Cpu, Mode: Eager)")] // not a phase
    [InlineData("P01MissingHybridization.Fix(Device: Cpu)")] // no mode
    [InlineData("P01MissingHybridization.Fix(Device: Tpu, Mode: Eager)")] // unknown device
    [InlineData("P01MissingHybridization.Fix")] // no parameters at all
    public void Rejects_names_outside_the_convention(string fullName)
    {
        Assert.False(BenchmarkIdentity.TryParse(fullName, out _));
        Assert.Throws<FormatException>(() => BenchmarkIdentity.Parse(fullName));
    }
}
