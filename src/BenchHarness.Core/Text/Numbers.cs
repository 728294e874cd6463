using System.Globalization;

namespace BenchHarness.Text;

/// <summary>
/// How every output writes its numbers, one spelling per kind: the report (page, summary.md, summary.json's text
/// fields), the gate (console, gate.md, JUnit, page) and the history pages say "12.4 µs", "1.052x" and "p 3.2e-5" alike.
/// </summary>
public static class Numbers
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A time per operation to three significant figures with its unit: "812 ns", "12.4 µs", "3.05 ms", "1.20 s".</summary>
    public static string Time(double nanoseconds)
    {
        if (!double.IsFinite(nanoseconds))
            return "n/a";
        if (nanoseconds < 0)
            return $"-{Time(-nanoseconds)}";
        (double scale, string unit) = nanoseconds switch
        {
            >= 1e9 => (1e9, "s"),
            >= 1e6 => (1e6, "ms"),
            >= 1e3 => (1e3, "µs"),
            _ => (1.0, "ns"),
        };
        return $"{ThreeSignificant(nanoseconds / scale)} {unit}";
    }

    /// <summary>
    /// A ratio (a speed-up, current/baseline): "1.052x", three decimals below 10 so that a 5% threshold's 1.050 and a
    /// measured 1.052 stay apart; "12.3x", "152x" above.
    /// </summary>
    public static string Ratio(double ratio) => double.IsFinite(ratio)
        ? $"{ratio.ToString(ratio >= 100 ? "0" : ratio >= 10 ? "0.0" : "0.000", Invariant)}x"
        : "n/a";

    /// <summary>An interval of ratios: "[1.031x, 1.074x]".</summary>
    public static string Interval(double lower, double upper) => $"[{Ratio(lower)}, {Ratio(upper)}]";

    /// <summary>A ratio with its interval: "1.052x [1.031x, 1.074x]".</summary>
    public static string RatioWithInterval(double ratio, double lower, double upper) => $"{Ratio(ratio)} {Interval(lower, upper)}";

    /// <summary>
    /// A fraction as a percentage, to two decimals at most: "5%", "3.47%", "95%", "99.9%". From 900% on, the ratio
    /// instead ("more than 10x"), which reads better than 51839696%; an infinite fraction is "unbounded".
    /// </summary>
    public static string Percent(double fraction) =>
        !double.IsFinite(fraction) ? "unbounded"
        : fraction >= 9 ? "more than 10x"
        : (fraction * 100).ToString("0.##", Invariant) + "%";

    /// <summary>A ratio as a signed relative change: "+5.2%" for 1.052, "-3.0%" for 0.970.</summary>
    public static string Change(double ratio) => ((ratio - 1) * 100).ToString("+0.0;-0.0;0.0", Invariant) + "%";

    /// <summary>A p-value to four decimals, in scientific notation below 0.0001 ("3.2e-5") so that a small alpha can still be read against it.</summary>
    public static string PValue(double p) => p < 0.0001 ? p.ToString("0.0e0", Invariant) : p.ToString("0.####", Invariant);

    /// <summary>A commit as people quote it: its first 12 hexadecimal digits ("113c89f153a6"); anything shorter as it is.</summary>
    public static string Commit(string commit) => commit.Length > 12 ? commit[..12] : commit;

    /// <summary>A memory size: KiB below 1 MiB (rounded; a growth that rounds to nothing reads 0, not -0), MiB above.</summary>
    public static string Bytes(double bytes) => Math.Abs(bytes) < 1024 * 1024
        ? (Math.Round(bytes / 1024) + 0.0).ToString("0", Invariant) + " KiB"
        : (bytes / (1024 * 1024)).ToString("0.0", Invariant) + " MiB";

    /// <summary>Any other number, in the invariant culture: "0.05", "3", "1.5".</summary>
    public static string Plain(double value, string format = "0.###") => value.ToString(format, Invariant);

    public static string Utc(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", Invariant);

    private static string ThreeSignificant(double value) =>
        value.ToString(value >= 99.95 ? "0" : value >= 9.995 ? "0.0" : "0.00", Invariant);
}
