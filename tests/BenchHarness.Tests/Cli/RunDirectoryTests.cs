using BenchHarness.Cli.Orchestration;
using BenchHarness.Results;

namespace BenchHarness.Tests.Cli;

public class RunDirectoryTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-24T12:34:56Z");

    [Fact]
    public void Runs_started_in_the_same_second_get_different_directories()
    {
        using var root = new TemporaryDirectory();
        using RunDirectory first = RunDirectory.Create(null, root.Path, Now);
        using RunDirectory second = RunDirectory.Create(null, root.Path, Now);

        Assert.NotEqual(first.Root, second.Root);
        Assert.StartsWith("20261124-123456-", first.RunId);
        Assert.True(Directory.Exists(first.Layout.Logs) && Directory.Exists(second.Layout.Requests));
    }

    [Fact]
    public void An_existing_result_set_is_never_written_into()
    {
        using var root = new TemporaryDirectory();
        string existing = root.Combine("old-run");
        Directory.CreateDirectory(existing);
        File.WriteAllText(ResultSetLayout.ManifestIn(existing), "{}");

        var error = Assert.Throws<HarnessException>(() => RunDirectory.Create(existing, root.Path, Now));
        Assert.Contains("already holds results", error.Message);
        Assert.Equal("{}", File.ReadAllText(ResultSetLayout.ManifestIn(existing)));
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
            Assert.Equal(16, runs.Select(r => r.Root).Distinct().Count());
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

        var error = Assert.Throws<HarnessException>(() => RunDirectory.Open(running.Root));
        Assert.Contains("being written by another benchharness run", error.Message);
    }

    [Fact]
    public void A_killed_run_leaves_a_lock_file_that_blocks_new_runs_but_not_a_resume()
    {
        using var root = new TemporaryDirectory();
        string path = root.Combine("run");
        Directory.CreateDirectory(path);
        File.WriteAllText(new ResultSetLayout(path).Lock, ""); // what SIGKILL leaves: the file, not the lock

        Assert.Throws<HarnessException>(() => RunDirectory.Create(path, root.Path, Now));
        using RunDirectory resumed = RunDirectory.Open(path);
        Assert.Equal("run", resumed.RunId);
    }

    [Fact]
    public void Superseded_files_are_moved_aside_not_lost()
    {
        using var root = new TemporaryDirectory();
        using RunDirectory run = RunDirectory.Create(root.Combine("run"), root.Path, Now);
        string log = ResultSetLayout.LogFileOf("P01");
        File.WriteAllText(run.Layout.In(log), "first attempt");
        string temporary = $"{run.Layout.Manifest}.77{ResultJson.TemporarySuffix}";
        File.WriteAllText(temporary, "{ half");

        run.Supersede([log, ResultSetLayout.ResultsFileOf("P01MissingHybridization")], Now);
        run.RemoveStaleTemporaries();

        Assert.False(File.Exists(run.Layout.In(log)));
        Assert.Equal("first attempt", File.ReadAllText(Path.Combine(run.Layout.In(ResultSetLayout.SupersededAt(Now)), log)));
        Assert.False(File.Exists(temporary));
    }
}
