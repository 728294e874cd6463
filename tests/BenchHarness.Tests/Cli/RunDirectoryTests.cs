using BenchHarness.Cli.Orchestration;

namespace BenchHarness.Tests.Core;

public class RunDirectoryTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-24T12:34:56Z");

    [Fact]
    public void Runs_started_in_the_same_second_get_different_directories()
    {
        using var root = new TemporaryDirectory();
        using RunDirectory first = RunDirectory.Create(null, root.Path, Now);
        using RunDirectory second = RunDirectory.Create(null, root.Path, Now);

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
        using RunDirectory directory = RunDirectory.Create(root.Path, root.Path, Now);
        Assert.Equal(Path.GetFileName(root.Path), directory.RunId);
    }

    [Fact]
    public void Runs_started_at_the_same_moment_never_share_a_directory()
    {
        using var root = new TemporaryDirectory();
        RunDirectory[] runs = Enumerable.Range(0, 16).AsParallel().Select(_ => RunDirectory.Create(null, root.Path, Now)).ToArray();
        try
        {
            Assert.Equal(16, runs.Select(r => r.Path).Distinct().Count());
        }
        finally
        {
            foreach (RunDirectory run in runs)
                run.Dispose();
        }
    }

    [Fact]
    public void Two_runs_given_the_same_out_at_the_same_moment_get_it_once()
    {
        using var root = new TemporaryDirectory();
        string target = root.Combine("shared");
        var claims = Enumerable.Range(0, 8).AsParallel().Select(_ =>
        {
            try
            {
                return RunDirectory.Create(target, root.Path, Now);
            }
            catch (HarnessException)
            {
                return null;
            }
        }).ToArray();
        try
        {
            Assert.Single(claims.OfType<RunDirectory>());
        }
        finally
        {
            foreach (RunDirectory? claim in claims)
                claim?.Dispose();
        }
    }

    [Fact]
    public void A_result_set_being_written_cannot_be_resumed_at_the_same_time()
    {
        using var root = new TemporaryDirectory();
        using RunDirectory running = RunDirectory.Create(root.Combine("run"), root.Path, Now);

        var error = Assert.Throws<HarnessException>(() => RunDirectory.Open(running.Path));
        Assert.Contains("being written by another benchharness run", error.Message);
    }

    [Fact]
    public void A_killed_run_leaves_a_lock_file_that_blocks_new_runs_but_not_a_resume()
    {
        using var root = new TemporaryDirectory();
        string path = root.Combine("run");
        Directory.CreateDirectory(path);
        File.WriteAllText(Path.Combine(path, ".lock"), ""); // what SIGKILL leaves: the file, not the lock

        Assert.Throws<HarnessException>(() => RunDirectory.Create(path, root.Path, Now));
        using RunDirectory resumed = RunDirectory.Open(path);
        Assert.Equal("run", resumed.RunId);
    }

    [Fact]
    public void Superseded_files_are_moved_aside_not_lost()
    {
        using var root = new TemporaryDirectory();
        using RunDirectory run = RunDirectory.Create(root.Combine("run"), root.Path, Now);
        File.WriteAllText(Path.Combine(run.LogsPath, "P01.log"), "first attempt");
        File.WriteAllText(Path.Combine(run.Path, "manifest.json.77.tmp"), "{ half");

        run.Supersede(["logs/P01.log", "P01MissingHybridization-report-full.json"], Now);
        run.RemoveStaleTemporaries();

        Assert.False(File.Exists(Path.Combine(run.LogsPath, "P01.log")));
        Assert.Equal("first attempt", File.ReadAllText(Path.Combine(run.Path, "superseded", "20261124-123456", "logs", "P01.log")));
        Assert.False(File.Exists(Path.Combine(run.Path, "manifest.json.77.tmp")));
    }
}
