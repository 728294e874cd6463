using System.Text;

namespace BenchHarness.Text;

/// <summary>
/// Text from result sets (run ids, names, recorded command lines, reasons) put into GitHub-flavoured markdown so that
/// it renders as itself: it can start no block, open no HTML, link or image, and leave no span or fence it is in.
/// One escaper for every markdown file the harness writes (the gate's gate.md, the report's summary.md).
/// </summary>
public static class MarkdownText
{
    /// <summary>
    /// Plain text: HTML is escaped (GitHub renders inline HTML), markdown punctuation is backslash-escaped, and line
    /// breaks become spaces so a value cannot start a new block.
    /// </summary>
    public static string Inline(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '\r' or '\n': builder.Append(' '); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#' or '~' or '!':
                    builder.Append('\\').Append(c);
                    break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// A code span showing <paramref name="text"/> verbatim (HTML is never interpreted inside one): fenced by more
    /// backticks than any run inside it. In a table row GitHub splits cells even inside code spans, so pipes are escaped there.
    /// </summary>
    public static string Code(string text, bool inTable = false)
    {
        string content = text.Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ');
        if (inTable)
            content = content.Replace("|", "\\|");
        if (content.Length == 0)
            return "";
        string fence = new('`', LongestRun(content, '`') + 1);
        // A space on each side keeps a backtick at either end from joining the fence; markdown strips one of each.
        bool pad = content.Contains('`') || (content[0] == ' ' && content[^1] == ' ');
        return pad ? $"{fence} {content} {fence}" : $"{fence}{content}{fence}";
    }

    /// <summary>A fenced code block of <paramref name="lines"/>, its fence longer than any backtick run they hold.</summary>
    public static string CodeBlock(IEnumerable<string> lines, string language = "")
    {
        string[] all = lines.SelectMany(line => line.Replace("\r\n", "\n").Split('\n', '\r')).ToArray();
        string fence = new('`', Math.Max(3, all.Select(line => LongestRun(line, '`')).DefaultIfEmpty(0).Max() + 1));
        var block = new StringBuilder().Append(fence).AppendLine(language);
        foreach (string line in all)
            block.AppendLine(line);
        return block.Append(fence).AppendLine().ToString();
    }

    private static int LongestRun(string text, char c)
    {
        int longest = 0, run = 0;
        foreach (char x in text)
        {
            run = x == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        return longest;
    }
}
