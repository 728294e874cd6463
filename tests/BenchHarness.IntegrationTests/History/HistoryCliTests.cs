using System.Text.Json;
using BenchHarness.Identity;
using BenchHarness.Results;
using BenchHarness.IntegrationTests.Support;

namespace BenchHarness.IntegrationTests.History;

/// <summary>
/// `benchharness history add|report` as a person runs it: five commits added, one page with every trend and the
/// change point named by its commit; idempotent adds; one-line refusals that leave the store as it was.
/// </summary>
public class HistoryCliTests
{
    // From the fourth commit on, the fix in graph mode is 15% slower: its time rises and P01's graph speed-up erodes.
    private static Func<PairMember, ExecutionMode, double> SlowerFixFrom(int index, int commit) => (member, mode) =>
        SyntheticHistory.Steady(member, mode) * (commit >= index && member == PairMember.Fix && mode == ExecutionMode.Graph ? 1.15 : 1);

    [Fact]
    public void Five_commits_give_one_page_with_every_trend_and_the_change_named_by_its_commit()
    {
        using var temporary = new TemporaryDirectory();
        string[] runs = Enumerable.Range(0, 5).Select(i => SyntheticHistory.WriteRun(temporary.Path, i, SlowerFixFrom(3, i))).ToArray();
        string store = temporary.Combine("history.db"), output = temporary.Combine("page");

        ProgramRun add = BuiltPrograms.RunCli(["history", "add", "--store", store, .. runs]);
        Assert.True(add.ExitCode == 0, add.StandardError);
        Assert.Equal(5, add.StandardOutput.Split('\n').Count(l => l.StartsWith("added run-", StringComparison.Ordinal)));

        ProgramRun report = BuiltPrograms.RunCli("history", "report", "--store", store, "--out", output);
        Assert.True(report.ExitCode == 0, report.StandardError);

        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "history.json")));
        JsonElement machine = Assert.Single(json.RootElement.GetProperty("machines").EnumerateArray());
        Assert.Equal(5, machine.GetProperty("commits").GetArrayLength());
        var series = machine.GetProperty("series").EnumerateArray().ToArray();
        Assert.Equal(6, series.Length);
        var changed = series.Where(s => s.GetProperty("changes").GetArrayLength() > 0).ToArray();
        Assert.Equal(
            new[] { "P01 Fix vs Anti, Graph, Cpu, Size=16", "P01.Fix(Device: Cpu, Mode: Graph, Size: 16)" },
            changed.Select(s => s.GetProperty("name").GetString()!).Order(StringComparer.Ordinal).ToArray());
        foreach (JsonElement s in changed)
        {
            JsonElement change = Assert.Single(s.GetProperty("changes").EnumerateArray());
            Assert.Equal($"{SyntheticHistory.Commit(2)}..{SyntheticHistory.Commit(3)}", change.GetProperty("commitRange").GetString());
            Assert.True(change.GetProperty("regression").GetBoolean());
        }
        Assert.Equal(2, json.RootElement.GetProperty("standingRegressions").GetArrayLength());

        string html = File.ReadAllText(Path.Combine(output, "index.html"));
        Assert.Contains("<svg", html);
        Assert.Contains(SyntheticHistory.Commit(3)[..7], html);
        Assert.Contains("P01: fix vs anti speed-ups", html);
        Assert.Contains("P01: times", html);
        string markdown = File.ReadAllText(Path.Combine(output, "history.md"));
        Assert.Contains($"{SyntheticHistory.Commit(2)}..{SyntheticHistory.Commit(3)}", markdown);
        Assert.Contains("2 series stand regressed", markdown);

        ProgramRun gate = BuiltPrograms.RunCli("history", "report", "--store", store, "--out", output, "--fail-on-change");
        Assert.Equal(1, gate.ExitCode);
        Assert.Contains("stand regressed", gate.StandardError);
    }

    [Fact]
    public void A_steady_history_passes_the_change_gate()
    {
        using var temporary = new TemporaryDirectory();
        string[] runs = Enumerable.Range(0, 6).Select(i => SyntheticHistory.WriteRun(temporary.Path, i, SyntheticHistory.Steady)).ToArray();
        string store = temporary.Combine("history.db");
        Assert.Equal(0, BuiltPrograms.RunCli(["history", "add", "--store", store, .. runs]).ExitCode);

        ProgramRun report = BuiltPrograms.RunCli("history", "report", "--store", store, "--out", temporary.Combine("page"), "--fail-on-change");

        Assert.True(report.ExitCode == 0, report.StandardOutput + report.StandardError);
        Assert.Contains("0 change point(s)", report.StandardOutput);
    }

    [Fact]
    public void Adding_a_set_again_is_a_no_op_and_says_so()
    {
        using var temporary = new TemporaryDirectory();
        string run = SyntheticHistory.WriteRun(temporary.Path, 0, SyntheticHistory.Steady);
        string store = temporary.Combine("history.db");
        Assert.Equal(0, BuiltPrograms.RunCli("history", "add", "--store", store, run).ExitCode);
        byte[] before = File.ReadAllBytes(store);

        ProgramRun again = BuiltPrograms.RunCli("history", "add", "--store", store, run);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("already stored: run-0000", again.StandardOutput);
        Assert.Equal(before, File.ReadAllBytes(store));
    }

    [Fact]
    public void A_corrupt_set_is_refused_in_one_line_and_the_store_is_left_as_it_was()
    {
        using var temporary = new TemporaryDirectory();
        string store = temporary.Combine("history.db");
        Assert.Equal(0, BuiltPrograms.RunCli("history", "add", "--store", store, SyntheticHistory.WriteRun(temporary.Path, 0, SyntheticHistory.Steady)).ExitCode);
        byte[] before = File.ReadAllBytes(store);
        string good = SyntheticHistory.WriteRun(temporary.Path, 1, SyntheticHistory.Steady);
        string corrupt = SyntheticHistory.WriteRun(temporary.Path, 2, SyntheticHistory.Steady);
        string json = Directory.GetFiles(corrupt, "*" + ResultSetLayout.FullReportEnding).Single();
        File.WriteAllText(json, File.ReadAllText(json)[..200]);

        ProgramRun add = BuiltPrograms.RunCli("history", "add", "--store", store, good, corrupt);

        CliAssertions.AssertOneLineFailure(add, Path.GetFileName(json));
        Assert.Equal(before, File.ReadAllBytes(store));
    }

    [Fact]
    public void Bad_input_is_refused_in_one_line()
    {
        using var temporary = new TemporaryDirectory();
        string run = SyntheticHistory.WriteRun(temporary.Path, 0, SyntheticHistory.Steady);
        string notAStore = temporary.Combine("notes.txt");
        File.WriteAllText(notAStore, "these are notes, not a database; " + new string('x', 200));
        string store = temporary.Combine("history.db");
        Assert.Equal(0, BuiltPrograms.RunCli("history", "add", "--store", store, run).ExitCode);

        CliAssertions.AssertOneLineFailure(BuiltPrograms.RunCli("history", "report", "--store", temporary.Combine("missing.db")), "missing.db", "history add");
        CliAssertions.AssertOneLineFailure(BuiltPrograms.RunCli("history", "report", "--store", notAStore), "notes.txt", "not a history store");
        CliAssertions.AssertOneLineFailure(BuiltPrograms.RunCli("history", "add", "--store", notAStore, run), "notes.txt", "not a history store");
        CliAssertions.AssertOneLineFailure(BuiltPrograms.RunCli("history", "report", "--store", store, "--branch", "release"), "release", "main (1 runs)");
        CliAssertions.AssertOneLineFailure(BuiltPrograms.RunCli("history", "report", "--store", store, "--min-change", "lots"), "--min-change");
        CliAssertions.AssertOneLineFailure(BuiltPrograms.RunCli("history", "add", "--store", store, "--time", "yesterday", run), "--time");
        CliAssertions.AssertOneLineFailure(BuiltPrograms.RunCli("history", "add", "--store", store, temporary.Combine("nothing-here")), "nothing-here");
        CliAssertions.AssertOneLineFailure(BuiltPrograms.RunCli("history", "add", "--store", Path.Combine(run, "history.db"), run), "--store", "inside");
        CliAssertions.AssertOneLineFailure(BuiltPrograms.RunCli("history", "add", "--store", store), "history add");
    }

    [Fact]
    public void A_foreign_set_is_added_with_its_commit_and_branch_given()
    {
        using var temporary = new TemporaryDirectory();
        string run = SyntheticHistory.WriteRun(temporary.Path, 0, SyntheticHistory.Steady);
        File.Delete(ResultSetLayout.ManifestIn(run));
        string store = temporary.Combine("history.db");

        CliAssertions.AssertOneLineFailure(BuiltPrograms.RunCli("history", "add", "--store", store, run), "no manifest.json", "--commit");
        Assert.False(File.Exists(store), "a refused add must not create the store");

        ProgramRun add = BuiltPrograms.RunCli("history", "add", "--store", store, "--commit", "abc1234", "--branch", "main", "--time", "2026-11-01T08:00:00Z", run);
        Assert.True(add.ExitCode == 0, add.StandardError);
        Assert.Contains("commit abc1234, branch main", add.StandardOutput);
        Assert.Contains("benchmarkdotnet profile", add.StandardOutput);
    }
}
