using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Benchmarks.Patterns;
using BenchHarness.Benchmarks.Suites;
using BenchHarness.Catalog;
using BenchHarness.Identity;
using BenchHarness.Results;

namespace BenchHarness.Tests.Suites;

public class SemanticProbeTests
{
    [Fact]
    public void Probes_exist_for_the_entries_shown_by_behaviour_and_match_their_kind()
    {
        foreach (AntiPattern pattern in PatternCatalog.All.Where(p => p.Kind is PatternKind.SemanticDivergence or PatternKind.Incompatibility))
        {
            Type probe = Assert.Contains(pattern.Id, SuiteCatalog.Probes);
            FindingKind expected = pattern.Kind == PatternKind.SemanticDivergence ? FindingKind.Divergence : FindingKind.Incompatibility;
            Assert.Equal(expected, ((ISemanticProbe)Activator.CreateInstance(probe)!).Kind);
        }
    }

    [Fact]
    public void A_host_iterator_inside_a_graph_makes_eager_and_graph_diverge()
    {
        SemanticFinding finding = new P08HostIteratorInGraph().Run(ComputeDevice.Cpu);

        Assert.True(finding.Observed);
        Assert.Equal(FindingKind.Divergence, finding.Kind);
        Assert.Contains("eager saw 1, 2, 3; graph saw 1, 1, 1", finding.Detail);
    }

    [Fact]
    public void Recursion_is_reported_incompatible_without_taking_the_harness_down()
    {
        SemanticFinding finding = new P12RecursionInGraph().Run(ComputeDevice.Cpu);

        Assert.True(finding.Observed, finding.Detail);
        Assert.Equal("graph: incompatible", finding.Summary);
        Assert.Contains("eager tree_sum(1..16) = 136", finding.Detail);
        Assert.Contains("called recursively", finding.Detail);
    }

    [Fact]
    public void Scripts_expected_to_be_refused_are_never_compiled_in_process()
    {
        Assert.DoesNotContain(P12RecursionInGraph.Script, TorchScriptSource.Embedded());
        Assert.EndsWith(TorchScriptSource.IncompatibleSuffix, P12RecursionInGraph.Script);
    }

    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e-20, "1E-20")]
    [InlineData(-3.0, "-3.0")]
    public void Float_literals_stay_floats(double value, string literal) =>
        Assert.Equal(literal, TorchScriptSource.FloatLiteral(value));

    [Fact]
    public void Non_finite_values_have_no_literal() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TorchScriptSource.FloatLiteral(double.NaN));
}
