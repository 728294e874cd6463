using System.Text;

namespace BenchHarness.Results;

/// <summary>
/// Writes a file so that no reader ever sees half of it: into a temporary file beside it, then renamed over it.
/// The rename replaces the directory entry, so a symbolic or hard link at the target is replaced, never written through.
/// </summary>
public static class AtomicFile
{
    /// <summary>How the temporary file of an atomic write ends; such a file is never a result.</summary>
    public const string TemporarySuffix = ".tmp";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string path, Action<Stream> write)
    {
        string temporary = $"{path}.{Environment.ProcessId}{TemporarySuffix}";
        try
        {
            File.Delete(temporary); // a leftover of a killed writer with this process id (unlinked, never followed)
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                write(stream);
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    public static void WriteAllText(string path, string text) => Write(path, stream => stream.Write(Utf8.GetBytes(text)));
}
