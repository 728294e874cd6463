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
