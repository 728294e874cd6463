using System.Text;

namespace BenchHarness;

/// <summary>
/// A console writer that passes everything through <see cref="TerminalText"/>, so that no text a command prints
/// (names and reasons read from result sets included) can move the cursor, retitle or clear the terminal.
/// </summary>
/// <param name="keepLines">
/// true for output (tables and lists keep their line breaks); false for errors, where each message stays on the
/// line it is written as, whatever it contains.
/// </param>
public sealed class TerminalWriter(TextWriter inner, bool keepLines) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => inner.NewLine;
        set => inner.NewLine = value;
    }

    public override void Write(char value) => inner.Write(Safe(value.ToString()));

    public override void Write(string? value)
    {
        if (value is not null)
            inner.Write(Safe(value));
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Write(ReadOnlySpan<char> buffer) => Write(buffer.ToString());

    // The line break itself goes to the inner writer: it is the one a message may end with, not one it contains.
    public override void WriteLine() => inner.WriteLine();

    public override void WriteLine(string? value)
    {
        Write(value);
        inner.WriteLine();
    }

    public override void WriteLine(ReadOnlySpan<char> buffer) => WriteLine(buffer.ToString());

    public override void WriteLine(char[] buffer, int index, int count) => WriteLine(new string(buffer, index, count));

    public override void Flush() => inner.Flush();

    private string Safe(string text) => keepLines ? TerminalText.KeepingLines(text) : TerminalText.OneLine(text);
}
