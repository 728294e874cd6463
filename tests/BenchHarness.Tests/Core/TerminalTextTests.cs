namespace BenchHarness.Tests.Core;

public class TerminalTextTests
{
    [Theory]
    [InlineData("plain text, unchanged: ü €", "plain text, unchanged: ü €")]
    [InlineData("two\nlines", "two\\nlines")]
    [InlineData("windows\r\nline", "windows\\r\\nline")]
    [InlineData("tab\there", "tab\\there")]
    [InlineData("\u001b[31mred\u001b[0m", "\\x1b[31mred\\x1b[0m")]
    [InlineData("title\u001b]0;pwned\u0007", "title\\x1b]0;pwned\\x07")]
    [InlineData("nul\0del\u007f", "nul\\x00del\\x7f")]
    [InlineData("c1 csi\u009b2J nel\u0085", "c1 csi\\u009b2J nel\\u0085")]
    [InlineData("separators\u2028\u2029", "separators\\u2028\\u2029")]
    [InlineData("bidi \u202eevil\u202c \u2066x\u2069", "bidi \\u202eevil\\u202c \\u2066x\\u2069")]
    [InlineData("C:\\path\\with\\backslashes", "C:\\path\\with\\backslashes")]
    public void One_line_escapes_every_control_character_visibly(string text, string expected) =>
        Assert.Equal(expected, TerminalText.OneLine(text));

    [Fact]
    public void One_line_returns_clean_text_itself()
    {
        string clean = "nothing to escape";
        Assert.Same(clean, TerminalText.OneLine(clean));
    }

    [Fact]
    public void One_line_is_idempotent() =>
        Assert.Equal(TerminalText.OneLine("a\n\u001b"), TerminalText.OneLine(TerminalText.OneLine("a\n\u001b")));

    [Fact]
    public void Keeping_lines_keeps_line_breaks_and_tabs_and_escapes_the_rest() =>
        Assert.Equal("a\tb\nc\r\nd\\re\\x1b[2J", TerminalText.KeepingLines("a\tb\nc\r\nd\re\u001b[2J"));

    [Fact]
    public void A_terminal_writer_for_errors_keeps_each_message_on_its_line()
    {
        var inner = new StringWriter { NewLine = "\n" };
        var errors = new TerminalWriter(inner, keepLines: false);

        errors.WriteLine("benchharness: reason\nwith \u001b[31m");
        errors.Write("part\r");
        errors.WriteLine();

        Assert.Equal("benchharness: reason\\nwith \\x1b[31m\npart\\r\n", inner.ToString());
    }

    [Fact]
    public void A_terminal_writer_for_output_keeps_lines_and_escapes_sequences()
    {
        var inner = new StringWriter { NewLine = "\n" };
        var output = new TerminalWriter(inner, keepLines: true);

        output.Write("table\n\trow \u001b]0;t\u0007");
        output.Write('\u001b');
        output.WriteLine("end");
        output.Write("span\u0007".AsSpan());

        Assert.Equal("table\n\trow \\x1b]0;t\\x07\\x1bend\nspan\\x07", inner.ToString());
    }
}
