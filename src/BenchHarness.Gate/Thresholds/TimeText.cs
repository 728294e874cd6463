using System.Globalization;

namespace BenchHarness.Gate.Thresholds;

/// <summary>Times per operation for people: "812 ns", "12.4 us", "3.05 ms".</summary>
public static class TimeText
{
    public static string Format(double nanoseconds)
    {
        (double scale, string unit) = Math.Abs(nanoseconds) switch
        {
            >= 1e9 => (1e9, "s"),
            >= 1e6 => (1e6, "ms"),
            >= 1e3 => (1e3, "us"),
            _ => (1.0, "ns"),
        };
        return (nanoseconds / scale).ToString(Significant(nanoseconds / scale), CultureInfo.InvariantCulture) + unit;
    }

    /// <summary>"+5.2%" / "-3.0%" for a ratio of 1.052 / 0.970.</summary>
    public static string Change(double ratio) =>
        ((ratio - 1) * 100).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>"1.052" with three decimals, or two significant figures more for large ratios.</summary>
    public static string Ratio(double ratio) =>
        ratio.ToString(ratio >= 100 ? "0" : ratio >= 10 ? "0.0" : "0.000", CultureInfo.InvariantCulture);

    /// <summary>"4.0%", "35%"; from 900% on, the ratio instead ("more than 10x"), which reads better than 51839696%.</summary>
    public static string Percent(double fraction) =>
        !double.IsFinite(fraction) ? "unbounded"
        : fraction >= 9 ? "more than 10x"
        : (fraction * 100).ToString(fraction >= 0.1 ? "0" : "0.0", CultureInfo.InvariantCulture) + "%";

    private static string Significant(double value) => Math.Abs(value) switch
    {
        >= 100 => "0",
        >= 10 => "0.#",
        _ => "0.##",
    };
}
