using System.Security.Cryptography;
using BenchHarness.Tests.Support;

namespace BenchHarness.Tests.Cli.BadInput;

/// <summary>What every bad-input table asserts: exit 2, one line naming the problem, no stack trace; and what was left alone.</summary>
public static class BadInput
{
    public static void AssertOneLineFailure(ProgramRun run, string expected)
    {
        Assert.True(run.ExitCode == ExitCodes.BadInputOrFailure, $"exit {run.ExitCode}, stdout: {run.StandardOutput}, stderr: {run.StandardError}");
        Assert.Contains(expected, run.StandardError);
        Assert.Single(run.ErrorLines);
        Assert.StartsWith("benchharness: ", run.ErrorLines[0]);
        Assert.DoesNotContain("   at ", run.StandardError);
        Assert.DoesNotContain("Exception", run.StandardError);
        Assert.DoesNotContain("internal error", run.StandardError);
    }

    /// <summary>Every entry under <paramref name="directory"/> (links listed, not followed), with a hash of each file's bytes.</summary>
    public static string[] Snapshot(string directory)
    {
        var entries = new List<string>();
        void Walk(DirectoryInfo folder)
        {
            foreach (FileSystemInfo entry in folder.EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0 }))
            {
                string name = Path.GetRelativePath(directory, entry.FullName);
                if (entry.LinkTarget is string target)
                    entries.Add($"{name} -> {target}");
                else if (entry is DirectoryInfo sub)
                {
                    entries.Add($"{name}/");
                    Walk(sub);
                }
                else
                    entries.Add($"{name} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry.FullName)))}");
            }
        }
        if (Directory.Exists(directory))
            Walk(new DirectoryInfo(directory));
        return [.. entries.Order(StringComparer.Ordinal)];
    }
}
