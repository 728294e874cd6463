using BenchHarness.History.ChangePoints;
using BenchHarness.History.Series;
using BenchHarness.Text;

namespace BenchHarness.History.Pages;

/// <summary>How the page, history.md and history.json's text fields write values and changes.</summary>
public static class ChangeText
{
    /// <summary>A series' value: a time ("12.3 µs") or a speed-up ("2.410x").</summary>
    public static string Value(SeriesKind kind, double value) => kind == SeriesKind.Time ? Numbers.Time(value) : Numbers.Ratio(value);

    /// <summary>"+5.2% [+3.1%, +7.4%]": after / before - 1 with its 95% interval.</summary>
    public static string Change(ChangePoint change) =>
        $"{Numbers.Change(change.Ratio)} [{Numbers.Change(change.Lower)}, {Numbers.Change(change.Upper)}]";

    /// <summary>"slower", "faster", "eroded", "grew": what the change means for this kind of series.</summary>
    public static string Meaning(SeriesKind kind, ChangePoint change) => (kind, change.Ratio > 1) switch
    {
        (SeriesKind.Time, true) => "slower",
        (SeriesKind.Time, false) => "faster",
        (_, true) => "speed-up grew",
        _ => "speed-up eroded",
    };

    public static string Kind(SeriesKind kind) => kind == SeriesKind.Time ? "time" : "speed-up";
}
