using Microsoft.Data.Sqlite;

namespace BenchHarness.History.Store;

/// <summary>
/// The store's schema as numbered migrations. SQLite's <c>PRAGMA user_version</c> holds how many have been applied;
/// opening a store applies the missing ones in one transaction, so a store is always at one version, never between two.
/// A new version appends a migration here (never edits an old one) and raises <see cref="CurrentVersion"/> with it.
/// </summary>
public static class StoreSchema
{
    /// <summary>Version 1: machines, runs (keyed by digest), benchmark times and pair speed-ups with their intervals.</summary>
    public static IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE machines (
            fingerprint TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            facts TEXT NOT NULL
        );
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            digest TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            commit_id TEXT NOT NULL,
            branch TEXT NOT NULL,
            dirty INTEGER NOT NULL,
            measured_utc TEXT NOT NULL,
            machine TEXT NOT NULL REFERENCES machines(fingerprint),
            profile TEXT NOT NULL,
            source TEXT NOT NULL,
            added_utc TEXT NOT NULL
        );
        CREATE INDEX runs_by_branch ON runs(branch, machine, profile, measured_utc);
        CREATE TABLE benchmarks (
            run_id INTEGER NOT NULL REFERENCES runs(id),
            name TEXT NOT NULL,
            full_name TEXT NOT NULL,
            pattern TEXT NOT NULL,
            time_ns REAL NOT NULL,
            log_se REAL NOT NULL,
            lower_ns REAL NOT NULL,
            upper_ns REAL NOT NULL,
            single_process INTEGER NOT NULL,
            units_ns TEXT NOT NULL,
            PRIMARY KEY (run_id, full_name)
        );
        CREATE TABLE speedups (
            run_id INTEGER NOT NULL REFERENCES runs(id),
            name TEXT NOT NULL,
            pattern TEXT NOT NULL,
            estimate REAL NOT NULL,
            log_se REAL NOT NULL,
            lower REAL NOT NULL,
            upper REAL NOT NULL,
            single_process INTEGER NOT NULL,
            PRIMARY KEY (run_id, name)
        );
        """,
    ];

    public static int CurrentVersion => Migrations.Count;

    /// <summary>
    /// Brings the database on <paramref name="connection"/> to the last of <paramref name="migrations"/>; returns the
    /// version it had. Refuses a database of a later version (a newer harness wrote it) and an SQLite file that is
    /// not a store (tables, but no version).
    /// </summary>
    public static int Migrate(SqliteConnection connection, string path, IReadOnlyList<string> migrations)
    {
        int version = UserVersion(connection);
        if (version > migrations.Count)
            throw new HarnessException(
                $"{path}: history store schema version {version} is newer than this benchharness reads ({migrations.Count}); use a newer benchharness");
        if (version == 0 && TableCount(connection) > 0)
            throw new HarnessException($"{path}: is an SQLite database, but not a history store (no schema version); pass another --store");
        if (version == migrations.Count)
            return version;

        using SqliteTransaction transaction = connection.BeginTransaction();
        for (int next = version; next < migrations.Count; next++)
            Execute(connection, transaction, migrations[next]);
        // PRAGMA takes no parameters; the value is a count, never text from outside.
        Execute(connection, transaction, $"PRAGMA user_version = {migrations.Count}");
        transaction.Commit();
        return version;
    }

    public static int UserVersion(SqliteConnection connection)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static long TableCount(SqliteConnection connection)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table'";
        return (long)command.ExecuteScalar()!;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
