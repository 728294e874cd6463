using System.Globalization;
using System.Text.Json;
using BenchHarness.Analysis.Loading;
using BenchHarness.History.Series;
using Microsoft.Data.Sqlite;

namespace BenchHarness.History.Store;

/// <summary>A run as the store holds it.</summary>
public sealed record StoredRun(
    long Id,
    string Name,
    string Commit,
    string Branch,
    bool Dirty,
    DateTimeOffset MeasuredUtc,
    MachineGroup Machine,
    string Source,
    string Digest);

/// <summary>One stored value with the run it belongs to.</summary>
public sealed record StoredValue(long RunId, MeasuredValue Value);

/// <summary>What adding one set did: added it as a new run, or found it stored already (then nothing changed).</summary>
public sealed record AddedRun(string Name, RunFacts Facts, bool AlreadyStored, string StoredAs, int Benchmarks, int SpeedUps);

/// <summary>A set to add: the loaded result set, what it is filed under, and its values.</summary>
public sealed record RunToAdd(ResultSet Set, RunFacts Facts, RunMeasurements Measurements)
{
    public static RunToAdd Of(ResultSet set, GivenFacts given)
    {
        RunFacts facts = RunFacts.Of(set, given);
        return new RunToAdd(set, facts, RunMeasurements.Of(set, facts));
    }
}

/// <summary>
/// The history store: one SQLite file (<see cref="StoreSchema"/>) holding every result set added to it. Every change
/// is one transaction, so a failure leaves the store as it was; SQLite's own locking lets two writers take turns.
/// </summary>
public sealed partial class HistoryStore : IDisposable
{
    private readonly SqliteConnection _connection;

    private HistoryStore(string path, SqliteConnection connection, int openedAtVersion)
    {
        Path = path;
        _connection = connection;
        OpenedAtVersion = openedAtVersion;
    }

    public string Path { get; }

    /// <summary>The schema version the file had before this open migrated it (0 for a new store).</summary>
    public int OpenedAtVersion { get; }

    /// <summary>Opens (creating when <paramref name="create"/>) and migrates the store at <paramref name="path"/>.</summary>
    public static HistoryStore Open(string path, bool create) => Open(path, create, StoreSchema.Migrations);

