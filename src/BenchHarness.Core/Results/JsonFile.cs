using System.Text.Json;

namespace BenchHarness.Results;

/// <summary>Parses a JSON file, turning every way it can fail into a one-line <see cref="ResultSetException"/>.</summary>
internal static class JsonFile
{
    public static JsonDocument Parse(string path, string expected)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ResultSetException(path, $"cannot be read ({e.Message})", "check the file and its permissions");
        }
        // A UTF-8 byte-order mark is valid text that JsonDocument does not skip.
        ReadOnlyMemory<byte> json = bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes.AsMemory(3) : bytes;
        if (json.Span.Trim(" \t\r\n"u8).IsEmpty)
            throw new ResultSetException(path, $"is empty, expected {expected}", "the run was cut short: run it again");

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new ResultSetException(path,
                $"is not valid JSON (truncated or corrupt near line {(e.LineNumber ?? 0) + 1}, byte {e.BytePositionInLine ?? 0})",
                "the run was cut short or the file was edited: run it again");
        }
        if (document.RootElement.ValueKind == JsonValueKind.Null)
        {
            document.Dispose();
            throw new ResultSetException(path, $"holds JSON null, expected {expected}", "run it again");
        }
        return document;
    }
}
