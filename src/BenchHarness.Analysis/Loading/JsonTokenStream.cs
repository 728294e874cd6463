using System.Text.Json;
using BenchHarness.Results;

namespace BenchHarness.Analysis.Loading;

/// <summary>
/// A JSON file read token by token through a small buffer, so that a file of any size is read in memory proportional
/// to what the caller keeps, not to the file (a <see cref="JsonDocument"/> of a 300 MB report takes twice that).
/// Every way the file can fail to be JSON is a one-line <see cref="ResultSetException"/>.
/// </summary>
/// <remarks>
/// <see cref="Utf8JsonReader"/> is a ref struct that cannot outlive a call, so each token is read by a new reader
/// resumed from the previous one's state; the current token's bytes stay in the buffer until the next
/// <see cref="Read"/>, which is when its value can be asked for.
/// </remarks>
internal sealed class JsonTokenStream : IDisposable
{
    private static readonly JsonReaderOptions Options = new() { AllowTrailingCommas = true };

    private readonly string path;
    private readonly Stream stream;
    private byte[] buffer = new byte[64 * 1024];
    private int start, end, tokenStart, tokenLength;
    private bool final;
    private long line = 1;
    private JsonReaderState state = new(Options);

    private JsonTokenStream(string path, Stream stream)
    {
        this.path = path;
        this.stream = stream;
    }

    public JsonTokenType TokenType { get; private set; }

    /// <summary>The depth of the current token, as <see cref="Utf8JsonReader.CurrentDepth"/>.</summary>
    public int Depth { get; private set; }

    /// <summary>Opens <paramref name="path"/>, refusing a file that cannot be read or holds no JSON at all.</summary>
    public static JsonTokenStream Open(string path, string expected)
    {
        Stream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ResultSetException(path, $"cannot be read ({e.Message})", "check the file and its permissions");
        }
        var tokens = new JsonTokenStream(path, stream);
        try
        {
            tokens.Fill();
            // A UTF-8 byte-order mark is valid text that the reader does not skip.
            if (tokens.buffer.AsSpan(0, tokens.end).StartsWith("\uFEFF"u8))
                tokens.start = 3;
            while (tokens.Unread.Trim(" \t\r\n"u8).IsEmpty && !tokens.final)
                tokens.Fill();
            if (tokens.Unread.Trim(" \t\r\n"u8).IsEmpty)
                throw new ResultSetException(path, $"is empty, expected {expected}", "the run was cut short: run it again");
            return tokens;
        }
        catch
        {
            tokens.Dispose();
            throw;
        }
    }

    private ReadOnlySpan<byte> Unread => buffer.AsSpan(start, end - start);

    private ReadOnlySpan<byte> Token => buffer.AsSpan(tokenStart, tokenLength);

    /// <summary>The next token; false at the end of the file.</summary>
    public bool Read()
    {
        while (true)
        {
            var reader = new Utf8JsonReader(Unread, final, state);
            bool read;
            try
            {
                read = reader.Read();
            }
            catch (JsonException e)
            {
                throw new ResultSetException(path,
                    $"is not valid JSON (truncated or corrupt near line {line + (e.LineNumber ?? 0)})",
                    "the run was cut short or the file was edited: run it again");
            }
            if (read)
            {
                TokenType = reader.TokenType;
                Depth = reader.CurrentDepth;
                bool quoted = reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName;
                tokenStart = start + (int)reader.TokenStartIndex;
                tokenLength = reader.ValueSpan.Length + (quoted ? 2 : 0);
            }
            // Also when no whole token was left: the reader may have consumed what precedes the partial one.
            int consumed = (int)reader.BytesConsumed;
            line += buffer.AsSpan(start, consumed).Count((byte)'\n');
            start += consumed;
            state = reader.CurrentState;
            if (read)
                return true;
            if (final)
                return false;
            Fill();
        }
    }

    /// <summary>Skips the current token's value: the whole object or array when it starts one.</summary>
    public void Skip()
    {
        if (TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
            return;
        int depth = Depth;
        while (Read() && !(TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray && Depth == depth))
        {
        }
    }

    /// <summary>Whether the current string or property name is <paramref name="utf8"/> (escapes resolved).</summary>
    public bool ValueIs(ReadOnlySpan<byte> utf8)
    {
        if (TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
            return false;
        ReadOnlySpan<byte> raw = Token[1..^1];
        if (raw.IndexOf((byte)'\\') < 0)
            return raw.SequenceEqual(utf8);
        var reader = TokenReader();
        return reader.ValueTextEquals(utf8);
    }

    /// <summary>The current string or property name.</summary>
    public string GetString()
    {
        try
        {
            return TokenReader().GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new ResultSetException(path, $"holds text that is not valid UTF-8 (near line {line})",
                "the file was damaged or written in another encoding: run it again");
        }
    }

    /// <summary>The current number, when it is one a double holds.</summary>
    public bool TryGetDouble(out double value)
    {
        var reader = TokenReader();
        return reader.TryGetDouble(out value);
    }

    /// <summary>The current number, when it is a whole number an int holds.</summary>
    public bool TryGetInt32(out int value)
    {
        var reader = TokenReader();
        return reader.TryGetInt32(out value);
    }

    /// <summary>The current scalar as written in the file (a string without its quotes).</summary>
    public string Text() => TokenType is JsonTokenType.String or JsonTokenType.PropertyName
        ? GetString()
        : System.Text.Encoding.UTF8.GetString(Token);

    public void Dispose() => stream.Dispose();

    // The current token alone, as a document of its own (a property name reads as a string).
    private Utf8JsonReader TokenReader()
    {
        var reader = new Utf8JsonReader(Token, isFinalBlock: true, default);
        reader.Read();
        return reader;
    }

    // Moves what is unread to the front (growing the buffer when one token fills it) and reads more of the file.
    private void Fill()
    {
        int unread = end - start;
        if (start > 0)
            Buffer.BlockCopy(buffer, start, buffer, 0, unread);
        else if (unread == buffer.Length)
            Array.Resize(ref buffer, buffer.Length * 2);
        start = 0;
        end = unread;
        int count;
        try
        {
            count = stream.Read(buffer, end, buffer.Length - end);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ResultSetException(path, $"cannot be read ({e.Message})", "check the file and its permissions");
        }
        end += count;
        final = count == 0;
    }
}
