using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Benchmarks.Patterns;
using BenchHarness.Benchmarks.Hosting;
using BenchHarness.Benchmarks.Suites;
using BenchHarness.Identity;
using BenchHarness.Results;
using static TorchSharp.torch;

namespace BenchHarness.IntegrationTests.Suites;

/// <summary>
/// The equivalence check must check what is timed: the inputs drawn with the requested seed, the requested threads,
/// and more than a member's first call (stateful members: a schedule, a stream of lengths, a cache that fills up).
/// </summary>
public class EquivalenceCheckerTests
{
    private static readonly TorchSettings Requested = new(Threads: 1, Seed: SessionEcho.ExpectedSeed);

    [Fact]
    public void Checks_run_with_the_requested_seed_and_threads()
    {
        IReadOnlyList<EquivalenceCheck> checks = EquivalenceChecker.Check(typeof(SessionEcho), [ComputeDevice.Cpu], [ExecutionMode.Eager], Requested);

        Assert.NotEmpty(checks);
        Assert.Null(EquivalenceChecker.FirstFailure(checks));
    }

    [Fact]
    public void A_seed_other_than_the_requested_one_is_caught()
    {
        IReadOnlyList<EquivalenceCheck> checks = EquivalenceChecker.Check(
            typeof(SessionEcho), [ComputeDevice.Cpu], [ExecutionMode.Eager], Requested with { Seed = SessionEcho.ExpectedSeed + 1 });

        Assert.NotNull(EquivalenceChecker.FirstFailure(checks));
    }

    [Theory]
    [InlineData(typeof(P01WrongFromSecondCall), 2)]
    [InlineData(typeof(P03WrongFromSecondCall), 2)]
    public void A_fix_that_goes_wrong_after_its_first_call_fails_the_check(Type suite, int wrongFrom)
    {
        IReadOnlyList<EquivalenceCheck> checks = EquivalenceChecker.Check(suite, [ComputeDevice.Cpu], [ExecutionMode.Graph], Requested);

        string? failure = EquivalenceChecker.FirstFailure(checks);
        Assert.NotNull(failure);
        Assert.StartsWith("outputs differ: Fix/Graph", failure);
        Assert.Contains($"call {wrongFrom} of ", failure);
    }

    [Fact]
    public void P04_is_checked_on_every_length_of_its_epoch()
    {
        Assert.True(new P04ShapeRetracing().EquivalenceCalls >= P04ShapeRetracing.DistinctLengths);

        IReadOnlyList<EquivalenceCheck> checks = EquivalenceChecker.Check(typeof(P04WrongOnLastLength), [ComputeDevice.Cpu], [ExecutionMode.Graph], Requested);

        string? failure = EquivalenceChecker.FirstFailure(checks);
        Assert.NotNull(failure);
        Assert.Contains($"call {P04ShapeRetracing.DistinctLengths} of ", failure);
    }

    [Theory]
    [MemberData(nameof(PairSuiteTests.SuiteIds), MemberType = typeof(PairSuiteTests))]
    public void Every_suite_compares_at_least_three_consecutive_calls(string id)
    {
        var suite = (PairSuite)Activator.CreateInstance(SuiteCatalog.All[id])!;
        Assert.True(suite.EquivalenceCalls >= 3, $"{id} compares {suite.EquivalenceCalls} calls");
    }

    [Fact]
    public void A_first_call_is_compared_on_each_of_its_calls()
    {
        using var suite = new P03ScalarRetracing { Device = ComputeDevice.Cpu, Mode = ExecutionMode.Graph, Size = 256, Session = Requested };
        suite.GlobalSetup();
        IReadOnlyList<Tensor> outputs = suite.Evaluate(PairMember.Fix, CallPhase.FirstCall, calls: 1);
        try
        {
            Assert.Equal(3, outputs.Count);
        }
        finally
        {
            foreach (Tensor output in outputs)
                output.Dispose();
        }
    }

    /// <summary>
    /// Both members output what the process was set up with: the anti-pattern the input drawn after seeding and the
    /// intra-op thread count, the fix the values the requested settings must give.
    /// </summary>
    public class SessionEcho : PairSuite
    {
        public const int ExpectedSeed = 4242;
        private Tensor drawn = null!;

        public override IReadOnlyList<int> SizesOn(ComputeDevice device) => [4, 8];

        protected override void Prepare() => drawn = RandomTensor(Size);

        protected override Func<Tensor> Member(PairMember member, ExecutionMode mode) => member == PairMember.Anti
            ? () => cat([drawn, tensor(new[] { (float)get_num_threads() })])
            : () =>
            {
                using var generator = new Generator(ExpectedSeed);
                return cat([randn([Size], dtype: float32, generator: generator), tensor(new[] { (float)Requested.Threads })]);
            };
    }

    public class P01WrongFromSecondCall : P01MissingHybridization
    {
        protected override Func<Tensor> Member(PairMember member, ExecutionMode mode) => WrongFrom(2, member, base.Member(member, mode));
    }

    public class P03WrongFromSecondCall : P03ScalarRetracing
    {
        protected override Func<Tensor> Member(PairMember member, ExecutionMode mode) => WrongFrom(2, member, base.Member(member, mode));
    }

    public class P04WrongOnLastLength : P04ShapeRetracing
    {
        // Every call of an epoch has a new length; the last one is met only after the per-shape cache has been emptied.
        protected override Func<Tensor> Member(PairMember member, ExecutionMode mode) =>
            WrongFrom(DistinctLengths, member, base.Member(member, mode));
    }

    /// <summary>The fix as given up to call <paramref name="call"/> - 1, then 1% off.</summary>
    private static Func<Tensor> WrongFrom(int call, PairMember member, Func<Tensor> implementation)
    {
        if (member == PairMember.Anti)
            return implementation;
        int calls = 0;
        return () => ++calls >= call ? implementation() * 1.01 : implementation();
    }
}
