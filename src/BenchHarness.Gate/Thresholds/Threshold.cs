using System.Globalization;
using BenchHarness.Text;

namespace BenchHarness.Gate.Thresholds;

/// <summary>
/// How large a change must be before the gate calls it a change: relative ("5%"), absolute ("0.5ms"), or both
/// ("5%|0.5ms", the larger of the two for each benchmark).
/// </summary>
/// <param name="Relative">A fraction of the baseline (0.05 for "5%"), or null.</param>
/// <param name="AbsoluteNanoseconds">A time per operation in nanoseconds, or null.</param>
public sealed record Threshold(double? Relative, double? AbsoluteNanoseconds)
{
    public static Threshold Default { get; } = new(0.05, null);

    /// <summary>
    /// The threshold as a fraction of <paramref name="baselineNanoseconds"/>: an absolute threshold of 0.5 ms on a
    /// 10 ms benchmark is 5%; with both parts, the larger fraction wins.
    /// </summary>
    public double RelativeTo(double baselineNanoseconds)
    {
        double relative = Relative ?? 0;
        double absolute = AbsoluteNanoseconds is { } ns && baselineNanoseconds > 0 ? ns / baselineNanoseconds : 0;
        return Math.Max(relative, absolute);
    }

    /// <summary>The threshold as the user can write it, in the harness's spelling of times: "5%", "500 µs", "5%|500 µs".</summary>
    public override string ToString() =>
        string.Join('|', new[]
        {
            Relative is { } r ? Numbers.Plain(r * 100) + "%" : null,
            AbsoluteNanoseconds is { } ns ? Numbers.Time(ns) : null,
        }.Where(part => part is not null));

    /// <summary>
    /// Parses "5%", "0.5ms", "500us", "250ns", "1s" or two of them joined by '|'. A bare number is refused: unlike
    /// Perfolizer's <c>Threshold.Parse("0.05")</c>, which reads it as an absolute time, the user must say which.
    /// </summary>
    public static Threshold Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new ThresholdFormatException("a threshold is empty; write e.g. 5%, 0.5ms or 5%|0.5ms");
        string[] parts = text.Split('|', StringSplitOptions.TrimEntries);
        if (parts.Length > 2)
            throw new ThresholdFormatException($"threshold '{text}' has {parts.Length} parts; at most one relative and one absolute, e.g. 5%|0.5ms");

        double? relative = null, absolute = null;
        foreach (string part in parts)
        {
            if (part.EndsWith('%'))
            {
                if (relative is not null)
                    throw new ThresholdFormatException($"threshold '{text}' has two relative parts");
                relative = Positive(text, part[..^1]) / 100;
            }
            else
            {
                if (absolute is not null)
                    throw new ThresholdFormatException($"threshold '{text}' has two absolute parts");
                absolute = ParseTime(text, part);
            }
        }
        return new Threshold(relative, absolute);
    }

    private static double ParseTime(string whole, string part)
    {
        (string Suffix, double Nanoseconds)[] units = [("ns", 1), ("us", 1e3), ("µs", 1e3), ("ms", 1e6), ("s", 1e9)];
        foreach ((string suffix, double scale) in units)
        {
            if (part.EndsWith(suffix, StringComparison.Ordinal)
                && double.TryParse(part[..^suffix.Length].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                return Positive(whole, part[..^suffix.Length]) * scale;
        }
        throw double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out double bare)
            ? new ThresholdFormatException(
                $"threshold '{whole}': '{part}' has no unit; write {Numbers.Plain(bare < 1 ? bare * 100 : bare)}% for a relative or {part}ms (ns, us, ms, s) for an absolute threshold")
            : new ThresholdFormatException($"threshold '{whole}': cannot read '{part}'; write e.g. 5%, 0.5ms, 500us or 5%|0.5ms");
    }

    private static double Positive(string whole, string number)
    {
        if (!double.TryParse(number.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
            throw new ThresholdFormatException($"threshold '{whole}': '{number}' is not a number");
        if (value <= 0)
            throw new ThresholdFormatException($"threshold '{whole}' must be greater than zero");
        return value;
    }
}

/// <summary>A threshold the user wrote that cannot be read.</summary>
public sealed class ThresholdFormatException(string message) : HarnessException(message);
