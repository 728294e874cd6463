using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Benchmarks.Patterns;
using BenchHarness.Benchmarks.Hosting;
using BenchHarness.Benchmarks.Suites;
using BenchHarness.Catalog;
using BenchHarness.Identity;
using BenchHarness.Results;

namespace BenchHarness.IntegrationTests.Suites;

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
    public void The_finding_needs_the_compilers_recursion_error()
    {
        var refused = new IsolatedCompiler.Result(false, 134,
            "terminate called after throwing an instance of 'torch::jit::ErrorReport'\n  what():  function 'tree_sum' is called recursively. Recursive calls are not supported");

        SemanticFinding finding = new P12RecursionInGraph(Compiling(refused)).Run(ComputeDevice.Cpu);

        Assert.True(finding.Observed);
        Assert.Equal("graph: incompatible", finding.Summary);
        Assert.Contains("is called recursively", finding.Detail);
    }

    [Theory]
    [InlineData(1, "Unhandled exception. System.DllNotFoundException: Unable to load shared library 'LibTorchSharp'", false, "DllNotFoundException")]
    [InlineData(134, "terminate called after throwing an instance of 'c10::Error'\n  what():  out of memory", false, "out of memory")]
    [InlineData(-1, "compilation did not finish within 60 s", true, "did not finish")]
    public void Any_other_failure_of_the_child_fails_the_probe_with_the_reason(int exitCode, string output, bool timedOut, string expected)
    {
        var probe = new P12RecursionInGraph(Compiling(new IsolatedCompiler.Result(false, exitCode, output, timedOut)));

        var failure = Assert.Throws<ProbeFailedException>(() => probe.Run(ComputeDevice.Cpu));

        Assert.Contains(expected, failure.Message);
        Assert.Contains("recursion error", failure.Message);
        Assert.DoesNotContain('\n', failure.Message);
    }

    [Fact]
    public void A_failed_probe_fails_its_suite_with_the_reason()
    {
        var probe = new P12RecursionInGraph(Compiling(new IsolatedCompiler.Result(false, 1, "natives did not load")));

        SuiteRunner.ProbeOutcome outcome = SuiteRunner.RunProbe(probe, ComputeDevice.Cpu);

        Assert.Null(outcome.Finding);
        Assert.Contains("natives did not load", outcome.Failure);
    }

    [Fact]
    public void An_accepted_recursion_is_reported_as_not_observed()
    {
        SemanticFinding finding = new P12RecursionInGraph(Compiling(new IsolatedCompiler.Result(true, 0, "ok"))).Run(ComputeDevice.Cpu);

        Assert.False(finding.Observed);
        Assert.StartsWith("graph: compiled", finding.Summary);
    }

    private static Func<string, TimeSpan, IsolatedCompiler.Result> Compiling(IsolatedCompiler.Result result) => (_, _) => result;

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
