using BenchHarness.Analysis.Loading;
using BenchHarness.Analysis.Pairs;
using BenchHarness.Catalog;
using BenchHarness.Identity;

namespace BenchHarness.Tests.Analysis;

/// <summary>
/// Issue 14 item 3: a member variant pairs with the other side's member itself (a second fix against the anti-pattern,
/// a second anti-pattern against the fix), a variant of both sides with its own partner; the verdict stays the pair's.
/// </summary>
public sealed class VariantPairingTests
{
    private static int seed;

    private static BenchmarkSamples Benchmark(string method, double median, string type = "P03ScalarRetracing")
    {
        string name = $"BenchHarness.Benchmarks.Patterns.{type}.{method}(Size: 256, Device: Cpu, Mode: Graph)";
        return new BenchmarkSamples(name, BenchmarkIdentity.Parse(name),
            SyntheticBenchmark.Samples(median, 4, 10, Interlocked.Increment(ref seed)), "variants.json");
    }

    [Fact]
    public void A_second_fix_is_compared_with_the_anti_pattern_and_keeps_its_own_key()
    {
        BenchmarkSamples anti = Benchmark("Anti", 20_000), fix = Benchmark("Fix", 1_000), tensorFix = Benchmark("Fix_TensorArgument", 1_100);

        PairAnalysis analysis = PairAnalyzer.Analyze([anti, fix, tensorFix]);

        Assert.Equal(2, analysis.FixVsAnti.Count);
        Comparison variant = analysis.FixVsAnti.Single(c => c.Key.Variant == "TensorArgument");
        Assert.Same(anti, variant.Reference);
        Assert.Same(tensorFix, variant.Candidate);
        Assert.Equal("P03 Fix vs Anti, Graph, Cpu, Size=256, Variant=TensorArgument", variant.Key.ToString());
        Assert.Same(fix, analysis.FixVsAnti.Single(c => c.Key.Variant is null).Candidate);
        Assert.Empty(analysis.Unpaired);
    }

    [Fact]
    public void A_second_anti_pattern_is_compared_with_the_fix()
    {
        BenchmarkSamples anti = Benchmark("Anti", 3_000, "P06RedundantNestedGraph"), fix = Benchmark("Fix", 1_000, "P06RedundantNestedGraph");
        BenchmarkSamples nested = Benchmark("Anti_Nested", 1_000, "P06RedundantNestedGraph");

        Comparison variant = PairAnalyzer.Analyze([anti, fix, nested]).FixVsAnti.Single(c => c.Key.Variant == "Nested");

        Assert.Same(nested, variant.Reference);
        Assert.Same(fix, variant.Candidate);
    }

    [Fact]
    public void A_variant_of_both_members_pairs_with_itself()
    {
        BenchmarkSamples antiEpoch = Benchmark("Anti_ColdEpochFirstCall", 90_000, "P04ShapeRetracing");
        BenchmarkSamples fixEpoch = Benchmark("Fix_ColdEpochFirstCall", 9_000, "P04ShapeRetracing");
        BenchmarkSamples plainFirstCall = Benchmark("FixFirstCall", 2_000, "P04ShapeRetracing");

        PairAnalysis analysis = PairAnalyzer.Analyze([antiEpoch, fixEpoch, plainFirstCall]);

        Comparison epoch = Assert.Single(analysis.FixVsAnti);
        Assert.Equal((CallPhase.FirstCall, "ColdEpoch"), (epoch.Key.Phase, epoch.Key.Variant));
        Assert.Same(antiEpoch, epoch.Reference);
        Assert.Same(fixEpoch, epoch.Candidate);
        Assert.Contains(plainFirstCall, analysis.Unpaired);
    }

    [Fact]
    public void Variants_are_shown_but_not_judged()
    {
        AntiPattern p06 = PatternCatalog.All.Single(p => p.Id == "P06");
        BenchmarkSamples anti = Benchmark("Anti", 3_000, "P06RedundantNestedGraph"), fix = Benchmark("Fix", 1_000, "P06RedundantNestedGraph");
        // A variant far slower than the fix would make the verdict mixed if it were evidence.
        BenchmarkSamples nested = Benchmark("Anti_Nested", 500, "P06RedundantNestedGraph");

        Reproduction verdict = ReproductionRule.Judge(p06, PairAnalyzer.Analyze([anti, fix, nested]).FixVsAnti);

        Assert.Equal(ReproductionVerdict.Reproduced, verdict.Verdict);
        Assert.All(verdict.Evidence, c => Assert.Null(c.Key.Variant));
    }
}
