using System.Globalization;
using AngleSharp.Dom;

namespace BenchHarness.Testing;

/// <summary>Where a chart label is drawn, in the chart's pixels.</summary>
public sealed record LabelBox(string Text, double Left, double Top, double Right, double Bottom)
{
    public bool Overlaps(LabelBox other) => Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"'{Text}' at ({Left:0},{Top:0})-({Right:0},{Bottom:0})");
}

/// <summary>
/// The label boxes of a ScottPlot SVG chart: each text element is placed by translate(x y), with one x offset per glyph
/// and its baseline as y, so a box runs from the first glyph to the last glyph's advance and from the ascent to the
/// descent. Text placed by any other transform (the vertical axis title, rotated by a matrix) is left out: it shares
/// no row with the others.
/// </summary>
public static class SvgLabels
{
    public static IReadOnlyList<LabelBox> Boxes(IElement svg) => svg.QuerySelectorAll("text")
        .Select(Box)
        .OfType<LabelBox>()
        .ToArray();

    public static IEnumerable<(LabelBox A, LabelBox B)> Overlapping(IElement svg)
    {
        IReadOnlyList<LabelBox> boxes = Boxes(svg);
        for (int i = 0; i < boxes.Count; i++)
            for (int j = i + 1; j < boxes.Count; j++)
                if (boxes[i].Overlaps(boxes[j]))
                    yield return (boxes[i], boxes[j]);
    }

    private static LabelBox? Box(IElement text)
    {
        string transform = text.GetAttribute("transform") ?? "";
        if (transform.Length > 0 && !(transform.StartsWith("translate(", StringComparison.Ordinal) && transform.IndexOf(')') == transform.Length - 1))
            return null;
        double[] translate = Numbers(transform.Replace("translate(", "", StringComparison.Ordinal).Split(')')[0]);
        double[] xs = Numbers(text.GetAttribute("x") ?? "0");
        double[] ys = Numbers(text.GetAttribute("y") ?? "0");
        double size = double.Parse(text.GetAttribute("font-size") ?? "12", CultureInfo.InvariantCulture);
        string content = text.TextContent.Trim();
        if (content.Length == 0 || xs.Length == 0 || ys.Length == 0)
            return null;
        (double dx, double dy) = translate.Length >= 2 ? (translate[0], translate[1]) : (0, 0);
        return new LabelBox(content, dx + xs[0], dy + ys[0] - 0.8 * size, dx + xs[^1] + 0.6 * size, dy + ys[0] + 0.2 * size);
    }

    private static double[] Numbers(string list) => list
        .Split([',', ' '], StringSplitOptions.RemoveEmptyEntries)
        .Select(v => double.Parse(v, CultureInfo.InvariantCulture))
        .ToArray();
}
