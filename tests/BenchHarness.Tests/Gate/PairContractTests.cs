using BenchHarness.Gate.Contracts;
using BenchHarness.Identity;

namespace BenchHarness.Tests.Gate;

public class PairContractTests
{
    [Fact]
    public void Reads_a_fix_versus_anti_contract_with_qualifiers()
    {
        PairContract contract = PairContract.Parse("P03 Fix >= 5x Anti, Graph, Cpu, Size=256");

        Assert.Equal("P03", contract.PatternId);
        Assert.Equal(new ContractSide(PairMember.Fix, CallPhase.Steady, null), contract.Faster);
        Assert.Equal(new ContractSide(PairMember.Anti, CallPhase.Steady, null), contract.Slower);
        Assert.Equal(5, contract.MinimumSpeedup);
        Assert.Equal(ExecutionMode.Graph, contract.Mode);
        Assert.Equal(ComputeDevice.Cpu, contract.Device);
        Assert.Equal("256", contract.Parameters["Size"]);
    }

    [Fact]
    public void Reads_a_mode_contract_and_first_call_sides()
    {
        PairContract modes = PairContract.Parse("P01 Fix/Graph >= 1.2x Fix/Eager, Size=16");
        Assert.Equal(ExecutionMode.Graph, modes.Faster.Mode);
        Assert.Equal(ExecutionMode.Eager, modes.Slower.Mode);
        Assert.Null(modes.Device);

        PairContract cold = PairContract.Parse("p03 FixFirstCall >= 1.5x AntiFirstCall, graph");
        Assert.Equal(CallPhase.FirstCall, cold.Faster.Phase);
        Assert.Equal(PairMember.Anti, cold.Slower.Member);
        Assert.Equal("P03", cold.PatternId);
    }

    [Theory]
    [InlineData("P03 Fix faster than Anti", "does not read as")]
    [InlineData("P42 Fix >= 5x Anti", "unknown pattern P42")]
    [InlineData("P13 Fix >= 2x Anti", "measured by P01's suite")]
    [InlineData("P08 Fix >= 2x Anti", "not a timed pair")]
    [InlineData("P03 Fix >= 0x Anti", "positive number")]
    [InlineData("P03 Fix >= 5x Fix, Graph", "compares Fix with itself")]
    [InlineData("P03 Fixed >= 5x Anti", "is not Anti, Fix")]
    [InlineData("P03 Fix/Compiled >= 5x Anti", "is not Eager or Graph")]
    [InlineData("P03 Fix >= 5x Anti, Graph, Eager", "names two modes")]
    [InlineData("P03 Fix >= 5x Anti, Tpu", "neither Eager|Graph, Cpu|Cuda")]
    [InlineData("P03 Fix >= 5x Anti, Size=16, Size=256", "names Size twice (16 and 256)")]
    public void Refuses_a_contract_it_cannot_read(string rule, string expected)
    {
        var error = Assert.Throws<ContractFormatException>(() => PairContract.Parse(rule));
        Assert.Contains(expected, error.Message);
    }
}
