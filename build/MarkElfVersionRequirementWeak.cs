// Inline MSBuild task (compiled by RoslynCodeTaskFactory from TorchSharpNativePatch.targets).
// Marks one symbol-version requirement (e.g. GLIBCXX_3.4.32) of an ELF64 shared object as weak, so the
// dynamic loader accepts the library on systems whose libstdc++ lacks that version. See the .targets file
// for why this is safe for libLibTorchSharp.so. RoslynCodeTaskFactory compiles against netstandard2.0,
// hence no spans, nullable annotations or File.Move(overwrite).
using System;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

public class MarkElfVersionRequirementWeak : Task
{
    private const uint ShtGnuVerneed = 0x6ffffffe;
    private const ushort VerFlgWeak = 0x2;

    private static readonly string[] SystemLibStdCxxCandidates =
    {
        "/usr/lib/x86_64-linux-gnu/libstdc++.so.6",
        "/lib/x86_64-linux-gnu/libstdc++.so.6",
        "/usr/lib64/libstdc++.so.6",
        "/usr/lib/aarch64-linux-gnu/libstdc++.so.6",
        "/usr/lib/libstdc++.so.6",
    };

    [Required] public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();
    [Required] public string Version { get; set; } = "";

    public override bool Execute()
    {
        string systemLib = SystemLibStdCxxCandidates.FirstOrDefault(File.Exists);
        if (systemLib != null && Contains(File.ReadAllBytes(systemLib), Encoding.ASCII.GetBytes(Version + "\0")))
        {
            Log.LogMessage(MessageImportance.Low, $"{systemLib} provides {Version}; native wrapper left as shipped.");
            return true;
        }

        foreach (ITaskItem item in Files)
        {
            string path = item.ItemSpec;
            try
            {
                byte[] image = File.ReadAllBytes(path);
                switch (MarkWeak(image, Version))
                {
                    case Outcome.Patched:
                        // Write a new file rather than writing in place: the output copy might be a hard link
                        // into the NuGet cache, which must stay untouched.
                        string temporary = path + ".patching";
                        File.WriteAllBytes(temporary, image);
                        File.Delete(path);
                        File.Move(temporary, path);
                        Log.LogMessage(MessageImportance.High,
                            $"BenchHarness: marked {Version} weak in {path} (system libstdc++ lacks it).");
                        break;
                    case Outcome.AlreadyWeak:
                        Log.LogMessage(MessageImportance.Low, $"{path}: {Version} already weak.");
                        break;
                    case Outcome.NotRequired:
                        Log.LogMessage(MessageImportance.Low, $"{path} does not require {Version}.");
                        break;
                }
            }
            catch (Exception e) when (e is IOException || e is InvalidDataException || e is UnauthorizedAccessException)
            {
                Log.LogError($"BenchHarness: cannot patch {path}: {e.Message}");
            }
        }
        return !Log.HasLoggedErrors;
    }

    private enum Outcome { NotRequired, AlreadyWeak, Patched }

    private static Outcome MarkWeak(byte[] elf, string version)
    {
        if (elf.Length < 64 || elf[0] != 0x7f || elf[1] != (byte)'E' || elf[2] != (byte)'L' || elf[3] != (byte)'F')
            throw new InvalidDataException("not an ELF file");
        if (elf[4] != 2 || elf[5] != 1)
            throw new InvalidDataException("only 64-bit little-endian ELF is supported");

        ulong sectionTable = BitConverter.ToUInt64(elf, 0x28);
        int sectionSize = BitConverter.ToUInt16(elf, 0x3A);
        int sectionCount = BitConverter.ToUInt16(elf, 0x3C);

        for (int s = 0; s < sectionCount; s++)
        {
            int header = checked((int)sectionTable + s * sectionSize);
            if (BitConverter.ToUInt32(elf, header + 0x04) != ShtGnuVerneed)
                continue;

            int verneed = checked((int)BitConverter.ToUInt64(elf, header + 0x18));
            int entryCount = (int)BitConverter.ToUInt32(elf, header + 0x2C);
            int stringsHeader = checked((int)sectionTable + (int)BitConverter.ToUInt32(elf, header + 0x28) * sectionSize);
            int strings = checked((int)BitConverter.ToUInt64(elf, stringsHeader + 0x18));

            int need = verneed;
            for (int n = 0; n < entryCount; n++)
            {
                int auxCount = BitConverter.ToUInt16(elf, need + 2);
                int aux = need + (int)BitConverter.ToUInt32(elf, need + 8);
                for (int a = 0; a < auxCount; a++)
                {
                    int nameOffset = strings + (int)BitConverter.ToUInt32(elf, aux + 8);
                    if (ReadCString(elf, nameOffset) == version)
                    {
                        ushort flags = BitConverter.ToUInt16(elf, aux + 4);
                        if ((flags & VerFlgWeak) != 0)
                            return Outcome.AlreadyWeak;
                        BitConverter.GetBytes((ushort)(flags | VerFlgWeak)).CopyTo(elf, aux + 4);
                        return Outcome.Patched;
                    }
                    aux += (int)BitConverter.ToUInt32(elf, aux + 12);
                }
                need += (int)BitConverter.ToUInt32(elf, need + 12);
            }
        }
        return Outcome.NotRequired;
    }

    private static string ReadCString(byte[] bytes, int offset)
    {
        int end = Array.IndexOf(bytes, (byte)0, offset);
        return Encoding.ASCII.GetString(bytes, offset, (end < 0 ? bytes.Length : end) - offset);
    }

    private static bool Contains(byte[] haystack, byte[] needle)
    {
        for (int i = 0; i + needle.Length <= haystack.Length; i++)
        {
            int j = 0;
            while (j < needle.Length && haystack[i + j] == needle[j]) j++;
            if (j == needle.Length) return true;
        }
        return false;
    }
}
