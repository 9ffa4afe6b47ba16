using System.Globalization;
using KnowledgeGraph.Domain;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>Reading offices, countries, articles, the change feed; the helpers the readers share.</summary>
public sealed partial class SqliteGraphStore
{
    public async Task<ArticleRecord?> FindArticleAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var w = new Writer(_connection, null);
        await using var reader = await w.Reader("SELECT id, title, url, published, language FROM articles WHERE id = $1", cancellationToken, id);
        return await reader.ReadAsync(cancellationToken)
            ? Article(reader)
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

    /// <summary>An article from the first five columns of a row: id, title, url, published, language.</summary>
    private static ArticleRecord Article(SqliteDataReader reader) =>
        new(reader.GetString(0), Text(reader, 1), Text(reader, 2), reader.GetString(3), Text(reader, 4));

    private static string Json(IEnumerable<string> values) => System.Text.Json.JsonSerializer.Serialize(values);

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

    public async Task<IReadOnlyList<CountryRecord>> CountriesByCodesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken = default)
    {
        await using var w = new Writer(_connection, null);
        await using var reader = await w.Reader("SELECT code, name, name_ar FROM countries WHERE code IN (SELECT value FROM json_each($1))", cancellationToken, Json(codes));
        var countries = new List<CountryRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            countries.Add(new CountryRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }
        return countries;
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
}