    /// <summary>As <see cref="Open(string, bool)"/>, with the migrations given (tests of the migration path).</summary>
    public static HistoryStore Open(string path, bool create, IReadOnlyList<string> migrations)
    {
        if (string.IsNullOrWhiteSpace(path))
            throw new HarnessException("--store is empty; give the store's file");
        if (Directory.Exists(path))
            throw new HarnessException($"{path}: is a directory; --store takes the store's file (e.g. results/history.db)");
        if (!create && !File.Exists(path))
            throw new HarnessException($"{path}: no history store there; fill one with 'benchharness history add --store {path} <result-set>'");
        if (create)
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // A pooled connection would keep the file open after Dispose, and a test's or CI's directory undeletable.
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            int version = StoreSchema.Migrate(connection, path, migrations);
            return new HistoryStore(path, connection, version);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw Refusal(path, e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public int SchemaVersion => StoreSchema.UserVersion(_connection);

    /// <summary>
    /// Adds every run in one transaction: all or none. A run whose digest is stored already is left out (adding the
    /// same set twice is a no-op) and reported as such.
    /// </summary>
    public IReadOnlyList<AddedRun> Add(IReadOnlyList<RunToAdd> runs)
    {
        return Guard(() =>
        {
            using SqliteTransaction transaction = _connection.BeginTransaction();
            var outcome = new List<AddedRun>();
            var addedNow = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (RunToAdd run in runs)
            {
                string? stored = StoredName(transaction, run.Measurements.Digest)
                                 ?? addedNow.GetValueOrDefault(run.Measurements.Digest);
                if (stored is not null)
                {
                    outcome.Add(new AddedRun(run.Set.Name, run.Facts, AlreadyStored: true, stored,
                        run.Measurements.Benchmarks.Count, run.Measurements.SpeedUps.Count));
                    continue;
                }
                Insert(transaction, run);
                addedNow[run.Measurements.Digest] = run.Set.Name;
                outcome.Add(new AddedRun(run.Set.Name, run.Facts, AlreadyStored: false, run.Set.Name,
                    run.Measurements.Benchmarks.Count, run.Measurements.SpeedUps.Count));
            }
            transaction.Commit();
            return outcome;
        });
    }

    /// <summary>Every run, or those of one branch, oldest first.</summary>
    public IReadOnlyList<StoredRun> Runs(string? branch = null) => Guard(() =>
    {
        using SqliteCommand command = _connection.CreateCommand();
        command.CommandText = """
            SELECT r.id, r.name, r.commit_id, r.branch, r.dirty, r.measured_utc, r.machine, m.label, r.profile, r.source, r.digest
            FROM runs r JOIN machines m ON m.fingerprint = r.machine
            WHERE $branch IS NULL OR r.branch = $branch
            ORDER BY r.measured_utc, r.id
            """;
        command.Parameters.AddWithValue("$branch", (object?)branch ?? DBNull.Value);
        using SqliteDataReader reader = command.ExecuteReader();
        var runs = new List<StoredRun>();
        while (reader.Read())
            runs.Add(new StoredRun(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt64(4) != 0,
                RunFacts.ParseTime(reader.GetString(5)), new MachineGroup(reader.GetString(6), reader.GetString(7), reader.GetString(8)),
                reader.GetString(9), reader.GetString(10)));
        return (IReadOnlyList<StoredRun>)runs;
    });

    /// <summary>Each branch with its number of runs, most runs first.</summary>
    public IReadOnlyList<(string Branch, long Runs)> Branches() => Guard(() =>
    {
        using SqliteCommand command = _connection.CreateCommand();
        command.CommandText = "SELECT branch, count(*) FROM runs GROUP BY branch ORDER BY count(*) DESC, branch";
        using SqliteDataReader reader = command.ExecuteReader();
        var branches = new List<(string, long)>();
        while (reader.Read())
            branches.Add((reader.GetString(0), reader.GetInt64(1)));
        return (IReadOnlyList<(string, long)>)branches;
    });

    /// <summary>The benchmark times of the runs of one branch.</summary>
    public IReadOnlyList<StoredValue> Benchmarks(string branch) => Values(branch, """
        SELECT b.run_id, b.name, b.pattern, b.full_name, b.time_ns, b.log_se, b.lower_ns, b.upper_ns, b.single_process, b.units_ns
        FROM benchmarks b JOIN runs r ON r.id = b.run_id WHERE r.branch = $branch ORDER BY b.run_id, b.rowid
        """);

    /// <summary>The fix-vs-anti speed-ups of the runs of one branch.</summary>
    public IReadOnlyList<StoredValue> SpeedUps(string branch) => Values(branch, """
        SELECT s.run_id, s.name, s.pattern, NULL, s.estimate, s.log_se, s.lower, s.upper, s.single_process, NULL
        FROM speedups s JOIN runs r ON r.id = s.run_id WHERE r.branch = $branch ORDER BY s.run_id, s.rowid
        """);

    public void Dispose() => _connection.Dispose();

    private IReadOnlyList<StoredValue> Values(string branch, string sql) => Guard(() =>
    {
        using SqliteCommand command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$branch", branch);
        using SqliteDataReader reader = command.ExecuteReader();
        var values = new List<StoredValue>();
        while (reader.Read())
            values.Add(new StoredValue(reader.GetInt64(0), new MeasuredValue(
                reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetDouble(4), reader.GetDouble(5), reader.GetDouble(6), reader.GetDouble(7), reader.GetInt64(8) != 0,
                reader.IsDBNull(9) ? [] : JsonSerializer.Deserialize<double[]>(reader.GetString(9)) ?? [])));
        return (IReadOnlyList<StoredValue>)values;
    });

    private string? StoredName(SqliteTransaction transaction, string digest)
    {
        using SqliteCommand command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT name FROM runs WHERE digest = $digest";
        command.Parameters.AddWithValue("$digest", digest);
        return command.ExecuteScalar() as string;
    }

    private void Insert(SqliteTransaction transaction, RunToAdd run)
    {
        RunFacts facts = run.Facts;
        Execute(transaction, "INSERT OR IGNORE INTO machines (fingerprint, label, facts) VALUES ($fingerprint, $label, $facts)",
            ("$fingerprint", facts.Machine.Fingerprint), ("$label", facts.Machine.Label),
            ("$facts", JsonSerializer.Serialize(facts.Facts.OrderBy(f => f.Key, StringComparer.Ordinal).ToDictionary(f => f.Key, f => f.Value))));

        using SqliteCommand insertRun = _connection.CreateCommand();
        insertRun.Transaction = transaction;
        insertRun.CommandText = """
            INSERT INTO runs (digest, name, commit_id, branch, dirty, measured_utc, machine, profile, source, added_utc)
            VALUES ($digest, $name, $commit, $branch, $dirty, $measured, $machine, $profile, $source, $added);
            SELECT last_insert_rowid();
            """;
        insertRun.Parameters.AddWithValue("$digest", run.Measurements.Digest);
        insertRun.Parameters.AddWithValue("$name", run.Set.Name);
        insertRun.Parameters.AddWithValue("$commit", facts.Commit);
        insertRun.Parameters.AddWithValue("$branch", facts.Branch);
        insertRun.Parameters.AddWithValue("$dirty", facts.Dirty ? 1 : 0);
        insertRun.Parameters.AddWithValue("$measured", RunFacts.TimeText(facts.MeasuredUtc));
        insertRun.Parameters.AddWithValue("$machine", facts.Machine.Fingerprint);
        insertRun.Parameters.AddWithValue("$profile", facts.Machine.Profile);
        insertRun.Parameters.AddWithValue("$source", facts.Source);
        insertRun.Parameters.AddWithValue("$added", RunFacts.TimeText(DateTimeOffset.UtcNow));
        long runId = (long)insertRun.ExecuteScalar()!;

        InsertValues(transaction, runId, run.Measurements.Benchmarks, """
            INSERT INTO benchmarks (run_id, name, full_name, pattern, time_ns, log_se, lower_ns, upper_ns, single_process, units_ns)
            VALUES ($run, $name, $fullName, $pattern, $estimate, $se, $lower, $upper, $single, $units)
            """);
        InsertValues(transaction, runId, run.Measurements.SpeedUps, """
            INSERT INTO speedups (run_id, name, pattern, estimate, log_se, lower, upper, single_process)
            VALUES ($run, $name, $pattern, $estimate, $se, $lower, $upper, $single)
            """);
    }

    private void InsertValues(SqliteTransaction transaction, long runId, IReadOnlyList<MeasuredValue> values, string sql)
    {
        using SqliteCommand command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        // Each parameter the statement names, bound once and reused for every row.
        Dictionary<string, SqliteParameter> parameters = ParameterName().Matches(sql).Select(m => m.Value).Distinct(StringComparer.Ordinal)
            .ToDictionary(n => n, n => command.Parameters.Add(new SqliteParameter { ParameterName = n }), StringComparer.Ordinal);
        foreach (MeasuredValue value in values)
        {
            Set(parameters, "$run", runId);
            Set(parameters, "$name", value.Name);
            Set(parameters, "$fullName", value.FullName ?? value.Name);
            Set(parameters, "$pattern", value.Pattern);
            Set(parameters, "$estimate", value.Estimate);
            Set(parameters, "$se", value.LogStandardError);
            Set(parameters, "$lower", value.Lower);
            Set(parameters, "$upper", value.Upper);
            Set(parameters, "$single", value.SingleProcess ? 1 : 0);
            Set(parameters, "$units", JsonSerializer.Serialize(value.UnitsNs));
            command.ExecuteNonQuery();
        }
    }

    private static void Set(Dictionary<string, SqliteParameter> parameters, string name, object value)
    {
        if (parameters.TryGetValue(name, out SqliteParameter? parameter))
            parameter.Value = value;
    }

    private void Execute(SqliteTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using SqliteCommand command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach ((string name, object value) in parameters)
            command.Parameters.AddWithValue(name, value);
        command.ExecuteNonQuery();
    }

    private T Guard<T>(Func<T> body)
    {
        try
        {
            return body();
        }
        catch (SqliteException e)
        {
            throw Refusal(Path, e);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\$[A-Za-z]+")]
    private static partial System.Text.RegularExpressions.Regex ParameterName();

    // SQLite's messages are one line already ("SQLite Error 26: 'file is not a database'.").
    private static HarnessException Refusal(string path, SqliteException e) => e.SqliteErrorCode switch
    {
        26 => new HarnessException($"{path}: is not a history store (not an SQLite database); pass the file 'benchharness history add' writes"),
        11 => new HarnessException($"{path}: the history store is corrupt ({e.Message.TrimEnd('.')}); restore it from a copy"),
        5 or 6 => new HarnessException($"{path}: the history store is locked by another process; try again when it is done"),
        _ => new HarnessException($"{path}: the history store cannot be used ({e.Message.TrimEnd('.')})"),
    };
}
