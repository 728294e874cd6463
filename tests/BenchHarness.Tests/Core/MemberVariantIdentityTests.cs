using BenchHarness.Identity;

namespace BenchHarness.Tests.Core;

/// <summary>Issue 14 item 3: a member variant is named between the member and the phase and reads as a parameter of its own.</summary>
public sealed class MemberVariantIdentityTests
{
    [Fact]
    public void A_variant_is_its_member_with_a_variant_parameter_so_it_has_a_case_and_name_of_its_own()
    {
        var plain = BenchmarkIdentity.Parse("BenchHarness.Benchmarks.Patterns.P03ScalarRetracing.Fix(Size: 256, Device: Cpu, Mode: Graph)");
        var variant = BenchmarkIdentity.Parse("BenchHarness.Benchmarks.Patterns.P03ScalarRetracing.Fix_TensorArgument(Size: 256, Device: Cpu, Mode: Graph)");

        Assert.Equal((PairMember.Fix, CallPhase.Steady), (variant.Member, variant.Phase));
        Assert.Equal("TensorArgument", variant.Variant);
        Assert.Null(plain.Variant);
        Assert.Equal("Size=256, Variant=TensorArgument", variant.Case);
        Assert.Equal("P03.Fix(Device: Cpu, Mode: Graph, Size: 256, Variant: TensorArgument)", variant.CanonicalName);
        Assert.NotEqual(plain.CanonicalName, variant.CanonicalName);
        Assert.Equal(plain.CanonicalName, variant.WithoutVariant().CanonicalName);
    }

    [Theory]
    [InlineData("P04ShapeRetracing.Anti_ColdEpochFirstCall(Size: 16, Device: Cpu, Mode: Graph)", PairMember.Anti, CallPhase.FirstCall, "ColdEpoch")]
    [InlineData("P06RedundantNestedGraph.Anti_Nested(Size: 16, Device: Cpu, Mode: Graph)", PairMember.Anti, CallPhase.Steady, "Nested")]
    [InlineData("P04ShapeRetracing.FixFirstCall(Size: 16, Device: Cpu, Mode: Graph)", PairMember.Fix, CallPhase.FirstCall, null)]
    [InlineData("P11HostSyncInLoop.AntiThroughput(Size: 16, Device: Cpu, Mode: Graph)", PairMember.Anti, CallPhase.Throughput, null)]
    public void Reads_the_variant_between_member_and_phase(string fullName, PairMember member, CallPhase phase, string? variant)
    {
        var identity = BenchmarkIdentity.Parse(fullName);

        Assert.Equal((member, phase, variant), (identity.Member, identity.Phase, identity.Variant));
    }

    [Fact]
    public void A_variant_whose_name_clashes_with_a_variant_parameter_is_no_harness_name() =>
        Assert.False(BenchmarkIdentity.TryParse("P03X.Fix_Tensor(Variant: a, Device: Cpu, Mode: Graph)", out _));
}
