using BenchHarness.Benchmarks.Engines.Torch;
using BenchHarness.Benchmarks.Patterns;
using BenchHarness.Benchmarks.Suites;
using BenchHarness.Identity;
using BenchHarness.Results;

namespace BenchHarness.IntegrationTests.Suites;

/// <summary>
/// Finding (iii), incompatibility: eager-only constructs that TorchScript refuses. The compile probes start a real
/// isolated child each; the stand-in compilers only check what a child that fails another way is taken for.
/// </summary>
public class IncompatibilityProbeTests
{
    public static TheoryData<Type, string> CompileRefusals => new()
    {
        { typeof(P18EagerApiInGraph), "'Tensor' object has no attribute or method 'numpy'" },
        { typeof(P19HostCallInGraph), "undefined value report_to_host" },
        { typeof(P20UnsupportedModuleInGraph), "undefined value F" },
    };

    [Theory]
    [MemberData(nameof(CompileRefusals))]
    public void An_eager_only_construct_is_refused_by_the_isolated_compiler_with_its_message(Type probe, string message)
    {
        SemanticFinding finding = ((ISemanticProbe)Activator.CreateInstance(probe)!).Run(ComputeDevice.Cpu);

        Assert.True(finding.Observed, finding.Detail);
        Assert.Equal(FindingKind.Incompatibility, finding.Kind);
        Assert.Equal(CompileRefusalProbe.IncompatibleSummary, finding.Summary);
        Assert.StartsWith("eager ", finding.Detail);
        Assert.Contains(message, finding.Detail);
    }

    [Theory]
    [MemberData(nameof(CompileRefusals))]
    public void A_child_that_fails_without_the_compilers_error_fails_the_probe(Type probe, string message)
    {
        var failing = new IsolatedCompiler.Result(false, 1, "Unhandled exception. System.DllNotFoundException: Unable to load shared library 'LibTorchSharp'");
        var refusal = (CompileRefusalProbe)Activator.CreateInstance(probe, (Func<string, TimeSpan, IsolatedCompiler.Result>)((_, _) => failing))!;

        var failure = Assert.Throws<ProbeFailedException>(() => refusal.Run(ComputeDevice.Cpu));

        Assert.Contains("DllNotFoundException", failure.Message);
        Assert.Contains($"('{refusal.ExpectedError}')", failure.Message);
        Assert.Contains(refusal.ExpectedError, message);
    }

    [Fact]
    public void Scripts_expected_to_be_refused_are_never_compiled_in_process()
    {
        var probes = SuiteCatalog.Probes.Values.Where(t => t.IsSubclassOf(typeof(CompileRefusalProbe)))
            .Select(t => (CompileRefusalProbe)Activator.CreateInstance(t)!).ToArray();

        Assert.Equal(["P12", "P18", "P19", "P20"], probes.Select(p => SuiteCatalog.PatternIdOf(p.GetType())).Order());
        foreach (CompileRefusalProbe probe in probes)
        {
            Assert.EndsWith(TorchScriptSource.IncompatibleSuffix, probe.RefusedScript);
            Assert.DoesNotContain(probe.RefusedScript, TorchScriptSource.Embedded());
        }
    }

    [Fact]
    public void Host_objects_are_refused_at_the_graphs_call_boundary_and_a_tensor_array_is_not()
    {
        SemanticFinding finding = new P21HostObjectArgument().Run(ComputeDevice.Cpu);

        Assert.True(finding.Observed, finding.Detail);
        Assert.Equal(FindingKind.Incompatibility, finding.Kind);
        Assert.Contains("eager sum of an iterator of 3 tensors = 24", finding.Detail);
        Assert.Matches("graph given the iterator: refused by invoke: Passing arguments of type \\S+ to TorchScript", finding.Detail);
        Assert.Contains("graph given a string: refused by invoke: Passing arguments of type String to TorchScript", finding.Detail);
        Assert.Contains("fix (a tensor array) = 24", finding.Detail);
    }
}
