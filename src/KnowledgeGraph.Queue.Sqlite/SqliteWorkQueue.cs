using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Queue.Sqlite;

/// <summary>
/// The embedded work queue: one SQLite file (default <c>./data/queue.db</c>) in WAL mode. A lease is a row whose
/// available_at moves to the lease's end under a fresh token, taken in an immediate transaction, so two workers never
/// lease one message at once; a worker that dies leaves the row to come back when its lease ends.
/// </summary>
public sealed class SqliteWorkQueue : IWorkQueue
{
    public const string DefaultPath = "data/queue.db";

    private readonly SqliteConnection _connection;
    private readonly QueueOptions _options;
    private readonly TimeProvider _clock;

    public SqliteWorkQueue(string path, QueueOptions? options = null, TimeProvider? clock = null)
    {
        if (string.IsNullOrWhiteSpace(path) || Directory.Exists(path))
        {
            throw new ArgumentException($"The queue database path '{path}' must name a file, such as {DefaultPath}.");
        }
        Path = System.IO.Path.GetFullPath(path);
        _options = (options ?? new QueueOptions()).Validate();
        _clock = clock ?? TimeProvider.System;
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, DefaultTimeout = 30, Pooling = true }.ToString());
    }

    public string Path { get; }

    private long Now => _clock.GetUtcNow().ToUnixTimeMilliseconds();

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        try
        {
            await _connection.OpenAsync(cancellationToken);
            await ExecAsync("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", null, cancellationToken);
            await ExecAsync(Script("queue-v1"), null, cancellationToken);
            await ExecAsync(Script("queue-v2"), null, cancellationToken);
        }
        catch (SqliteException e)
        {
            throw new InvalidOperationException($"Cannot open the queue database '{Path}': {e.Message}", e);
        }
    }

    public async Task EnqueueAsync(IReadOnlyList<string> bodies, CancellationToken cancellationToken = default)
    {
        await using var tx = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken);
        await using var insert = Command("INSERT INTO messages(body, enqueued_at, available_at) VALUES ($1, $2, $2)", tx, null, Now);
        foreach (var body in bodies)
        {
            insert.Parameters[0].Value = body;
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        await tx.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Lease>> LeaseAsync(int max, CancellationToken cancellationToken = default)
    {
        var now = Now;
        await using var tx = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken);
        // Leased as often as allowed and never acknowledged: whoever took it died or hung on it.
        var spent = new List<(long Id, string? Error)>();
        await using (var read = Command("SELECT id, last_error FROM messages WHERE available_at <= $1 AND attempts >= $2", tx, now, _options.MaxAttempts))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                spent.Add((reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
            }
        }
        foreach (var (id, error) in spent)
        {
            await DeadLetterAsync(id, error ?? $"delivered {_options.MaxAttempts} times and never acknowledged: the worker died or hung on it", now, tx, cancellationToken);
        }
        var leases = new List<Lease>();
        await using (var read = Command("SELECT id, body, attempts FROM messages WHERE available_at <= $1 ORDER BY available_at, id LIMIT $2", tx, now, max))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                leases.Add(new Lease(reader.GetInt64(0).ToString(CultureInfo.InvariantCulture), reader.GetString(1), reader.GetInt32(2) + 1, Guid.NewGuid().ToString("N")));
            }
        }
        await using (var update = Command("UPDATE messages SET available_at = $2, attempts = attempts + 1, lease_token = $3 WHERE id = $1", tx, null, now + (long)_options.LeaseTime.TotalMilliseconds, null))
        {
            foreach (var lease in leases)
            {
                update.Parameters[0].Value = lease.Id;
                update.Parameters[2].Value = lease.Token;
                await update.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        await tx.CommitAsync(cancellationToken);
        return leases;
    }

    public async Task AckAsync(IReadOnlyList<Lease> leases, CancellationToken cancellationToken = default)
    {
        await using var tx = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken);
        var done = 0;
        await using (var delete = Command("DELETE FROM messages WHERE id = $1 AND lease_token = $2", tx, null, null))
        {
            foreach (var lease in leases)
            {
                delete.Parameters[0].Value = lease.Id;
                delete.Parameters[1].Value = lease.Token;
                done += await delete.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        await using (var count = Command("""
            UPDATE counters SET value = value + $1 WHERE name = 'acknowledged';
            INSERT INTO minutes(minute, acknowledged) VALUES ($2, $1) ON CONFLICT(minute) DO UPDATE SET acknowledged = acknowledged + excluded.acknowledged;
            """, tx, done, Now / 60_000))
        {
            await count.ExecuteNonQueryAsync(cancellationToken);
        }
        await tx.CommitAsync(cancellationToken);
    }

    public async Task FailAsync(Lease lease, string reason, bool permanent, CancellationToken cancellationToken = default)
    {
        var now = Now;
        await using var tx = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken);
        long attempts;
        await using (var read = Command("SELECT attempts FROM messages WHERE id = $1 AND lease_token = $2", tx, lease.Id, lease.Token))
        {
            if (await read.ExecuteScalarAsync(cancellationToken) is not long found)
            {
                return; // the lease ended and the message went to another consumer
            }
            attempts = found;
        }
        if (permanent || attempts >= _options.MaxAttempts)
        {
            await DeadLetterAsync(long.Parse(lease.Id, CultureInfo.InvariantCulture), reason, now, tx, cancellationToken);
        }
        else
        {
            await using var retry = Command("UPDATE messages SET available_at = $2, lease_token = NULL, last_error = $3 WHERE id = $1", tx,
                lease.Id, now + (long)_options.DelayBefore((int)attempts).TotalMilliseconds, reason);
            await retry.ExecuteNonQueryAsync(cancellationToken);
        }
        await tx.CommitAsync(cancellationToken);
    }

    public async Task ReleaseAsync(IReadOnlyList<Lease> leases, TimeSpan delay, CancellationToken cancellationToken = default)
    {
        await using var tx = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken);
        await using (var release = Command(
            "UPDATE messages SET available_at = $3, attempts = max(attempts - 1, 0), lease_token = NULL WHERE id = $1 AND lease_token = $2",
            tx, null, null, Now + (long)delay.TotalMilliseconds))
        {
            foreach (var lease in leases)
            {
                release.Parameters[0].Value = lease.Id;
                release.Parameters[1].Value = lease.Token;
                await release.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        await tx.CommitAsync(cancellationToken);
    }

    private async Task DeadLetterAsync(long id, string reason, long now, SqliteTransaction tx, CancellationToken cancellationToken)
    {
        await using var move = Command("""
            INSERT OR REPLACE INTO dead_letters(id, body, enqueued_at, attempts, reason, failed_at)
                SELECT id, body, enqueued_at, attempts, $2, $3 FROM messages WHERE id = $1;
            DELETE FROM messages WHERE id = $1;
            UPDATE counters SET value = value + 1 WHERE name = 'dead_lettered';
            INSERT INTO minutes(minute, dead_lettered) VALUES ($3 / 60000, 1) ON CONFLICT(minute) DO UPDATE SET dead_lettered = dead_lettered + 1;
            """, tx, id, reason, now);
        await move.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<QueueStats> StatsAsync(CancellationToken cancellationToken = default)
    {
        await using var read = Command("""
            SELECT
              (SELECT count(*) FROM messages WHERE available_at <= $1),
              (SELECT count(*) FROM messages WHERE available_at > $1 AND lease_token IS NOT NULL),
              (SELECT count(*) FROM messages WHERE available_at > $1 AND lease_token IS NULL),
              (SELECT count(*) FROM dead_letters),
              (SELECT min(enqueued_at) FROM messages WHERE available_at <= $1),
              (SELECT value FROM counters WHERE name = 'acknowledged'),
              (SELECT value FROM counters WHERE name = 'dead_lettered'),
              (SELECT coalesce(sum(acknowledged), 0) FROM minutes WHERE minute > $1 / 60000 - 5),
              (SELECT coalesce(sum(dead_lettered), 0) FROM minutes WHERE minute > $1 / 60000 - 5)
            """, null, Now);
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var lag = reader.IsDBNull(4) ? TimeSpan.Zero : TimeSpan.FromMilliseconds(Math.Max(0, Now - reader.GetInt64(4)));
        // Over the last five minutes, counting the current one only as far as it has gone.
        var window = TimeSpan.FromMinutes(4).TotalSeconds + (Now % 60_000) / 1000.0;
        return new QueueStats(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), lag, reader.GetInt64(5), reader.GetInt64(6))
        {
            AcknowledgedPerSecond = reader.GetInt64(7) / window,
            DeadLetteredPerSecond = reader.GetInt64(8) / window,
        };
    }

    public async Task<IReadOnlyList<DeadLetter>> DeadLettersAsync(int max, CancellationToken cancellationToken = default)
    {
        await using var read = Command("SELECT id, body, attempts, reason, failed_at FROM dead_letters ORDER BY failed_at DESC, id LIMIT $1", null, max);
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);
        var letters = new List<DeadLetter>();
        while (await reader.ReadAsync(cancellationToken))
        {
            letters.Add(new DeadLetter(reader.GetInt64(0).ToString(CultureInfo.InvariantCulture), reader.GetString(1), reader.GetInt32(2), reader.GetString(3),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4))));
        }
        return letters;
    }

    public async Task<int> RequeueAsync(IReadOnlyCollection<string>? ids, CancellationToken cancellationToken = default)
    {
        await using var tx = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken);
        var selection = ids is null ? "1" : "id IN (SELECT value FROM json_each($2))";
        await using var move = Command($"""
            INSERT INTO messages(id, body, enqueued_at, available_at) SELECT id, body, $1, $1 FROM dead_letters WHERE {selection};
            DELETE FROM dead_letters WHERE {selection};
            """, tx, Now, System.Text.Json.JsonSerializer.Serialize(ids ?? []));
        var moved = await move.ExecuteNonQueryAsync(cancellationToken) / 2;
        await tx.CommitAsync(cancellationToken);
        return moved;
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private SqliteCommand Command(string sql, SqliteTransaction? tx, params object?[] values)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue("$" + (i + 1), values[i] ?? DBNull.Value);
        }
        return command;
    }

    private async Task ExecAsync(string sql, SqliteTransaction? tx, CancellationToken cancellationToken)
    {
        await using var command = Command(sql, tx);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Script(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name + ".sql")
            ?? throw new InvalidOperationException($"Embedded SQL script '{name}.sql' is missing from {typeof(SqliteWorkQueue).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
