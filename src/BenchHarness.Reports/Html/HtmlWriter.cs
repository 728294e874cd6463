using System.Text;
using System.Text.RegularExpressions;
using BenchHarness.Reports.Charts;

namespace BenchHarness.Reports.Html;

/// <summary>
/// Writes HTML where the only way to add text is escaped: tags and attribute names are code, never data, and the
/// one kind of raw markup it accepts is a chart from the chart builders (with its ids made unique on the page).
/// </summary>
public sealed partial class HtmlWriter(string idPrefix = "bh")
{
    private readonly StringBuilder _html = new(64 * 1024);
    private readonly Stack<string> _open = new();
    private int _charts;

    public HtmlWriter Text(string? text)
    {
        _html.Append(HtmlText.Encode(text));
        return this;
    }

    public HtmlWriter Doctype()
    {
        _html.Append("<!DOCTYPE html>\n");
        return this;
    }

    /// <summary>A style element. CSS is not escaped inside it, so it must be code, never data.</summary>
    public HtmlWriter Stylesheet(string css)
    {
        if (css.Contains("</", StringComparison.Ordinal))
            throw new ArgumentException("a stylesheet cannot contain '</'", nameof(css));
        _html.Append("<style>").Append(css).Append("</style>");
        return this;
    }

    /// <summary>An element holding only text, e.g. <c>Element("p", "...", ("class", "note"))</c>.</summary>
    public HtmlWriter Element(string tag, string? text, params (string Name, string? Value)[] attributes)
    {
        StartTag(tag, attributes);
        Text(text);
        _html.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>An element without content (meta, br).</summary>
    public HtmlWriter Void(string tag, params (string Name, string? Value)[] attributes)
    {
        StartTag(tag, attributes);
        return this;
    }

    /// <summary>Opens an element; disposing the result closes it: <c>using (w.Open("section")) { ... }</c>.</summary>
    public Scope Open(string tag, params (string Name, string? Value)[] attributes)
    {
        StartTag(tag, attributes);
        _open.Push(tag);
        return new Scope(this, _open.Count);
    }

    /// <summary>A chart, inline, in a figure with its caption.</summary>
    public HtmlWriter Chart(ChartSvg chart, string? caption = null)
    {
        using (Open("figure", ("class", "chart")))
        {
            _html.Append(InlineSvg.Prepare(chart, $"{idPrefix}{++_charts}-"));
            if (caption is not null)
                Element("figcaption", caption);
        }
        return this;
    }

    public HtmlWriter Table(HtmlTable table)
    {
        using (Open("div", ("class", "table-wrap")))
        using (Open("table", ("class", table.Class)))
        {
            if (table.Caption is not null)
                Element("caption", table.Caption);
            using (Open("thead"))
            using (Open("tr"))
                foreach (string header in table.Headers)
                    Element("th", header, ("scope", "col"));
            using (Open("tbody"))
                foreach (IReadOnlyList<HtmlCell> row in table.Rows)
                    using (Open("tr"))
                        foreach (HtmlCell cell in row)
                            Element("td", cell.Text, ("class", cell.Class), ("title", cell.Title));
        }
        return this;
    }

    /// <summary>The document so far; every element opened must be closed by then.</summary>
    public override string ToString() => _open.Count == 0
        ? _html.ToString()
        : throw new InvalidOperationException($"<{_open.Peek()}> was opened and never closed");

    private void StartTag(string tag, (string Name, string? Value)[] attributes)
    {
        _html.Append('<').Append(Name(tag));
        foreach ((string name, string? value) in attributes)
            if (value is not null)
                _html.Append(' ').Append(Name(name)).Append("=\"").Append(HtmlText.Encode(value)).Append('"');
        _html.Append('>');
    }

    private void Close(int depth)
    {
        if (_open.Count != depth)
            throw new InvalidOperationException("HTML elements closed out of order");
        _html.Append("</").Append(_open.Pop()).Append('>');
    }

    private static string Name(string name) => MarkupName().IsMatch(name)
        ? name
        : throw new ArgumentException($"'{name}' is not a tag or attribute name", nameof(name));

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex MarkupName();

    public readonly struct Scope(HtmlWriter writer, int depth) : IDisposable
    {
        public void Dispose() => writer.Close(depth);
    }
}
