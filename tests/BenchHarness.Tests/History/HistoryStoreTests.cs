using BenchHarness.Analysis.Loading;
using BenchHarness.History.Store;
using BenchHarness.Results;
using Microsoft.Data.Sqlite;

namespace BenchHarness.Tests.History;

/// <summary>The store: digests make adding idempotent, one transaction per add, and a versioned, migrated schema.</summary>
public class HistoryStoreTests
{
    [Fact]
    public void Adding_the_same_set_twice_adds_it_once_even_from_another_path()
    {
        using var temporary = new TemporaryDirectory();
        string run = SyntheticHistory.WriteRun(temporary.Path, 0, SyntheticHistory.Steady);
        string copy = temporary.Combine("copy");
        Directory.CreateDirectory(copy);
        foreach (string file in Directory.GetFiles(run))
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        string path = temporary.Combine("history.db");

        using (HistoryStore store = HistoryStore.Open(path, create: true))
        {
            Assert.False(Assert.Single(store.Add([RunToAdd.Of(ResultSetLoader.Load(run), GivenFacts.None)])).AlreadyStored);
            AddedRun again = Assert.Single(store.Add([RunToAdd.Of(ResultSetLoader.Load(copy), GivenFacts.None)]));
            Assert.True(again.AlreadyStored);
            Assert.Equal("run-0000", again.StoredAs);
        }
        using (HistoryStore store = HistoryStore.Open(path, create: false))
        {
            StoredRun stored = Assert.Single(store.Runs());
            Assert.Equal(SyntheticHistory.Commit(0), stored.Commit);
            Assert.Equal("main", stored.Branch);
            Assert.Equal(SyntheticHistory.Start, stored.MeasuredUtc);
            Assert.Equal("default", stored.Machine.Profile);
            Assert.Equal(4, store.Benchmarks("main").Count);
            Assert.Equal(2, store.SpeedUps("main").Count);
        }
    }

    [Fact]
    public void One_set_twice_in_one_add_is_stored_once()
    {
        using var temporary = new TemporaryDirectory();
        string run = SyntheticHistory.WriteRun(temporary.Path, 0, SyntheticHistory.Steady);
        using HistoryStore store = HistoryStore.Open(temporary.Combine("history.db"), create: true);
        RunToAdd once = RunToAdd.Of(ResultSetLoader.Load(run), GivenFacts.None);

        IReadOnlyList<AddedRun> added = store.Add([once, once]);

        Assert.Equal(new[] { false, true }, added.Select(a => a.AlreadyStored).ToArray());
        Assert.Single(store.Runs());
    }

    [Fact]
    public void A_failed_add_leaves_the_store_as_it_was()
    {
        using var temporary = new TemporaryDirectory();
        string path = temporary.Combine("history.db");
        RunToAdd first = RunToAdd.Of(ResultSetLoader.Load(SyntheticHistory.WriteRun(temporary.Path, 0, SyntheticHistory.Steady)), GivenFacts.None);
        RunToAdd second = RunToAdd.Of(ResultSetLoader.Load(SyntheticHistory.WriteRun(temporary.Path, 1, SyntheticHistory.Steady)), GivenFacts.None);
        // A run whose values cannot be stored (NaN, which SQLite cannot hold) fails inside the transaction, after the run
        // before it was inserted.
        RunToAdd broken = second with
        {
            Measurements = second.Measurements with
            {
                Digest = "broken",
                Benchmarks = [second.Measurements.Benchmarks[0] with { Estimate = double.NaN }],
            },
        };
        using (HistoryStore store = HistoryStore.Open(path, create: true))
            store.Add([first]);

        using (HistoryStore store = HistoryStore.Open(path, create: false))
        {
            Assert.ThrowsAny<Exception>(() => store.Add([second, broken]));
            Assert.Equal(new[] { "run-0000" }, store.Runs().Select(r => r.Name).ToArray());
            Assert.Equal(4, store.Benchmarks("main").Count);
        }
    }

    [Fact]
    public void The_schema_is_versioned_and_an_older_store_is_migrated_keeping_its_data()
    {
        using var temporary = new TemporaryDirectory();
        string path = temporary.Combine("history.db");
        string[] version1 = ["CREATE TABLE notes (text TEXT NOT NULL); INSERT INTO notes VALUES ('kept');"];
        string[] version2 = [.. version1, "ALTER TABLE notes ADD COLUMN added INTEGER NOT NULL DEFAULT 2;"];

        using (HistoryStore store = HistoryStore.Open(path, create: true, version1))
        {
            Assert.Equal(0, store.OpenedAtVersion);
            Assert.Equal(1, store.SchemaVersion);
        }
        using (HistoryStore store = HistoryStore.Open(path, create: false, version2))
        {
            Assert.Equal(1, store.OpenedAtVersion);
            Assert.Equal(2, store.SchemaVersion);
        }
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT text || ' ' || added FROM notes";
        Assert.Equal("kept 2", command.ExecuteScalar());
    }

    [Fact]
    public void A_store_of_a_newer_schema_and_a_database_that_is_no_store_are_refused()
    {
        using var temporary = new TemporaryDirectory();
        string newer = temporary.Combine("newer.db");
        using (HistoryStore.Open(newer, create: true, [.. StoreSchema.Migrations, "CREATE TABLE later (x INTEGER);"]))
        {
        }
        var refusal = Assert.Throws<HarnessException>(() => HistoryStore.Open(newer, create: false));
        Assert.Contains($"schema version {StoreSchema.CurrentVersion + 1} is newer", refusal.Message);

        string other = temporary.Combine("other.db");
        using (var connection = new SqliteConnection($"Data Source={other};Pooling=False"))
        {
            connection.Open();
            using SqliteCommand command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE unrelated (x INTEGER)";
            command.ExecuteNonQuery();
        }
        Assert.Contains("not a history store", Assert.Throws<HarnessException>(() => HistoryStore.Open(other, create: false)).Message);

        string text = temporary.Combine("notes.txt");
        File.WriteAllText(text, "not a database, but long enough that SQLite reads a header from it: " + new string('x', 200));
        Assert.Contains("not a history store", Assert.Throws<HarnessException>(() => HistoryStore.Open(text, create: false)).Message);
    }

    [Fact]
    public void A_foreign_set_needs_its_commit_and_branch_given()
    {
        using var temporary = new TemporaryDirectory();
        string run = SyntheticHistory.WriteRun(temporary.Path, 0, SyntheticHistory.Steady);
        File.Delete(Path.Combine(run, ResultSetLayout.ManifestFileName));
        ResultSet foreign = ResultSetLoader.Load(run);

        Assert.Contains("--commit", Assert.Throws<HarnessException>(() => RunFacts.Of(foreign, GivenFacts.None)).Message);
        RunFacts facts = RunFacts.Of(foreign, new GivenFacts("v1.2", "main", SyntheticHistory.Start));
        Assert.Equal(RunFacts.ForeignSource, facts.Source);
        Assert.Equal(RunFacts.ForeignSource, facts.Machine.Profile);
        Assert.Equal("v1.2", facts.Commit);
    }
}
