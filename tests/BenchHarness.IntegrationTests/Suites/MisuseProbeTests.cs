using BenchHarness.Benchmarks.Patterns;
using BenchHarness.Identity;
using BenchHarness.Results;

namespace BenchHarness.IntegrationTests.Suites;

/// <summary>Finding (i), API misuse: each probe runs real TorchScript and must observe the behaviour it claims.</summary>
public class MisuseProbeTests
{
    [Fact]
    public void A_mistyped_scalar_parameter_is_refused_by_the_graph_in_both_directions()
    {
        SemanticFinding finding = new P14MistypedScalarParameter().Run(ComputeDevice.Cpu);

        Assert.True(finding.Observed, finding.Detail);
        Assert.Equal(FindingKind.Divergence, finding.Kind);
        Assert.Contains("eager x * 2.5 = 2.5, x * 2 = 2", finding.Detail);
        Assert.Contains("factor: int given 2.5: refused: scaled_int_factor() Expected a value of type 'int' for argument 'factor' but instead found type 'float'", finding.Detail);
        Assert.Contains("host int 2: refused: scaled() Expected a value of type 'float' for argument 'factor' but instead found type 'int'", finding.Detail);
        Assert.Contains("fix (factor: float given 2.5): returned 2.5", finding.Detail);
    }

    [Fact]
    public void An_optional_argument_declared_as_a_tensor_refuses_the_call_without_it()
    {
        SemanticFinding finding = new P15OptionalDeclaredAsTensor().Run(ComputeDevice.Cpu);

        Assert.True(finding.Observed, finding.Detail);
        Assert.Contains("no mask 4.5, odd positions 5", finding.Detail);
        Assert.Contains("graph mask: Tensor: no mask refused: masked_mean_declared_tensor() Expected a value of type 'Tensor' for argument 'mask' but instead found type 'NoneType'", finding.Detail);
        Assert.Contains("fix mask: Optional[Tensor]: no mask returned 4.5, with mask returned 5", finding.Detail);
    }

    [Fact]
    public void A_side_effect_guarded_by_host_state_runs_on_every_graph_call()
    {
        SemanticFinding finding = new P16HostGuardedSideEffect().Run(ComputeDevice.Cpu);

        Assert.True(finding.Observed, finding.Detail);
        Assert.Contains("eager saw 1, 1, 1; graph saw 1, 2, 3", finding.Detail);
        Assert.Contains("fix (the flag passed on every call) saw 1, 1, 1", finding.Detail);
    }

    [Fact]
    public void Variables_recreated_in_every_training_step_never_learn_while_the_fixs_do()
    {
        SemanticFinding finding = new P17VariableRecreatedInTraining().Run(ComputeDevice.Cpu);

        Assert.True(finding.Observed, finding.Detail);
        Assert.Equal("the anti-pattern never learns: its loss does not fall", finding.Summary);
        Assert.Matches(@"anti-pattern \(weights re-created every step\) loss (\S+) -> \1;", finding.Detail);
    }
}
