using BenchHarness.Identity;
using BenchHarness.Running;

namespace BenchHarness.Tests.Core;

public class OptionParsingTests
{
    [Fact]
    public void All_means_every_pattern_with_a_suite() => Assert.Empty(OptionParsing.ParsePatterns("all"));

    [Fact]
    public void Pattern_ids_are_normalised_and_deduplicated() =>
        Assert.Equal(["P01", "P03"], OptionParsing.ParsePatterns("p01, P03,P01"));

    [Fact]
    public void An_unknown_pattern_names_the_known_ones()
    {
        var error = Assert.Throws<OptionException>(() => OptionParsing.ParsePatterns("P01,P42"));
        Assert.Contains("'P42'", error.Message);
        Assert.Contains("P13", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("all,P01")]
    public void Rejects_empty_and_mixed_pattern_selections(string text) =>
        Assert.Throws<OptionException>(() => OptionParsing.ParsePatterns(text));

    [Theory]
    [InlineData("cpu", DeviceSelection.Cpu)]
    [InlineData("CUDA", DeviceSelection.Cuda)]
    [InlineData("all", DeviceSelection.All)]
    public void Parses_devices(string text, DeviceSelection expected) => Assert.Equal(expected, OptionParsing.ParseDevices(text));

    [Theory]
    [InlineData("gpu")]
    [InlineData("1")] // enum parsing would otherwise accept numbers
    public void Rejects_unknown_devices_listing_the_accepted_ones(string text)
    {
        var error = Assert.Throws<OptionException>(() => OptionParsing.ParseDevices(text));
        Assert.Contains("cpu|cuda|all", error.Message);
    }

    [Fact]
    public void Mode_all_selects_both_modes() =>
        Assert.Equal([ExecutionMode.Eager, ExecutionMode.Graph], OptionParsing.ParseModes("all"));

    [Fact]
    public void Rejects_unknown_modes_and_profiles()
    {
        Assert.Contains("eager|graph|all", Assert.Throws<OptionException>(() => OptionParsing.ParseModes("jit")).Message);
        Assert.Contains("smoke|default|gate", Assert.Throws<OptionException>(() => OptionParsing.ParseProfile("quick")).Message);
    }
}
