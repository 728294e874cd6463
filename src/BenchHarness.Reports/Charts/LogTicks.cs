using ScottPlot;
using ScottPlot.TickGenerators;

namespace BenchHarness.Reports.Charts;

/// <summary>
/// Tick marks for axes that plot log10 of a value: ScottPlot draws a linear axis, so the charts plot the logarithm
/// and label the ticks with the values people think in (2x, 10 us, 100 calls).
/// </summary>
public static class LogTicks
{
    /// <summary>A log10 axis range, with the ticks to draw on it.</summary>
    public sealed record Scale(double Min, double Max, IReadOnlyList<Tick> Ticks)
    {
        public NumericManual Generator => new(Ticks.ToArray());
    }

    /// <summary>
    /// Speed-up ticks at powers of two around 1x ("4x slower", "1x", "2x faster"), spaced so that at most about
    /// eight labels fit; the range always shows 0.5x to 2x so that a 3% effect does not look like a cliff.
    /// </summary>
    public static Scale Ratio(IEnumerable<double> ratios, string fasterWord = "faster", string slowerWord = "slower")
    {
        double[] logs = ratios.Where(r => r > 0 && double.IsFinite(r)).Select(Math.Log2).ToArray();
        double low = Math.Min(-1, logs.DefaultIfEmpty(0).Min());
        double high = Math.Max(1, logs.DefaultIfEmpty(0).Max());
        int span = (int)Math.Ceiling(high) - (int)Math.Floor(low);
        int step = Math.Max(1, (int)Math.Ceiling(span / 8.0));

        var ticks = new List<Tick>();
        // Multiples of the step, so that 1x (power 0) is always a tick.
        for (int power = (int)Math.Floor(Math.Floor(low) / step) * step; power <= Math.Ceiling(high); power += step)
            ticks.Add(Tick.Major(power * Math.Log10(2), RatioLabel(Math.Pow(2, power), fasterWord, slowerWord)));

        // A narrow axis (within 4x either way) also marks 1.5x each side, where small effects sit.
        if (step == 1 && high - low <= 4)
            foreach (double ratio in new[] { 1.5, 1 / 1.5 })
                if (Math.Log2(ratio) >= low && Math.Log2(ratio) <= high)
                    ticks.Add(Tick.Major(Math.Log10(ratio), RatioLabel(ratio, fasterWord, slowerWord)));

        double pad = 0.04 * (high - low);
        return new Scale((low - pad) * Math.Log10(2), (high + pad) * Math.Log10(2), ticks);
    }

    /// <summary>"1x", "2x faster", "4x slower"; fractional ratios are read as the inverse slow-down.</summary>
    public static string RatioLabel(double ratio, string fasterWord = "faster", string slowerWord = "slower") =>
        Math.Abs(ratio - 1) < 1e-9 ? "1x"
        : ratio > 1 ? $"{Format(ratio)}x {fasterWord}"
        : $"{Format(1 / ratio)}x {slowerWord}";

    /// <summary>Time ticks in nanoseconds at decades (1-2-5 steps when the data spans less than two decades).</summary>
    public static Scale Time(IEnumerable<double> nanoseconds) => Decades(nanoseconds, Duration);

    /// <summary>Count ticks (calls, sizes) at decades: 1, 10, 100, 1k.</summary>
    public static Scale Count(IEnumerable<double> counts) => Decades(counts, Number);

    /// <summary>Ticks at exactly the given values (a parameter sweep), labelled as given.</summary>
    public static NumericManual AtValues(IEnumerable<double> values) =>
        new(values.Distinct().Order().Select(v => Tick.Major(Math.Log10(v), v < 1e5 ? Format(v) : Number(v))).ToArray());

    public static string Duration(double nanoseconds) => nanoseconds switch
    {
        >= 1e9 => $"{Format(nanoseconds / 1e9)} s",
        >= 1e6 => $"{Format(nanoseconds / 1e6)} ms",
        >= 1e3 => $"{Format(nanoseconds / 1e3)} µs",
        _ => $"{Format(nanoseconds)} ns",
    };

    private static string Number(double value) => value switch
    {
        >= 1e9 => $"{Format(value / 1e9)}G",
        >= 1e6 => $"{Format(value / 1e6)}M",
        >= 1e3 => $"{Format(value / 1e3)}k",
        _ => Format(value),
    };

    private static Scale Decades(IEnumerable<double> values, Func<double, string> label)
    {
        double[] logs = values.Where(v => v > 0 && double.IsFinite(v)).Select(Math.Log10).ToArray();
        double low = logs.DefaultIfEmpty(0).Min(), high = logs.DefaultIfEmpty(1).Max();
        if (high - low < 0.3)
        {
            low -= 0.15;
            high += 0.15;
        }
        double pad = 0.06 * (high - low);
        // Narrow ranges get intermediate ticks so that every chart shows at least three labelled values.
        double span = high - low;
        double[] mantissas = span < 0.4 ? [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8] : span < 0.7 ? [1, 1.5, 2, 3, 5, 7] : span < 2 ? [1, 2, 5] : [1];
        var ticks = new List<Tick>();
        for (int decade = (int)Math.Floor(low) - 1; decade <= (int)Math.Ceiling(high); decade++)
            foreach (double mantissa in mantissas)
            {
                double position = decade + Math.Log10(mantissa);
                if (position >= low - pad && position <= high + pad)
                    ticks.Add(Tick.Major(position, label(mantissa * Math.Pow(10, decade))));
            }
        return new Scale(low - pad, high + pad, ticks);
    }

    private static string Format(double value) =>
        value.ToString(value >= 100 ? "0" : value >= 10 ? "0.#" : "0.##", System.Globalization.CultureInfo.InvariantCulture);
}
