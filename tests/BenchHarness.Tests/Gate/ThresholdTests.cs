using BenchHarness.Gate.Thresholds;

namespace BenchHarness.Tests.Gate;

public class ThresholdTests
{
    [Theory]
    [InlineData("5%", 0.05, null)]
    [InlineData("0.5ms", null, 500_000.0)]
    [InlineData("500us", null, 500_000.0)]
    [InlineData("500µs", null, 500_000.0)]
    [InlineData("250ns", null, 250.0)]
    [InlineData("1s", null, 1e9)]
    [InlineData("5%|0.5ms", 0.05, 500_000.0)]
    [InlineData(" 0.5ms | 5% ", 0.05, 500_000.0)]
    [InlineData("12.5%", 0.125, null)]
    public void Parses_relative_absolute_and_both(string text, double? relative, double? absolute)
    {
        Threshold threshold = Threshold.Parse(text);
        Assert.Equal(relative, threshold.Relative);
        Assert.Equal(absolute, threshold.AbsoluteNanoseconds);
    }

    [Theory]
    [InlineData("0.05", "write 5% for a relative or 0.05ms")]
    [InlineData("5", "write 5% for a relative or 5ms")]
    [InlineData("", "empty")]
    [InlineData("five%", "'five' is not a number")]
    [InlineData("-5%", "greater than zero")]
    [InlineData("0ms", "greater than zero")]
    [InlineData("5%|10%", "two relative parts")]
    [InlineData("1ms|2us", "two absolute parts")]
    [InlineData("5%|1ms|2us", "at most one relative and one absolute")]
    [InlineData("5 parsecs", "cannot read '5 parsecs'")]
    [InlineData("5 furlongs", "cannot read '5 furlongs'")]
    [InlineData("NaN%", "is not a number")]
    [InlineData("NaNms", "is not a number")]
    public void Refuses_what_it_cannot_read_and_says_what_to_write(string text, string expected)
    {
        var error = Assert.Throws<ThresholdFormatException>(() => Threshold.Parse(text));
        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData("5%", 10_000, 0.05)]
    [InlineData("1us", 10_000, 0.10)]
    [InlineData("5%|1us", 10_000, 0.10)] // the absolute part is larger on a 10 us benchmark
    [InlineData("5%|1us", 1_000_000, 0.05)] // the relative part is larger on a 1 ms benchmark
    public void Relative_to_a_baseline_is_the_larger_part(string text, double baselineNs, double expected) =>
        Assert.Equal(expected, Threshold.Parse(text).RelativeTo(baselineNs), 6);

    [Theory]
    [InlineData("5%", "5%")]
    [InlineData("5%|0.5ms", "5%|500 µs")]
    [InlineData("250ns", "250 ns")]
    public void Round_trips_through_its_text(string text, string shown)
    {
        Assert.Equal(shown, Threshold.Parse(text).ToString());
        Assert.Equal(Threshold.Parse(text), Threshold.Parse(shown));
    }
}
