using System.Globalization;
using KnowledgeGraph.Domain;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode with foreign keys on. Writes are idempotent upserts in one
/// transaction per batch; an article already stored is skipped, so ingesting it again changes nothing.
/// </summary>
public sealed class SqliteGraphStore : IGraphStore
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
                await using var tx = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken);
                await ExecAsync(SqlScripts.Get(SqlScripts.Migrations[v]), cancellationToken, tx);
                await ExecAsync($"PRAGMA user_version = {v + 1};", cancellationToken, tx);
                if (v == SqlScripts.Migrations.Length - 1 && version < SqlScripts.Migrations.Length && version > 0)
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
                    // The fullest form seen so far is the name; the others become aliases.
                    var current = (string?)await w.Scalar("SELECT name FROM persons WHERE key = $1", cancellationToken, p.Key);
                    if (current is not null && current != p.Name)
                    {
                        var (name, alias) = p.Name.Length > current.Length ? (p.Name, current) : (current, p.Name);
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
                await w.Run("INSERT INTO article_meetings(article_id, meeting_key, evidence_start, evidence_end) VALUES ($1,$2,$3,$4) ON CONFLICT DO NOTHING",
                    cancellationToken, a.Id, m.Key, m.Evidence.Start, m.Evidence.End);
            }
            await w.Change("article", a.Id, a.Id, now, cancellationToken);
        }
        await tx.CommitAsync(cancellationToken);
        return written;
    }

    public async Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        async Task<long> Count(string table) => Convert.ToInt64(await ScalarAsync($"SELECT count(*) FROM {table}", cancellationToken), CultureInfo.InvariantCulture);
        return new GraphStats(await Count("persons"), await Count("countries"), await Count("offices"), await Count("meetings"), await Count("articles"));
    }

    public async Task<PersonRecord?> FindPersonAsync(string key, CancellationToken cancellationToken = default) =>
        await PersonsByKeysAsync([key], cancellationToken) is [var person] ? person : null;

    public Task<IReadOnlyList<MeetingRecord>> MeetingsOfAsync(string personKey, CancellationToken cancellationToken = default) =>
        ReadMeetingsAsync("""
            SELECT m.key, m.kind, m.date, m.date_precision, m.city, m.country_code FROM meetings m
            JOIN meeting_participants p ON p.meeting_key = m.key WHERE p.person_key = $1 ORDER BY m.date, m.key
            """, cancellationToken, personKey);

    public async Task<PersonPage> FindPersonsAsync(PersonFilter filter, int first, string? afterKey, CancellationToken cancellationToken = default)
    {
        // Only the conditions asked for, so that a lookup by name goes through the name index rather than every person.
        var conditions = new List<string>();
        if (filter.NameForm is not null)
        {
            conditions.Add("p.key IN (SELECT person_key FROM person_names WHERE form = $1)");
        }
        if (filter.SearchForm is not null)
        {
            conditions.Add("p.key IN (SELECT person_key FROM person_names WHERE instr(form, $2) > 0 AND substr(form, 1, 1) <> '~')");
        }
        if (filter.Country is not null)
        {
            conditions.Add("p.key IN (SELECT person_key FROM person_countries WHERE country_code = $3)");
        }
        var where = "FROM persons p WHERE " + (conditions.Count == 0 ? "1" : string.Join(" AND ", conditions));
        IReadOnlyList<string> keys;
        long total;
        await using (var w = new Writer(_connection, null))
        {
            keys = await w.Strings($"SELECT p.key {where} AND ($4 IS NULL OR p.key > $4) ORDER BY p.key LIMIT $5", cancellationToken,
                filter.NameForm, filter.SearchForm, filter.Country, afterKey, first + 1);
            // One match and no cursor: the count is the page (the usual lookup by name).
            total = afterKey is null && keys.Count <= first
                ? keys.Count
                : Convert.ToInt64(await w.Scalar($"SELECT count(*) {where}", cancellationToken, filter.NameForm, filter.SearchForm, filter.Country), CultureInfo.InvariantCulture);
        }
        return new PersonPage(await PersonsByKeysAsync([.. keys.Take(first)], cancellationToken), total, keys.Count > first);
    }

    public async Task<MeetingRecord?> FindMeetingAsync(string key, CancellationToken cancellationToken = default) =>
        await ReadMeetingsAsync("SELECT key, kind, date, date_precision, city, country_code FROM meetings WHERE key = $1", cancellationToken, key) is [var meeting] ? meeting : null;

    public async Task<ArticleRecord?> FindArticleAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var w = new Writer(_connection, null);
        await using var reader = await w.Reader("SELECT id, title, url, published, language FROM articles WHERE id = $1", cancellationToken, id);
        return await reader.ReadAsync(cancellationToken)
            ? new ArticleRecord(reader.GetString(0), Text(reader, 1), Text(reader, 2), reader.GetString(3), Text(reader, 4))
            : null;
    }

    public async Task<long> LastChangeAsync(CancellationToken cancellationToken = default) =>
        Convert.ToInt64(await ScalarAsync("SELECT coalesce(max(seq), 0) FROM changes", cancellationToken), CultureInfo.InvariantCulture);

    public async Task<IReadOnlyList<ChangeRecord>> ChangesAfterAsync(long sequence, int limit, CancellationToken cancellationToken = default)
    {
        await using var w = new Writer(_connection, null);
        await using var reader = await w.Reader("SELECT seq, kind, key, article_id, at FROM changes WHERE seq > $1 ORDER BY seq LIMIT $2", cancellationToken, sequence, limit);
        var changes = new List<ChangeRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            changes.Add(new ChangeRecord(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4)));
        }
        return changes;
    }

    public async Task<IReadOnlyList<PersonRecord>> PersonsOfArticleAsync(string articleId, CancellationToken cancellationToken = default)
    {
        var spans = new List<(string Key, TextSpan Span)>();
        await using (var w = new Writer(_connection, null))
        await using (var reader = await w.Reader(
            "SELECT target_key, coalesce(span_start, 0), coalesce(span_end, 0) FROM article_mentions WHERE article_id = $1 AND kind = 'person' ORDER BY span_start",
            cancellationToken, articleId))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                spans.Add((reader.GetString(0), new TextSpan(reader.GetInt32(1), reader.GetInt32(2))));
            }
        }
        var persons = await PersonsByKeysAsync([.. spans.Select(x => x.Key)], cancellationToken);
        return [.. persons.Zip(spans, (p, x) => p with { Span = x.Span })];
    }

    public async Task<IReadOnlyList<PersonRecord>> PersonsByKeysAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        if (keys.Count == 0)
        {
            return [];
        }
        var json = Json(keys);
        await using var w = new Writer(_connection, null);
        var names = new Dictionary<string, (string Name, string? NameEn)>(StringComparer.Ordinal);
        await using (var reader = await w.Reader("SELECT key, name, name_en FROM persons WHERE key IN (SELECT value FROM json_each($1))", cancellationToken, json))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                names[reader.GetString(0)] = (reader.GetString(1), Text(reader, 2));
            }
        }
        var aliases = await GroupedAsync(w, "SELECT person_key, alias FROM person_aliases WHERE person_key IN (SELECT value FROM json_each($1))", json, cancellationToken);
        var countries = await GroupedAsync(w, "SELECT person_key, country_code FROM person_countries WHERE person_key IN (SELECT value FROM json_each($1))", json, cancellationToken);
        return [.. keys.Where(names.ContainsKey).Distinct(StringComparer.Ordinal)
            .Select(k => new PersonRecord(k, names[k].Name, names[k].NameEn, Sorted(aliases, k), Sorted(countries, k), default))];
    }

    private const string MeetingColumns = "m.key, m.kind, m.date, m.date_precision, m.city, m.country_code";

    public async Task<MeetingPage> FindMeetingsAsync(MeetingFilter filter, int first, string? after, CancellationToken cancellationToken = default)
    {
        const string where = """
            FROM meetings m
            WHERE ($1 IS NULL OR EXISTS (SELECT 1 FROM meeting_participants p WHERE p.meeting_key = m.key AND p.person_key = $1))
              AND ($2 IS NULL OR m.country_code = $2
                   OR ($3 = 0 AND EXISTS (SELECT 1 FROM meeting_delegations d WHERE d.meeting_key = m.key AND d.country_code = $2)))
              AND ($4 IS NULL OR (m.date IS NOT NULL AND m.date >= substr($4, 1, length(m.date))))
              AND ($5 IS NULL OR (m.date IS NOT NULL AND substr(m.date, 1, length($5)) <= $5))
              AND ($6 IS NULL OR m.kind = $6)
            """;
        var position = MeetingPage.ParsePosition(after);
        object?[] values = [filter.Participant, filter.Country, filter.HeldInOnly ? 1 : 0, filter.From, filter.To, filter.Kind?.ToString().ToLowerInvariant()];
        var meetings = await ReadMeetingsAsync(
            $"SELECT {MeetingColumns} {where} AND ($7 IS NULL OR (coalesce(m.date, ''), m.key) > ($7, $8)) ORDER BY coalesce(m.date, ''), m.key LIMIT $9",
            cancellationToken, [.. values, position?.Date, position?.Key, first + 1]);
        long total;
        await using (var w = new Writer(_connection, null))
        {
            total = Convert.ToInt64(await w.Scalar($"SELECT count(*) {where}", cancellationToken, values), CultureInfo.InvariantCulture);
        }
        return new MeetingPage([.. meetings.Take(first)], total, meetings.Count > first);
    }

    public async Task<IReadOnlyDictionary<string, MeetingPage>> MeetingPagesOfPersonsAsync(
        IReadOnlyCollection<string> personKeys, string? from, string? to, int first, string? after, CancellationToken cancellationToken = default)
    {
        // Per person, a range of the (person, date, meeting) index: a count and the first rows after the cursor. The
        // meetings themselves are read for the pages only, all at once.
        const string dated = """
            FROM meeting_participants p
            WHERE p.person_key = $1
              AND ($2 IS NULL OR (p.meeting_date <> '' AND p.meeting_date >= substr($2, 1, length(p.meeting_date))))
              AND ($3 IS NULL OR (p.meeting_date <> '' AND substr(p.meeting_date, 1, length($3)) <= $3))
            """;
        var position = MeetingPage.ParsePosition(after);
        var totals = new Dictionary<string, long>(StringComparer.Ordinal);
        var pages = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await using (var w = new Writer(_connection, null))
        {
            foreach (var key in personKeys.Distinct(StringComparer.Ordinal))
            {
                totals[key] = Convert.ToInt64(await w.Scalar($"SELECT count(*) {dated}", cancellationToken, key, from, to), CultureInfo.InvariantCulture);
                pages[key] = [.. await w.Strings(
                    $"SELECT p.meeting_key {dated} AND ($4 IS NULL OR (p.meeting_date, p.meeting_key) > ($4, $5)) ORDER BY p.meeting_date, p.meeting_key LIMIT $6",
                    cancellationToken, key, from, to, position?.Date, position?.Key, first + 1)];
            }
        }
        var meetings = (await MeetingsByKeysAsync(pages.Values.SelectMany(k => k).Distinct(StringComparer.Ordinal).ToList(), cancellationToken))
            .ToDictionary(m => m.Key, StringComparer.Ordinal);
        return personKeys.Distinct(StringComparer.Ordinal).ToDictionary(k => k, k =>
        {
            var page = pages.GetValueOrDefault(k) ?? [];
            return new MeetingPage([.. page.Take(first).Select(key => meetings[key])], totals.GetValueOrDefault(k), page.Count > first);
        }, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<CounterpartRecord>> CounterpartsOfAsync(IReadOnlyCollection<string> personKeys, CancellationToken cancellationToken = default)
    {
        await using var w = new Writer(_connection, null);
        await using var reader = await w.Reader("""
            SELECT p.person_key, o.person_key, count(*), max(m.date)
            FROM meeting_participants p
            JOIN meeting_participants o ON o.meeting_key = p.meeting_key AND o.person_key <> p.person_key
            JOIN meetings m ON m.key = p.meeting_key
            WHERE p.person_key IN (SELECT value FROM json_each($1))
            GROUP BY p.person_key, o.person_key
            """, cancellationToken, Json(personKeys));
        var result = new List<CounterpartRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new CounterpartRecord(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), Text(reader, 3)));
        }
        return result;
    }

    private static string Json(IEnumerable<string> values) => System.Text.Json.JsonSerializer.Serialize(values);

    private Task<IReadOnlyList<MeetingRecord>> MeetingsByKeysAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        ReadMeetingsAsync($"SELECT {MeetingColumns} FROM meetings m WHERE m.key IN (SELECT value FROM json_each($1))", cancellationToken, Json(keys));

    private const string TermColumns = "o.key, o.title, o.title_ar, o.country_code, t.person_key, t.first_seen, t.last_seen";

    public async Task<IReadOnlyList<OfficeTermRecord>> OfficeTermsOfAsync(IReadOnlyCollection<string> personKeys, CancellationToken cancellationToken = default)
    {
        var terms = new List<OfficeTermRecord>();
        foreach (var key in personKeys.Distinct(StringComparer.Ordinal))
        {
            terms.AddRange(await ReadTermsAsync(
                $"SELECT {TermColumns} FROM office_terms t JOIN offices o ON o.key = t.office_key WHERE t.person_key = $1 ORDER BY t.first_seen, o.key",
                cancellationToken, key));
        }
        return terms;
    }

    public Task<IReadOnlyList<OfficeTermRecord>> OfficeTermsAsync(string? country, CancellationToken cancellationToken = default) =>
        ReadTermsAsync(
            $"SELECT {TermColumns} FROM office_terms t JOIN offices o ON o.key = t.office_key WHERE $1 IS NULL OR o.country_code = $1 ORDER BY o.key, t.first_seen, t.person_key",
            cancellationToken, country);

    private async Task<IReadOnlyList<OfficeTermRecord>> ReadTermsAsync(string sql, CancellationToken cancellationToken, params object?[] values)
    {
        await using var w = new Writer(_connection, null);
        await using var reader = await w.Reader(sql, cancellationToken, values);
        var terms = new List<OfficeTermRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            terms.Add(new OfficeTermRecord(reader.GetString(0), reader.GetString(1), Text(reader, 2), Text(reader, 3), reader.GetString(4), reader.GetString(5), reader.GetString(6)));
        }
        return terms;
    }

    public async Task<CountryRecord?> FindCountryAsync(string code, CancellationToken cancellationToken = default)
    {
        await using var w = new Writer(_connection, null);
        await using var reader = await w.Reader("SELECT code, name, name_ar FROM countries WHERE code = $1", cancellationToken, code);
        return await reader.ReadAsync(cancellationToken) ? new CountryRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2)) : null;
    }

    public async Task<ChainRecord?> ShortestChainAsync(string fromKey, string toKey, int maxHops, CancellationToken cancellationToken = default)
    {
        // Breadth first from one end, a level at a time, neighbours in key order so that the answer is stable.
        var cameFrom = new Dictionary<string, (string Person, string Meeting)?>(StringComparer.Ordinal) { [fromKey] = null };
        var level = new List<string> { fromKey };
        await using var w = new Writer(_connection, null);
        for (var hop = 0; hop < maxHops && level.Count > 0 && !cameFrom.ContainsKey(toKey); hop++)
        {
            var next = new List<string>();
            foreach (var person in level)
            {
                await using var reader = await w.Reader("""
                    SELECT DISTINCT o.person_key, o.meeting_key FROM meeting_participants p
                    JOIN meeting_participants o ON o.meeting_key = p.meeting_key AND o.person_key <> p.person_key
                    WHERE p.person_key = $1 ORDER BY o.person_key, o.meeting_key
                    """, cancellationToken, person);
                while (await reader.ReadAsync(cancellationToken))
                {
                    var other = reader.GetString(0);
                    if (cameFrom.TryAdd(other, (person, reader.GetString(1))))
                    {
                        next.Add(other);
                    }
                }
            }
            level = next;
        }
        if (!cameFrom.ContainsKey(toKey) || await FindPersonAsync(fromKey, cancellationToken) is null)
        {
            return null;
        }
        var persons = new List<string> { toKey };
        var meetings = new List<string>();
        for (var at = toKey; cameFrom[at] is { } step; at = step.Person)
        {
            persons.Add(step.Person);
            meetings.Add(step.Meeting);
        }
        persons.Reverse();
        meetings.Reverse();
        return new ChainRecord(persons, meetings);
    }

    public async Task<IReadOnlyList<MeetingRecord>> MeetingsOfArticleAsync(string articleId, CancellationToken cancellationToken = default)
    {
        var evidence = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        await using (var w = new Writer(_connection, null))
        await using (var reader = await w.Reader("SELECT meeting_key, evidence_start, evidence_end FROM article_meetings WHERE article_id = $1", cancellationToken, articleId))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                evidence[reader.GetString(0)] = new TextSpan(reader.GetInt32(1), reader.GetInt32(2));
            }
        }
        var meetings = await ReadMeetingsAsync(
            $"SELECT {MeetingColumns} FROM meetings m JOIN article_meetings a ON a.meeting_key = m.key WHERE a.article_id = $1 ORDER BY a.evidence_start, m.key",
            cancellationToken, articleId);
        return [.. meetings.Select(m => m with { Evidence = evidence[m.Key] })];
    }

    public async IAsyncEnumerable<PersonRecord> PersonsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var w = new Writer(_connection, null);
        var keys = await w.Strings("SELECT key FROM persons ORDER BY rowid", cancellationToken);
        foreach (var key in keys)
        {
            if (await FindPersonAsync(key, cancellationToken) is { } person)
            {
                yield return person;
            }
        }
    }

    public async IAsyncEnumerable<MeetingRecord> MeetingsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var meeting in await ReadMeetingsAsync("SELECT key, kind, date, date_precision, city, country_code FROM meetings ORDER BY rowid", cancellationToken))
        {
            yield return meeting;
        }
    }

    /// <summary>Meetings selected by <paramref name="sql"/> (key, kind, date, precision, city, country), with participants and delegations.</summary>
    private async Task<IReadOnlyList<MeetingRecord>> ReadMeetingsAsync(string sql, CancellationToken cancellationToken, params object?[] values)
    {
        await using var w = new Writer(_connection, null);
        var rows = new List<(string Key, string Kind, string? Date, string? Precision, string? City, string? Country)>();
        await using (var reader = await w.Reader(sql, cancellationToken, values))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetString(0), reader.GetString(1), Text(reader, 2), Text(reader, 3), Text(reader, 4), Text(reader, 5)));
            }
        }
        // Participants and delegations of all the meetings at once, not two queries a meeting.
        var keys = Json(rows.Select(r => r.Key));
        var participants = await GroupedAsync(w, "SELECT meeting_key, person_key FROM meeting_participants WHERE meeting_key IN (SELECT value FROM json_each($1))", keys, cancellationToken);
        var delegations = await GroupedAsync(w, "SELECT meeting_key, country_code FROM meeting_delegations WHERE meeting_key IN (SELECT value FROM json_each($1))", keys, cancellationToken);
        return [.. rows.Select(r => new MeetingRecord(r.Key, Enum.Parse<MeetingKind>(r.Kind, ignoreCase: true), r.Date, r.Precision, r.City, r.Country,
            Sorted(participants, r.Key), Sorted(delegations, r.Key), default))];
    }

    private static IReadOnlyList<string> Sorted(Dictionary<string, List<string>> groups, string key) =>
        groups.TryGetValue(key, out var values) ? [.. values.Order(StringComparer.Ordinal)] : [];

    private static async Task<Dictionary<string, List<string>>> GroupedAsync(Writer w, string sql, string keys, CancellationToken cancellationToken)
    {
        var groups = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await using var reader = await w.Reader(sql, cancellationToken, keys);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = reader.GetString(0);
            (groups.TryGetValue(key, out var list) ? list : groups[key] = []).Add(reader.GetString(1));
        }
        return groups;
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

    private async Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        await using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        return await cmd.ExecuteScalarAsync(cancellationToken);
    }
}
