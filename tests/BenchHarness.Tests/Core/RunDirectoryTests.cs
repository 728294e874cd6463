using BenchHarness.Cli.Running;
using BenchHarness.Tests.Support;

namespace BenchHarness.Tests.Core;

public class RunDirectoryTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-24T12:34:56Z");

    [Fact]
    public void Runs_started_in_the_same_second_get_different_directories()
    {
        using var root = new TemporaryDirectory();
        RunDirectory first = RunDirectory.Create(null, root.Path, Now);
        RunDirectory second = RunDirectory.Create(null, root.Path, Now);

        Assert.NotEqual(first.Path, second.Path);
        Assert.StartsWith("20261124-123456-", first.RunId);
        Assert.True(Directory.Exists(first.LogsPath) && Directory.Exists(second.RequestsPath));
    }

    [Fact]
    public void An_existing_result_set_is_never_written_into()
    {
        using var root = new TemporaryDirectory();
        string existing = root.Combine("old-run");
        Directory.CreateDirectory(existing);
        File.WriteAllText(Path.Combine(existing, "manifest.json"), "{}");

        var error = Assert.Throws<HarnessException>(() => RunDirectory.Create(existing, root.Path, Now));
        Assert.Contains("already holds results", error.Message);
        Assert.Equal("{}", File.ReadAllText(Path.Combine(existing, "manifest.json")));
    }

    [Fact]
    public void An_empty_existing_directory_may_be_used()
    {
        using var root = new TemporaryDirectory();
        RunDirectory directory = RunDirectory.Create(root.Path, root.Path, Now);
        Assert.Equal(Path.GetFileName(root.Path), directory.RunId);
    }
}
