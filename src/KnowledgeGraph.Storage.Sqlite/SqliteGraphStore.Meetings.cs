using System.Globalization;
using KnowledgeGraph.Domain;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>Reading meetings: by key, filtered and paged, by person, by article; counterparts and chains of meetings.</summary>
public sealed partial class SqliteGraphStore
{
    public Task<IReadOnlyList<MeetingRecord>> MeetingsOfAsync(string personKey, CancellationToken cancellationToken = default) =>
        ReadMeetingsAsync("""
            SELECT m.key, m.kind, m.date, m.date_precision, m.city, m.country_code FROM meetings m
            JOIN meeting_participants p ON p.meeting_key = m.key WHERE p.person_key = $1 ORDER BY m.date, m.key
            """, cancellationToken, personKey);

    public async Task<MeetingRecord?> FindMeetingAsync(string key, CancellationToken cancellationToken = default) =>
        await ReadMeetingsAsync("SELECT key, kind, date, date_precision, city, country_code FROM meetings WHERE key = $1", cancellationToken, key) is [var meeting] ? meeting : null;

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

    private Task<IReadOnlyList<MeetingRecord>> MeetingsByKeysAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        ReadMeetingsAsync($"SELECT {MeetingColumns} FROM meetings m WHERE m.key IN (SELECT value FROM json_each($1))", cancellationToken, Json(keys));

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

    public async Task<IReadOnlyList<ReportRecord>> ReportsOfMeetingsAsync(IReadOnlyCollection<string> meetingKeys, CancellationToken cancellationToken = default)
    {
        var reports = new List<ReportRecord>();
        await using var w = new Writer(_connection, null);
        await using var reader = await w.Reader("""
            SELECT a.id, a.title, a.url, a.published, a.language, r.meeting_key, r.evidence_start, r.evidence_end, r.evidence_text
            FROM article_meetings r JOIN articles a ON a.id = r.article_id
            WHERE r.meeting_key IN (SELECT value FROM json_each($1))
            ORDER BY a.published, a.id, r.meeting_key
            """, cancellationToken, Json(meetingKeys));
        while (await reader.ReadAsync(cancellationToken))
        {
            reports.Add(new ReportRecord(reader.GetString(5), Article(reader), new TextSpan(reader.GetInt32(6), reader.GetInt32(7)), Text(reader, 8)));
        }
        return reports;
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
}
