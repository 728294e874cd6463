using System.Text;

namespace BenchHarness;

/// <summary>
/// Makes text that came from files or the command line safe to print: every character a terminal would act on
/// (C0 and C1 controls, DEL, ESC and so every escape sequence, line and paragraph separators, bidirectional
/// overrides) is shown as an escape such as <c>\n</c>, <c>\x1b</c> or <c>\u202e</c> instead.
/// </summary>
public static class TerminalText
{
    /// <summary>The text on one line: line breaks and tabs are escaped too. Clean text is returned as is.</summary>
    public static string OneLine(string text) => Escape(text, keepLines: false);

    /// <summary>The text with its line breaks (<c>\n</c>, <c>\r\n</c>) and tabs kept, every other control escaped.</summary>
    public static string KeepingLines(string text) => Escape(text, keepLines: true);

    private static string Escape(string text, bool keepLines)
    {
        int first = IndexOfUnsafe(text, keepLines);
        if (first < 0)
            return text;
        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (!IsUnsafe(text, i, keepLines))
                escaped.Append(c);
            else
                escaped.Append(c switch
                {
                    '\n' => @"\n",
                    '\r' => @"\r",
                    '\t' => @"\t",
                    < '\u0080' => $@"\x{(int)c:x2}",
                    _ => $@"\u{(int)c:x4}",
                });
        }
        return escaped.ToString();
    }

    private static int IndexOfUnsafe(string text, bool keepLines)
    {
        for (int i = 0; i < text.Length; i++)
            if (IsUnsafe(text, i, keepLines))
                return i;
        return -1;
    }

    private static bool IsUnsafe(string text, int index, bool keepLines)
    {
        char c = text[index];
        if (keepLines && (c is '\n' or '\t' || c == '\r' && index + 1 < text.Length && text[index + 1] == '\n'))
            return false;
        return char.IsControl(c) || c is '\u2028' or '\u2029' or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069');
    }
}
