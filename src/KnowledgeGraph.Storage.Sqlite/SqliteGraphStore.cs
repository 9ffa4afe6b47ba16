using System.Globalization;
using KnowledgeGraph.Domain;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode with foreign keys on. Writes are idempotent upserts in one
/// transaction per batch; an article already stored is skipped, so ingesting it again changes nothing.
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore
{
    private readonly SqliteConnection _connection;

    public SqliteGraphStore(SqliteStoreOptions options)
    {
        options.Validate();
        var full = Path.GetFullPath(options.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            DefaultTimeout = options.BusyTimeoutSeconds,
            // Pooled: the API opens a store per request, and a pooled handle has the schema already parsed.
            Pooling = true,
        }.ToString());
        DatabasePath = full;
    }

    public string DatabasePath { get; }

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await _connection.OpenAsync(cancellationToken);
            await ExecAsync("PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;", cancellationToken);
            if (Migrated.ContainsKey(DatabasePath))
            {
                return;
            }
            await ExecAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            var version = Convert.ToInt32(await ScalarAsync("PRAGMA user_version;", cancellationToken), CultureInfo.InvariantCulture);
            if (version > SqlScripts.Migrations.Length)
            {
                throw new InvalidOperationException($"The database '{DatabasePath}' has schema version {version}, newer than this kg knows ({SqlScripts.Migrations.Length}); upgrade kg.");
            }
            for (var v = version; v < SqlScripts.Migrations.Length; v++)
            {
                // One process migrates at a time (an immediate transaction takes the write lock), and the version is read
                // again under the lock: another process may have migrated while this one waited, and running its steps
                // a second time would fail on their ALTERs and set the version back.
                await using var tx = _connection.BeginTransaction(deferred: false);
                var current = Convert.ToInt32(await ScalarAsync("PRAGMA user_version;", cancellationToken, tx), CultureInfo.InvariantCulture);
                if (current > v)
                {
                    await tx.CommitAsync(cancellationToken);
                    v = current - 1;
                    continue;
                }
                await ExecAsync(SqlScripts.Get(SqlScripts.Migrations[v]), cancellationToken, tx);
                await ExecAsync($"PRAGMA user_version = {v + 1};", cancellationToken, tx);
                // Name keys changed up to v4; a later migration alone leaves them as they are.
                if (v == SqlScripts.Migrations.Length - 1 && version is > 0 and < 4)
                {
                    await BackfillNameFormsAsync(tx, cancellationToken);
                }
                await tx.CommitAsync(cancellationToken);
            }
        }
        catch (SqliteException ex)
        {
            throw new InvalidOperationException($"Cannot open the SQLite database '{DatabasePath}': {ex.Message}", ex);
        }
        Migrated[DatabasePath] = true;
    }

    // Files this process has already brought to the current schema: later opens skip the check.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> Migrated = new(StringComparer.Ordinal);

    // A store made before the current name lookups: every name and alias it holds gets its keys (idempotent).
    private async Task BackfillNameFormsAsync(SqliteTransaction tx, CancellationToken cancellationToken)
    {
        await using var w = new Writer(_connection, tx);
        var names = new List<(string Key, string Name)>();
        await using (var reader = await w.Reader(
            "SELECT key, name FROM persons UNION ALL SELECT key, name_en FROM persons WHERE name_en IS NOT NULL UNION ALL SELECT person_key, alias FROM person_aliases",
            cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                names.Add((reader.GetString(0), reader.GetString(1)));
            }
        }
        foreach (var (key, name) in names)
        {
            await w.NameForm(key, name, cancellationToken);
        }
    }

    public async Task<IReadOnlySet<string>> ExistingArticlesAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken = default)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        await using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT 1 FROM articles WHERE id = $id";
        var p = cmd.Parameters.Add("$id", SqliteType.Text);
        foreach (var id in articleIds)
        {
            p.Value = id;
            if (await cmd.ExecuteScalarAsync(cancellationToken) is not null)
            {
                found.Add(id);
            }
        }
        return found;
    }

    public async Task<int> WriteAsync(IReadOnlyList<ArticleGraph> batch, CancellationToken cancellationToken = default)
    {
        await using var tx = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken);
        await using var w = new Writer(_connection, tx);
        var written = 0;
        var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        foreach (var graph in batch)
        {
            var a = graph.Article;
            if (await w.Run("INSERT INTO articles(id, url, title, published, language, content_hash, ingested_at) VALUES ($1,$2,$3,$4,$5,$6,$7) ON CONFLICT(id) DO NOTHING",
                    cancellationToken, a.Id, a.Url, a.Title, a.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), a.Language, graph.ContentHash, now) == 0)
            {
                continue;
            }
            written++;
            var published = a.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            foreach (var c in graph.Countries)
            {
                await w.Run("INSERT INTO countries(code, name, name_ar) VALUES ($1,$2,$3) ON CONFLICT(code) DO NOTHING", cancellationToken, c.Code, c.Name, c.NameAr);
                await w.Run("INSERT INTO article_mentions(article_id, kind, target_key) VALUES ($1,'country',$2) ON CONFLICT DO NOTHING", cancellationToken, a.Id, c.Code);
            }
            foreach (var p in graph.Persons)
            {
                if (await w.Run("INSERT INTO persons(key, name, name_en) VALUES ($1,$2,$3) ON CONFLICT(key) DO NOTHING", cancellationToken, p.Key, p.Name, p.NameEn) > 0)
                {
                    await w.Change("person", p.Key, a.Id, now, cancellationToken);
                }
                else
                {
                    if (p.EnglishAsWritten is { } spelling)
                    {
                        // A spelling made by rule is one the person was never named by in a text (not the name, not an alias).
                        await w.Run("""
                            UPDATE persons SET name_en = $2 WHERE key = $1 AND name_en IS NOT $2 AND name_en IS NOT name
                              AND NOT EXISTS (SELECT 1 FROM person_aliases WHERE person_key = $1 AND alias = persons.name_en)
                            """, cancellationToken, p.Key, spelling);
                    }
                    // The fullest form seen so far is the name (Arabic first); the others become aliases.
                    var current = (string?)await w.Scalar("SELECT name FROM persons WHERE key = $1", cancellationToken, p.Key);
                    if (current is not null && current != p.Name)
                    {
                        var (name, alias) = PersonRecord.IsFullerName(p.Name, current) ? (p.Name, current) : (current, p.Name);
                        await w.Run("UPDATE persons SET name = $2 WHERE key = $1", cancellationToken, p.Key, name);
                        await w.Run("INSERT INTO person_aliases(person_key, alias) VALUES ($1,$2) ON CONFLICT DO NOTHING", cancellationToken, p.Key, alias);
                    }
                }
                foreach (var alias in p.Aliases)
                {
                    await w.Run("INSERT INTO person_aliases(person_key, alias) VALUES ($1,$2) ON CONFLICT DO NOTHING", cancellationToken, p.Key, alias);
                }
                foreach (var form in p.Aliases.Append(p.Name).Append(p.NameEn))
                {
                    await w.NameForm(p.Key, form, cancellationToken);
                }
                foreach (var code in p.Countries)
                {
                    await w.Run("INSERT INTO person_countries(person_key, country_code) VALUES ($1,$2) ON CONFLICT DO NOTHING", cancellationToken, p.Key, code);
                }
                await w.Run("INSERT INTO article_mentions(article_id, kind, target_key, span_start, span_end) VALUES ($1,'person',$2,$3,$4) ON CONFLICT DO NOTHING",
                    cancellationToken, a.Id, p.Key, p.Span.Start, p.Span.End);
            }
            foreach (var o in graph.Offices)
            {
                await w.Run("INSERT INTO offices(key, title, title_ar, country_code) VALUES ($1,$2,$3,$4) ON CONFLICT(key) DO UPDATE SET title_ar = coalesce(offices.title_ar, excluded.title_ar)",
                    cancellationToken, o.Key, o.Title, o.TitleAr, o.Country);
                await w.Run("""
                    INSERT INTO office_terms(person_key, office_key, first_seen, last_seen) VALUES ($1,$2,$3,$3)
                    ON CONFLICT DO UPDATE SET first_seen = min(first_seen, excluded.first_seen), last_seen = max(last_seen, excluded.last_seen)
                    """, cancellationToken, o.HolderKey, o.Key, published);
                await w.Run("INSERT INTO article_mentions(article_id, kind, target_key, span_start, span_end) VALUES ($1,'office',$2,$3,$4) ON CONFLICT DO NOTHING",
                    cancellationToken, a.Id, o.Key, o.Span.Start, o.Span.End);
            }
            foreach (var m in graph.Meetings)
            {
                var known = await w.Scalar("SELECT 1 FROM meetings WHERE key = $1", cancellationToken, m.Key) is not null;
                await w.Run("""
                        INSERT INTO meetings(key, kind, date, date_precision, city, country_code) VALUES ($1,$2,$3,$4,$5,$6)
                        ON CONFLICT(key) DO UPDATE SET city = coalesce(meetings.city, excluded.city), country_code = coalesce(meetings.country_code, excluded.country_code),
                            date = CASE WHEN length(coalesce(excluded.date, '')) > length(coalesce(meetings.date, '')) THEN excluded.date ELSE meetings.date END,
                            date_precision = CASE WHEN length(coalesce(excluded.date, '')) > length(coalesce(meetings.date, '')) THEN excluded.date_precision ELSE meetings.date_precision END
                        """,
                        cancellationToken, m.Key, m.Kind.ToString().ToLowerInvariant(), m.Date, m.DatePrecision, m.City, m.Country);
                if (!known)
                {
                    await w.Change("meeting", m.Key, a.Id, now, cancellationToken);
                }
                foreach (var person in m.Participants)
                {
                    await w.Run("""
                        INSERT INTO meeting_participants(meeting_key, person_key, meeting_date)
                        VALUES ($1, $2, (SELECT coalesce(date, '') FROM meetings WHERE key = $1)) ON CONFLICT DO NOTHING
                        """, cancellationToken, m.Key, person);
                }
                foreach (var code in m.Delegations)
                {
                    await w.Run("INSERT INTO meeting_delegations(meeting_key, country_code) VALUES ($1,$2) ON CONFLICT DO NOTHING", cancellationToken, m.Key, code);
                }
                await w.Run("INSERT INTO article_meetings(article_id, meeting_key, evidence_start, evidence_end, evidence_text) VALUES ($1,$2,$3,$4,$5) ON CONFLICT DO NOTHING",
                    cancellationToken, a.Id, m.Key, m.Evidence.Start, m.Evidence.End, m.Evidence.TextOf(a.Text));
            }
            await w.Change("article", a.Id, a.Id, now, cancellationToken);
        }
        await tx.CommitAsync(cancellationToken);
        return written;
    }

    /// <summary>A lock file beside the database; the system lets it go when its holder dies, so the lease time is not needed.</summary>
    public async Task<IAsyncDisposable> LockWritesAsync(string holder, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        var path = DatabasePath + ".writer.lock";
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (IOException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(10), cancellationToken);
            }
        }
    }

    public async Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        async Task<long> Count(string table) => Convert.ToInt64(await ScalarAsync($"SELECT count(*) FROM {table}", cancellationToken), CultureInfo.InvariantCulture);
        return new GraphStats(await Count("persons"), await Count("countries"), await Count("offices"), await Count("meetings"), await Count("articles"));
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private static string? Text(SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    private async Task ExecAsync(string sql, CancellationToken cancellationToken, SqliteTransaction? tx = null)
    {
        await using var cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken, SqliteTransaction? tx = null)
    {
        await using var cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        return await cmd.ExecuteScalarAsync(cancellationToken);
    }
}
