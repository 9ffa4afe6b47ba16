using System.Globalization;
using KnowledgeGraph.Domain;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>Reading persons: by key, by name form, by article, all of them.</summary>
public sealed partial class SqliteGraphStore
{
    public async Task<PersonRecord?> FindPersonAsync(string key, CancellationToken cancellationToken = default) =>
        await PersonsByKeysAsync([key], cancellationToken) is [var person] ? person : null;

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

    public async Task<IReadOnlyList<PersonRecord>> PersonsOfArticleAsync(string articleId, CancellationToken cancellationToken = default)
    {
        var spans = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        await using (var w = new Writer(_connection, null))
        await using (var reader = await w.Reader(
            "SELECT target_key, coalesce(span_start, 0), coalesce(span_end, 0) FROM article_mentions WHERE article_id = $1 AND kind = 'person' ORDER BY span_start",
            cancellationToken, articleId))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                spans[reader.GetString(0)] = new TextSpan(reader.GetInt32(1), reader.GetInt32(2));
            }
        }
        // By key, as the Neo4j store does: a mention whose person is not stored must not shift the others' spans.
        var persons = await PersonsByKeysAsync([.. spans.Keys], cancellationToken);
        return [.. persons.Select(p => p with { Span = spans[p.Key] })];
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

    public async IAsyncEnumerable<PersonRecord> PersonsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var w = new Writer(_connection, null);
        var keys = await w.Strings("SELECT key FROM persons ORDER BY rowid", cancellationToken);
        // A thousand persons a read (three queries), not three queries a person.
        foreach (var chunk in keys.Chunk(1_000))
        {
            foreach (var person in await PersonsByKeysAsync(chunk, cancellationToken))
            {
                yield return person;
            }
        }
    }
}
