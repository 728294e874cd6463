using System.Text.RegularExpressions;
using BenchHarness.Reports.Charts;

namespace BenchHarness.Reports.Html;

/// <summary>
/// Turns ScottPlot's SVG document into an element for an HTML page: no XML declaration, scalable (viewBox),
/// titled for screen readers, and with every id prefixed. ScottPlot numbers its clip paths per process, so two
/// charts made in different processes (or the same one, after a reset) would share ids and a browser would clip
/// one chart with the other's rectangle, making labels vanish.
/// </summary>
public static partial class InlineSvg
{
    public static string Prepare(ChartSvg chart, string idPrefix)
    {
        if (!SafePrefix().IsMatch(idPrefix))
            throw new ArgumentException($"'{idPrefix}' is not a valid id prefix", nameof(idPrefix));
        string markup = XmlDeclaration().Replace(chart.Markup, string.Empty).Trim();
        if (markup.Contains("<script", StringComparison.OrdinalIgnoreCase) || markup.Contains("<foreignObject", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException("chart SVG holds active content; charts must come from the chart builders");

        // ScottPlot indents every element, writes coordinates to five decimals and SVG's default miter limit on every
        // stroke: whitespace between elements renders nothing, a tenth of a pixel is as sharp on any screen and the
        // default needs no saying, so all three go (a quarter of a page of charts).
        markup = BetweenElements().Replace(markup, "><");
        markup = markup.Replace(" stroke-miterlimit=\"4\"", "", StringComparison.Ordinal);
        markup = Geometry().Replace(markup, m => $"{m.Groups[1].Value}=\"{Decimals().Replace(m.Groups[2].Value, "$1")}\"");

        markup = IdAttribute().Replace(markup, m => $"id=\"{idPrefix}{m.Groups[1].Value}\"");
        markup = UrlReference().Replace(markup, m => $"url(#{idPrefix}{m.Groups[1].Value})");
        markup = HrefReference().Replace(markup, m => $"{m.Groups[1].Value}=\"#{idPrefix}{m.Groups[2].Value}\"");

        Match root = RootElement().Match(markup);
        if (!root.Success)
            throw new InvalidOperationException("chart SVG has no <svg> root element");
        string title = HtmlText.Encode(chart.Description);
        string opening = $"<svg class=\"chart\" role=\"img\" aria-label=\"{title}\" viewBox=\"0 0 {chart.Width} {chart.Height}\" " +
                         $"width=\"{chart.Width}\" height=\"{chart.Height}\"{WithoutSize(root.Groups["attributes"].Value)}><title>{title}</title>";
        return string.Concat(markup.AsSpan(0, root.Index), opening, markup.AsSpan(root.Index + root.Length));
    }

    private static string WithoutSize(string attributes) => SizeAttribute().Replace(attributes, string.Empty);

    [GeneratedRegex(@"^\s*<\?xml[^>]*\?>")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@">\s+<")]
    private static partial Regex BetweenElements();

    [GeneratedRegex(@"\b(cx|cy|rx|ry|x|y|d|transform|width|height|stroke-opacity|fill-opacity)=""([^""]*)""")]
    private static partial Regex Geometry();

    [GeneratedRegex(@"(\d\.\d)\d+")]
    private static partial Regex Decimals();

    [GeneratedRegex(@"\bid=""([^""]+)""")]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex UrlReference();

    [GeneratedRegex(@"\b((?:xlink:)?href)=""#([^""]+)""")]
    private static partial Regex HrefReference();

    [GeneratedRegex(@"<svg(?<attributes>[^>]*)>")]
    private static partial Regex RootElement();

    [GeneratedRegex(@"\s(?:width|height|viewBox)=""[^""]*""")]
    private static partial Regex SizeAttribute();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_-]*$")]
    private static partial Regex SafePrefix();
}
