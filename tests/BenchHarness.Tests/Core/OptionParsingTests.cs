using BenchHarness.Identity;
using BenchHarness.Planning;

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

    [Theory]
    [InlineData("90s", 90)]
    [InlineData("10m", 600)]
    [InlineData("1.5h", 5400)]
    public void Suite_timeouts_take_a_unit(string text, double seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), OptionParsing.ParseSuiteTimeout(text));

    [Theory]
    [InlineData("90")]
    [InlineData("0s")]
    [InlineData("-5m")]
    [InlineData("tenm")]
    public void Bad_suite_timeouts_say_what_is_accepted(string text)
    {
        var error = Assert.Throws<OptionException>(() => OptionParsing.ParseSuiteTimeout(text));
        Assert.Equal($"--suite-timeout must be a positive duration such as 90s, 10m or 1h, not '{text}'", error.Message);
    }

    [Theory]
    [InlineData("24h")]
    [InlineData("1440m")]
    [InlineData("86400s")]
    public void The_longest_suite_timeout_is_a_day(string text) =>
        Assert.Equal(RunLimits.MaxSuiteTimeout, OptionParsing.ParseSuiteTimeout(text));

    [Theory]
    [InlineData("24.001h")]
    [InlineData("99999h")]
    [InlineData("1e12h")] // past TimeSpan.MaxValue: refused before a TimeSpan is made of it
    [InlineData("1e308h")]
    public void Suite_timeouts_past_the_limit_name_it(string text)
    {
        var error = Assert.Throws<OptionException>(() => OptionParsing.ParseSuiteTimeout(text));
        Assert.Equal($"--suite-timeout must be at most 24h (a suite that runs longer is hung, not slow), not '{text}'", error.Message);
    }

    [Fact]
    public void A_duration_that_rounds_to_zero_is_not_positive() =>
        Assert.Contains("positive duration", Assert.Throws<OptionException>(() => OptionParsing.ParseSuiteTimeout("1e-9s")).Message);

    [Fact]
    public void Threads_range_from_one_to_the_logical_cores()
    {
        Assert.Equal(1, OptionParsing.ParseThreads(1));
        Assert.Equal(Environment.ProcessorCount, OptionParsing.ParseThreads(Environment.ProcessorCount));
        foreach (int threads in new[] { 0, -1, Environment.ProcessorCount + 1, 99999 })
            Assert.Equal(
                $"--threads must be between 1 and {Environment.ProcessorCount} (the logical cores of this machine: more threads than cores time the scheduler, not the pattern), not {threads}",
                Assert.Throws<OptionException>(() => OptionParsing.ParseThreads(threads)).Message);
    }

    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("3/4", 3, 4)]
    public void Shards_are_index_over_count(string text, int index, int count) =>
        Assert.Equal(new Shard(index, count), OptionParsing.ParseShard(text));

    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("1/0")]
    [InlineData("2")]
    [InlineData("a/b")]
    public void Bad_shards_are_rejected(string text) =>
        Assert.Throws<OptionException>(() => OptionParsing.ParseShard(text));

    [Fact]
    public void Shards_split_the_id_ordered_selection_into_disjoint_parts_that_cover_it()
    {
        string[] selection = ["P11", "P01", "P07", "P03", "P12", "P06", "P10"];

        IReadOnlyList<string>[] parts = Enumerable.Range(1, 3).Select(i => new Shard(i, 3).Select(selection)).ToArray();

        Assert.Equal(["P01", "P07", "P12"], parts[0]);
        Assert.Equal(["P03", "P10"], parts[1]);
        Assert.Equal(["P06", "P11"], parts[2]);
        Assert.Equal(selection.Order(), parts.SelectMany(p => p).Order());
        Assert.Empty(new Shard(5, 5).Select(["P01", "P03"]));
    }

    [Fact]
    public void Test_suite_ids_are_unknown_patterns_without_the_switch()
    {
        Assert.False(TestSuites.Enabled, $"{TestSuites.SwitchVariable} must not be set in the test process");
        var error = Assert.Throws<OptionException>(() => OptionParsing.ParsePatterns("T01"));
        Assert.Contains("unknown pattern 'T01'", error.Message);
    }
}
