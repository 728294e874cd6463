using System.Text;

namespace BenchHarness.Reports.Html;

/// <summary>Escaping for text and attribute values: whatever a benchmark is called, it renders as text.</summary>
public static class HtmlText
{
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return string.Empty;
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
            return text;
        var builder = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }
}
