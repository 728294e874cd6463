using BenchHarness.Text;

namespace BenchHarness.Tests.Core;

/// <summary>The one number vocabulary of the report, the gate and the history pages: one spelling per kind.</summary>
public class NumbersTests
{
    [Theory]
    [InlineData(0.5, "0.50 ns")]
    [InlineData(812, "812 ns")]
    [InlineData(12_400, "12.4 µs")]
    [InlineData(3_050_000, "3.05 ms")]
    [InlineData(1.2e9, "1.20 s")]
    [InlineData(-12_400, "-12.4 µs")]
    [InlineData(double.NaN, "n/a")]
    public void Times_have_three_significant_figures_and_a_spaced_unit(double nanoseconds, string expected) =>
        Assert.Equal(expected, Numbers.Time(nanoseconds));

    [Theory]
    [InlineData(1.0523, "1.052x")]
    [InlineData(0.9504, "0.950x")]
    [InlineData(12.34, "12.3x")]
    [InlineData(152.4, "152x")]
    [InlineData(double.PositiveInfinity, "n/a")]
    public void Ratios_keep_three_decimals_below_10_so_a_threshold_and_an_estimate_stay_apart(double ratio, string expected) =>
        Assert.Equal(expected, Numbers.Ratio(ratio));

    [Fact]
    public void A_ratio_with_its_interval_spells_every_end_as_a_ratio() =>
        Assert.Equal("1.052x [1.031x, 1.074x]", Numbers.RatioWithInterval(1.0523, 1.0314, 1.0736));

    [Theory]
    [InlineData(0.05, "5%")]
    [InlineData(0.034712, "3.47%")]
    [InlineData(0.95, "95%")]
    [InlineData(0.9999, "99.99%")]
    [InlineData(9.5, "more than 10x")]
    [InlineData(double.PositiveInfinity, "unbounded")]
    public void Percentages_keep_two_decimals_at_most(double fraction, string expected) =>
        Assert.Equal(expected, Numbers.Percent(fraction));

    [Theory]
    [InlineData(1.052, "+5.2%")]
    [InlineData(0.97, "-3.0%")]
    [InlineData(1.0, "0.0%")]
    public void Changes_are_signed_percentages_of_a_ratio(double ratio, string expected) =>
        Assert.Equal(expected, Numbers.Change(ratio));

    [Theory]
    [InlineData(0.0123, "0.0123")]
    [InlineData(0.05, "0.05")]
    [InlineData(0.00003217, "3.2e-5")]
    [InlineData(1e-5, "1.0e-5")]
    public void P_values_below_0_0001_are_scientific_so_a_small_alpha_can_be_read_against_them(double p, string expected) =>
        Assert.Equal(expected, Numbers.PValue(p));

    [Theory]
    [InlineData("113c89f153a6d0e5b8f7c1a2d3e4f5a6b7c8d9e0", "113c89f153a6")]
    [InlineData("unknown", "unknown")]
    public void Commits_are_quoted_by_their_first_12_digits(string commit, string expected) =>
        Assert.Equal(expected, Numbers.Commit(commit));
}
