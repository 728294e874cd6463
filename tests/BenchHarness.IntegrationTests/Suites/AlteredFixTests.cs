using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Benchmarks.Patterns;
using BenchHarness.Benchmarks.Hosting;
using BenchHarness.Benchmarks.Suites;
using BenchHarness.Identity;
using BenchHarness.Results;
using static TorchSharp.torch;

namespace BenchHarness.IntegrationTests.Suites;

/// <summary>
/// The equivalence check must catch a wrong refactoring: for every pair, a fix that computes something slightly
/// different (1% and 0.01 off, what a dropped term or a changed constant looks like) is refused before timing.
/// </summary>
public class AlteredFixTests
{
    private static readonly Type[] AlteredSuites =
    [
        typeof(AlteredP01), typeof(AlteredP02), typeof(AlteredP03), typeof(AlteredP04), typeof(AlteredP05),
        typeof(AlteredP06), typeof(AlteredP07), typeof(AlteredP09), typeof(AlteredP10), typeof(AlteredP11),
    ];

    public static TheoryData<Type> Suites() => new(AlteredSuites);

    [Fact]
    public void Every_pair_has_an_altered_variant()
    {
        Assert.Equal(
            SuiteCatalog.All.Values.Select(t => t.Name).Order(),
            AlteredSuites.Select(t => t.BaseType!.Name).Order());
    }

    [Theory]
    [MemberData(nameof(Suites))]
    public void A_fix_that_computes_something_else_fails_the_check(Type altered)
    {
        IReadOnlyList<EquivalenceCheck> checks = EquivalenceChecker.Check(altered, [ComputeDevice.Cpu], Enum.GetValues<ExecutionMode>(), TorchSettings.FromEnvironment());

        string? failure = EquivalenceChecker.FirstFailure(checks);
        Assert.NotNull(failure);
        Assert.StartsWith("outputs differ: Fix", failure);
        Assert.All(checks.Where(c => c.Candidate.StartsWith("Fix", StringComparison.Ordinal)), c => Assert.False(c.Equivalent, c.Candidate));
        Assert.All(checks.Where(c => c.Candidate.StartsWith("Anti", StringComparison.Ordinal)), c => Assert.True(c.Equivalent, c.Candidate));
    }

    private static Func<Tensor> Alter(PairMember member, Func<Tensor> implementation) =>
        member == PairMember.Fix ? () => implementation() * 1.01 + 0.01 : implementation;

    public class AlteredP01 : P01MissingHybridization
    {
        protected override Func<Tensor> Member(PairMember member, ExecutionMode mode) => Alter(member, base.Member(member, mode));
    }

    public class AlteredP02 : P02UnprofitableHybridization
    {
        protected override Func<Tensor> Member(PairMember member, ExecutionMode mode) => Alter(member, base.Member(member, mode));

        protected override Func<Tensor> FirstCall(PairMember member, ExecutionMode mode) => Alter(member, base.FirstCall(member, mode));
    }

    public class AlteredP03 : P03ScalarRetracing
    {
        protected override Func<Tensor> Member(PairMember member, ExecutionMode mode) => Alter(member, base.Member(member, mode));

        protected override Func<Tensor> FirstCall(PairMember member, ExecutionMode mode) => Alter(member, base.FirstCall(member, mode));

        protected override Func<Tensor> VariantMember(MemberVariant variant) => Alter(variant.Member, base.VariantMember(variant));
    }

    public class AlteredP04 : P04ShapeRetracing
    {
        protected override Func<Tensor> Member(PairMember member, ExecutionMode mode) => Alter(member, base.Member(member, mode));

        protected override Func<Tensor> FirstCall(PairMember member, ExecutionMode mode) => Alter(member, base.FirstCall(member, mode));

        protected override Func<Tensor> VariantMember(MemberVariant variant) => Alter(variant.Member, base.VariantMember(variant));
    }

    public class AlteredP05 : P05GraphCreatedInLoop
    {
        protected override Func<Tensor> Member(PairMember member, ExecutionMode mode) => Alter(member, base.Member(member, mode));

        protected override Func<Tensor> FirstCall(PairMember member, ExecutionMode mode) => Alter(member, base.FirstCall(member, mode));
    }

    public class AlteredP06 : P06RedundantNestedGraph
    {
        protected override Func<Tensor> Member(PairMember member, ExecutionMode mode) => Alter(member, base.Member(member, mode));
    }

    public class AlteredP07 : P07SideEffectInGraph
    {
        protected override Func<Tensor> Member(PairMember member, ExecutionMode mode) => Alter(member, base.Member(member, mode));
    }

    public class AlteredP09 : P09UnrolledLoop
    {
        protected override Func<Tensor> Member(PairMember member, ExecutionMode mode) => Alter(member, base.Member(member, mode));

        protected override Func<Tensor> FirstCall(PairMember member, ExecutionMode mode) => Alter(member, base.FirstCall(member, mode));
    }

    public class AlteredP10 : P10VariableInStep
    {
        protected override Func<Tensor> Member(PairMember member, ExecutionMode mode) => Alter(member, base.Member(member, mode));
    }

    public class AlteredP11 : P11HostSyncInLoop
    {
        protected override Func<Tensor> Member(PairMember member, ExecutionMode mode) => Alter(member, base.Member(member, mode));
    }
}
