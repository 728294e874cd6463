namespace BenchHarness.Reports.Html;

/// <summary>One table cell: text (always escaped), a CSS class for its meaning, and an optional tooltip.</summary>
public sealed record HtmlCell(string Text, string? Class = null, string? Title = null)
{
    public static implicit operator HtmlCell(string text) => new(text);
}

/// <summary>A plain table: a header row and rows of cells; numeric columns are right-aligned by the page style.</summary>
public sealed record HtmlTable(
    IReadOnlyList<string> Headers,
    IReadOnlyList<IReadOnlyList<HtmlCell>> Rows,
    string? Caption = null,
    string? Class = null);
