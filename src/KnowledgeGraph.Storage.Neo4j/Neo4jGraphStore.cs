using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Domain;
using KnowledgeGraph.Domain.Names;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// The production store: the graph model of DESIGN.md in Neo4j, written with `UNWIND $rows AS row MERGE …` statements
/// from cypher/, nodes before relationships, a batch in one transaction. Articles already stored are left as they are.
/// </summary>
public sealed class Neo4jGraphStore(Neo4jHttpClient client, Neo4jOptions options) : IGraphStore
{
    private static readonly (string Label, string Property, string File)[] Keys =
    [
        ("Article", "id", Cypher.ConstraintArticle), ("Person", "key", Cypher.ConstraintPerson), ("Country", "code", Cypher.ConstraintCountry),
        ("Office", "key", Cypher.ConstraintOffice), ("Meeting", "key", Cypher.ConstraintMeeting),
        ("Name", "form", Cypher.ConstraintName), ("Change", "seq", Cypher.ConstraintChange), ("ChangeFeed", "name", Cypher.ConstraintChangeFeed),
    ];

    /// <summary>The name of the node that holds the change feed's last sequence.</summary>
    private const string Feed = "changes";

    public Neo4jServer? Server { get; private set; }

    /// <summary>Applies a uniqueness constraint on every key, each in its own transaction, in the syntax of the server's version.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        Server = await client.DiscoverAsync(cancellationToken);
        // The API opens a store per request: the schema is applied once per server and database in a process.
        var target = $"{options.Uri}|{options.Database}";
        if (SchemaApplied.ContainsKey(target))
        {
            return;
        }
        foreach (var (label, property, file) in Keys)
        {
            // Cypher 5 syntax lives in cypher/; servers before 5 know only the older form, which cannot be linted as Cypher 5.
            var text = Server.Major >= 5 ? CypherScripts.Get(file) : $"CREATE CONSTRAINT ON (n:{label}) ASSERT n.{property} IS UNIQUE";
            try
            {
                await client.RunAsync(new CypherStatement(text, new Dictionary<string, object?>()), cancellationToken);
            }
            catch (Neo4jException e) when (e.Code.EndsWith("EquivalentSchemaRuleAlreadyExists", StringComparison.Ordinal))
            {
                // Neo4j 4.x refuses to create a constraint twice: it is there, which is what was asked.
            }
        }
        SchemaApplied[target] = true;
    }

    // A name with a letter that Orthography.IsArabicLetter knows, as a Cypher regular expression (merge-persons.cypher).
    private const string ArabicScript = ".*[\u0620-\u064A\u0671-\u06D3].*";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> SchemaApplied = new(StringComparer.Ordinal);

    public async Task<IReadOnlySet<string>> ExistingArticlesAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken = default)
    {
        var result = await client.RunAsync(CypherStatement.Of(CypherScripts.Get(Cypher.ExistingArticles), ("ids", articleIds.ToArray())), cancellationToken);
        return result.Rows.Select(r => r[0].GetString()!).ToHashSet(StringComparer.Ordinal);
    }

    public async Task<int> WriteAsync(IReadOnlyList<ArticleGraph> batch, CancellationToken cancellationToken = default)
    {
        var existing = await ExistingArticlesAsync([.. batch.Select(g => g.Article.Id)], cancellationToken);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var graphs = batch.Where(g => !existing.Contains(g.Article.Id) && seen.Add(g.Article.Id)).ToList();
        if (graphs.Count == 0)
        {
            return 0;
        }
        var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        static string Day(Article a) => a.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // Nodes this write creates carry its id, so that the change feed names only what is new.
        var writeId = Guid.NewGuid().ToString("N");
        var statements = new List<CypherStatement>();
        void Add(string name, IEnumerable<object> rows, params (string Name, object? Value)[] more)
        {
            foreach (var chunk in rows.Chunk(options.BatchRows))
            {
                statements.Add(CypherStatement.Of(CypherScripts.Get(name), [("rows", chunk), ("writeId", writeId), .. more]));
            }
        }

        // Nodes first, then the relationships between them.
        Add(Cypher.MergeArticles, graphs.Select(g => (object)new
        {
            id = g.Article.Id, url = g.Article.Url, title = g.Article.Title, published = Day(g.Article),
            language = g.Article.Language, contentHash = g.ContentHash, ingestedAt = now,
        }));
        Add(Cypher.MergeCountries, graphs.SelectMany(g => g.Countries).DistinctBy(c => c.Code).Select(c => (object)new { code = c.Code, name = c.Name, nameAr = c.NameAr }));
        // One row per person, office term and link however many articles of the batch name them: a person in many
        // articles would otherwise be merged once for each.
        Add(Cypher.MergePersons, graphs.SelectMany(g => g.Persons).GroupBy(p => p.Key, StringComparer.Ordinal).Select(g =>
        {
            // As row after row would leave it: the first of the fullest names (Arabic first), the other forms as aliases.
            var fullest = g.Select(p => p.Name).Aggregate((best, name) => PersonRecord.IsFullerName(name, best) ? name : best);
            var forms = g.Select(p => p.Name).Concat(g.SelectMany(p => p.Aliases)).Where(f => f != fullest).Distinct(StringComparer.Ordinal).ToArray();
            return (object)new { key = g.Key, name = fullest, nameEn = g.First().NameEn, written = g.Select(p => p.EnglishAsWritten).FirstOrDefault(w => w is not null), aliases = forms };
        }), ("arabicScript", ArabicScript));
        Add(Cypher.LinkPersonNames, graphs.SelectMany(g => g.Persons)
            .SelectMany(p => p.Aliases.Append(p.Name).Append(p.NameEn).Where(n => !string.IsNullOrWhiteSpace(n)).SelectMany(n => NameKeys.Of(n!)).Select(k => (Person: p.Key, Form: k)))
            .Distinct()
            .Select(x => (object)new { person = x.Person, form = x.Form }));
        // One row per office; its Arabic title from whichever report gave one, as row after row would leave it.
        Add(Cypher.MergeOffices, graphs.SelectMany(g => g.Offices).GroupBy(o => o.Key, StringComparer.Ordinal).Select(g => (object)new
        {
            key = g.Key, title = g.First().Title, titleAr = g.Select(o => o.TitleAr).FirstOrDefault(t => t is not null), country = g.First().Country,
        }));
        Add(Cypher.MergeMeetings, graphs.SelectMany(g => g.Meetings).Select(m => (object)new
        {
            key = m.Key, kind = m.Kind.ToString().ToLowerInvariant(), date = m.Date, datePrecision = m.DatePrecision, city = m.City, country = m.Country,
        }));
        Add(Cypher.LinkPersonCountries, graphs.SelectMany(g => g.Persons).SelectMany(p => p.Countries.Select(c => (p.Key, c))).Distinct()
            .Select(x => (object)new { person = x.Key, country = x.c }));
        Add(Cypher.LinkHolds, graphs.SelectMany(g => g.Offices.Select(o => (o.HolderKey, o.Key, Seen: Day(g.Article))))
            .GroupBy(x => (x.HolderKey, x.Key))
            .Select(g => (object)new { person = g.Key.HolderKey, office = g.Key.Key, first = g.Select(x => x.Seen).Min(StringComparer.Ordinal), last = g.Select(x => x.Seen).Max(StringComparer.Ordinal) }));
        Add(Cypher.LinkAttended, graphs.SelectMany(g => g.Meetings).SelectMany(m => m.Participants.Select(p => (object)new { person = p, meeting = m.Key })));
        Add(Cypher.LinkDelegations, graphs.SelectMany(g => g.Meetings).SelectMany(m => m.Delegations.Select(c => (object)new { country = c, meeting = m.Key })));
        Add(Cypher.LinkReports, graphs.SelectMany(g => g.Meetings.Select(m => (object)new { article = g.Article.Id, meeting = m.Key, start = m.Evidence.Start, end = m.Evidence.End, text = m.Evidence.TextOf(g.Article.Text) })));
        Add(Cypher.LinkMentionsPersons, graphs.SelectMany(g => g.Persons.Select(p => (object)new { article = g.Article.Id, key = p.Key, start = p.Span.Start, end = p.Span.End })));
        Add(Cypher.LinkMentionsOffices, graphs.SelectMany(g => g.Offices.Select(o => (object)new { article = g.Article.Id, key = o.Key, start = o.Span.Start, end = o.Span.End })));
        Add(Cypher.LinkMentionsCountries, graphs.SelectMany(g => g.Countries.Select(c => (object)new { article = g.Article.Id, key = c.Code })));
        // Last, in the same transaction: the change feed, in the order the SQLite store writes it (per article: its new
        // persons, its new meetings, the article). The feed node's counter is locked until commit, so sequences
        // follow commit order across writers.
        var candidates = graphs.SelectMany(g =>
            g.Persons.Select(p => (Kind: ChangeRecord.Person, p.Key, Article: g.Article.Id))
                .Concat(g.Meetings.Select(m => (Kind: ChangeRecord.Meeting, m.Key, Article: g.Article.Id)))
                .Append((Kind: ChangeRecord.Article, Key: g.Article.Id, Article: g.Article.Id)))
            .DistinctBy(c => (c.Kind, c.Key))
            .Select(c => (object)new { kind = c.Kind, key = c.Key, article = c.Article, at = now })
            .ToArray();
        statements.Add(CypherStatement.Of(CypherScripts.Get(Cypher.AppendChanges), ("rows", candidates), ("writeId", writeId), ("feed", Feed),
            ("person", ChangeRecord.Person), ("meeting", ChangeRecord.Meeting), ("article", ChangeRecord.Article)));
        await client.RunAsync(statements, cancellationToken);
        return graphs.Count;
    }

    public async Task<IAsyncDisposable> LockWritesAsync(string holder, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        // A lease node: taking it writes it, so Neo4j's lock on the node lets one holder in at a time; a holder that
        // died lets go when its time is up.
        while (true)
        {
            var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            var result = await client.RunAsync(CypherStatement.Of(CypherScripts.Get(Cypher.AcquireWriterLease),
                ("name", Feed), ("holder", holder), ("now", now), ("until", now + (long)lease.TotalMilliseconds)), cancellationToken);
            if (result.Rows.Count > 0)
            {
                return new WriterLease(client, holder);
            }
            await Task.Delay(TimeSpan.FromMilliseconds(25), cancellationToken);
        }
    }

    private sealed class WriterLease(Neo4jHttpClient client, string holder) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await client.RunAsync(CypherStatement.Of(CypherScripts.Get(Cypher.ReleaseWriterLease), ("name", Feed), ("holder", holder)), CancellationToken.None);
            }
            catch (Exception e) when (e is Neo4jException or Neo4jUnavailableException or HttpRequestException or Polly.CircuitBreaker.BrokenCircuitException or Polly.Timeout.TimeoutRejectedException or TaskCanceledException)
            {
                // The server is away: the lease ends with its time, and its holder may take it again at once.
            }
        }
    }

    public async Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        var names = new[] { Cypher.CountPersons, Cypher.CountCountries, Cypher.CountOffices, Cypher.CountMeetings, Cypher.CountArticles };
        var results = await client.RunAsync([.. names.Select(n => CypherStatement.Of(CypherScripts.Get(n)))], cancellationToken);
        long Count(int i) => results[i].Rows[0][0].GetInt64();
        return new GraphStats(Count(0), Count(1), Count(2), Count(3), Count(4));
    }

    public async Task<PersonRecord?> FindPersonAsync(string key, CancellationToken cancellationToken = default)
    {
        var result = await client.RunAsync(CypherStatement.Of(CypherScripts.Get(Cypher.FindPerson), ("key", key)), cancellationToken);
        return result.Rows.Count == 0 ? null : Person(result.Rows[0]);
    }

    public async Task<IReadOnlyList<MeetingRecord>> MeetingsOfAsync(string personKey, CancellationToken cancellationToken = default)
    {
        var result = await client.RunAsync(CypherStatement.Of(CypherScripts.Get(Cypher.MeetingsOfPerson), ("key", personKey)), cancellationToken);
        return [.. result.Rows.Select(Meeting)];
    }

    public async Task<PersonPage> FindPersonsAsync(PersonFilter filter, int first, string? afterKey, CancellationToken cancellationToken = default)
    {
        var result = await client.RunAsync(CypherStatement.Of(CypherScripts.Get(Cypher.FindPersons),
            ("name", filter.NameForm), ("search", filter.SearchForm), ("sound", NameKeys.SoundPrefix), ("country", filter.Country), ("after", afterKey), ("limit", first + 1)), cancellationToken);
        var row = result.Rows[0];
        var keys = Strings(row[1]).ToList();
        var persons = await PersonsByKeysAsync([.. keys.Take(first)], cancellationToken);
        return new PersonPage(persons, row[0].GetInt64(), keys.Count > first);
    }

    public async Task<IReadOnlyList<PersonRecord>> PersonsByKeysAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        if (keys.Count == 0)
        {
            return [];
        }
        var result = await client.RunAsync(CypherStatement.Of(CypherScripts.Get(Cypher.PersonsByKeys), ("keys", keys.ToArray())), cancellationToken);
        var byKey = result.Rows.Select(Person).ToDictionary(p => p.Key, StringComparer.Ordinal);
        return [.. keys.Where(byKey.ContainsKey).Select(k => byKey[k])];
    }

    public async Task<MeetingRecord?> FindMeetingAsync(string key, CancellationToken cancellationToken = default)
    {
        var result = await client.RunAsync(CypherStatement.Of(CypherScripts.Get(Cypher.FindMeeting), ("key", key)), cancellationToken);
        return result.Rows.Count == 0 ? null : Meeting(result.Rows[0]);
    }

    public async Task<ArticleRecord?> FindArticleAsync(string id, CancellationToken cancellationToken = default)
    {
        var result = await client.RunAsync(CypherStatement.Of(CypherScripts.Get(Cypher.FindArticle), ("id", id)), cancellationToken);
        return result.Rows is [var r, ..] ? Article(r) : null;
    }

    public async Task<long> LastChangeAsync(CancellationToken cancellationToken = default)
    {
        var result = await client.RunAsync(CypherStatement.Of(CypherScripts.Get(Cypher.LastChange), ("feed", Feed)), cancellationToken);
        return result.Rows[0][0].GetInt64();
    }

    public async Task<IReadOnlyList<ChangeRecord>> ChangesAfterAsync(long sequence, int limit, CancellationToken cancellationToken = default)
    {
        var result = await client.RunAsync(CypherStatement.Of(CypherScripts.Get(Cypher.ChangesAfter), ("after", sequence), ("limit", limit)), cancellationToken);
        return [.. result.Rows.Select(r => new ChangeRecord(r[0].GetInt64(), r[1].GetString()!, r[2].GetString()!, r[3].GetString()!, r[4].GetString()!))];
    }

    public async Task<IReadOnlyList<PersonRecord>> PersonsOfArticleAsync(string articleId, CancellationToken cancellationToken = default)
    {
        var result = await client.RunAsync(CypherStatement.Of(CypherScripts.Get(Cypher.PersonsOfArticle), ("id", articleId)), cancellationToken);
        var spans = result.Rows.ToDictionary(r => r[0].GetString()!, r => new TextSpan(Int(r[1]), Int(r[2])), StringComparer.Ordinal);
        var persons = await PersonsByKeysAsync([.. spans.Keys], cancellationToken);
        return [.. persons.Select(p => p with { Span = spans[p.Key] })];
    }

    public async Task<MeetingPage> FindMeetingsAsync(MeetingFilter filter, int first, string? after, CancellationToken cancellationToken = default)
    {
        var position = MeetingPage.ParsePosition(after);
        var result = await client.RunAsync(CypherStatement.Of(CypherScripts.Get(Cypher.FindMeetings),
            ("participant", filter.Participant), ("country", filter.Country), ("heldInOnly", filter.HeldInOnly), ("from", filter.From), ("to", filter.To),
            ("kind", filter.Kind?.ToString().ToLowerInvariant()), ("afterDate", position?.Date), ("afterKey", position?.Key), ("limit", first + 1)), cancellationToken);
        var keys = Strings(result.Rows[0][1]).ToList();
        var meetings = await MeetingsByKeysAsync([.. keys.Take(first)], cancellationToken);
        return new MeetingPage(meetings, result.Rows[0][0].GetInt64(), keys.Count > first);
    }

    public async Task<IReadOnlyDictionary<string, MeetingPage>> MeetingPagesOfPersonsAsync(
        IReadOnlyCollection<string> personKeys, string? from, string? to, int first, string? after, CancellationToken cancellationToken = default)
    {
        var position = MeetingPage.ParsePosition(after);
        var result = await client.RunAsync(CypherStatement.Of(CypherScripts.Get(Cypher.MeetingPagesOfPersons), ("keys", personKeys.Distinct(StringComparer.Ordinal).ToArray()),
            ("from", from), ("to", to), ("afterDate", position?.Date), ("afterKey", position?.Key), ("limit", first + 1)), cancellationToken);
        var rows = result.Rows.ToDictionary(r => r[0].GetString()!, r => (Total: r[1].GetInt64(), Page: Strings(r[2]).ToList()), StringComparer.Ordinal);
        var meetings = (await MeetingsByKeysAsync([.. rows.Values.SelectMany(r => r.Page.Take(first)).Distinct(StringComparer.Ordinal)], cancellationToken))
            .ToDictionary(m => m.Key, StringComparer.Ordinal);
        return personKeys.Distinct(StringComparer.Ordinal).ToDictionary(k => k, k => rows.TryGetValue(k, out var r)
            ? new MeetingPage([.. r.Page.Take(first).Select(key => meetings[key])], r.Total, r.Page.Count > first)
            : new MeetingPage([], 0, false), StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<CounterpartRecord>> CounterpartsOfAsync(IReadOnlyCollection<string> personKeys, CancellationToken cancellationToken = default)
    {
        var result = await client.RunAsync(CypherStatement.Of(CypherScripts.Get(Cypher.CounterpartsOf), ("keys", personKeys.Distinct(StringComparer.Ordinal).ToArray())), cancellationToken);
        return [.. result.Rows.Select(r => new CounterpartRecord(r[0].GetString()!, r[1].GetString()!, r[2].GetInt32(), Text(r[3])))];
    }

    private async Task<IReadOnlyList<MeetingRecord>> MeetingsByKeysAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return [];
        }
        var result = await client.RunAsync(CypherStatement.Of(CypherScripts.Get(Cypher.MeetingsByKeys), ("keys", keys.ToArray())), cancellationToken);
        var byKey = result.Rows.Select(Meeting).ToDictionary(m => m.Key, StringComparer.Ordinal);
        return [.. keys.Where(byKey.ContainsKey).Select(k => byKey[k])];
    }

    public async Task<IReadOnlyList<OfficeTermRecord>> OfficeTermsOfAsync(IReadOnlyCollection<string> personKeys, CancellationToken cancellationToken = default)
    {
        var result = await client.RunAsync(CypherStatement.Of(CypherScripts.Get(Cypher.OfficeTermsOf), ("keys", personKeys.ToArray())), cancellationToken);
        return [.. result.Rows.Select(Term)];
    }

    public async Task<IReadOnlyList<OfficeTermRecord>> OfficeTermsAsync(string? country, CancellationToken cancellationToken = default)
    {
        var result = await client.RunAsync(CypherStatement.Of(CypherScripts.Get(Cypher.OfficeTerms), ("country", country)), cancellationToken);
        return [.. result.Rows.Select(Term)];
    }

    public async Task<CountryRecord?> FindCountryAsync(string code, CancellationToken cancellationToken = default)
    {
        var result = await client.RunAsync(CypherStatement.Of(CypherScripts.Get(Cypher.FindCountry), ("code", code)), cancellationToken);
        return result.Rows is [var r, ..] ? Country(r) : null;
    }

    public async Task<IReadOnlyList<CountryRecord>> CountriesByCodesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken = default)
    {
        var result = await client.RunAsync(CypherStatement.Of(CypherScripts.Get(Cypher.CountriesByCodes), ("codes", codes.Distinct(StringComparer.Ordinal).ToArray())), cancellationToken);
        return [.. result.Rows.Select(Country)];
    }

    private static CountryRecord Country(JsonElement[] r) => new(r[0].GetString()!, r[1].GetString()!, r[2].GetString()!);

    public async Task<ChainRecord?> ShortestChainAsync(string fromKey, string toKey, int maxHops, CancellationToken cancellationToken = default)
    {
        if (fromKey == toKey)
        {
            return await FindPersonAsync(fromKey, cancellationToken) is null ? null : new ChainRecord([fromKey], []);
        }
        var result = await client.RunAsync(CypherStatement.Of(CypherScripts.Get(Cypher.ShortestChain), ("from", fromKey), ("to", toKey), ("attended", "ATTENDED")), cancellationToken);
        if (result.Rows is not [var r, ..])
        {
            return null;
        }
        var chain = new ChainRecord([.. Strings(r[0])], [.. Strings(r[1])]);
        return chain.Meetings.Count <= maxHops ? chain : null;
    }

    public async Task<IReadOnlyList<MeetingRecord>> MeetingsOfArticleAsync(string articleId, CancellationToken cancellationToken = default)
    {
        var result = await client.RunAsync(CypherStatement.Of(CypherScripts.Get(Cypher.MeetingsOfArticle), ("id", articleId)), cancellationToken);
        var evidence = result.Rows.ToDictionary(r => r[0].GetString()!, r => new TextSpan(Int(r[1]), Int(r[2])), StringComparer.Ordinal);
        var meetings = await MeetingsByKeysAsync([.. evidence.Keys], cancellationToken);
        return [.. meetings.Select(m => m with { Evidence = evidence[m.Key] })];
    }

    public async Task<IReadOnlyList<ReportRecord>> ReportsOfMeetingsAsync(IReadOnlyCollection<string> meetingKeys, CancellationToken cancellationToken = default)
    {
        var result = await client.RunAsync(CypherStatement.Of(CypherScripts.Get(Cypher.ReportsOfMeetings), ("keys", meetingKeys.Distinct(StringComparer.Ordinal).ToArray())), cancellationToken);
        return [.. result.Rows.Select(r => new ReportRecord(r[5].GetString()!, Article(r), new TextSpan(Int(r[6]), Int(r[7])), Text(r[8])))];
    }

    /// <summary>An article from the first five columns of a row: id, title, url, published, language.</summary>
    private static ArticleRecord Article(JsonElement[] r) => new(r[0].GetString()!, Text(r[1]), Text(r[2]), r[3].GetString()!, Text(r[4]));

    private static OfficeTermRecord Term(JsonElement[] r) =>
        new(r[0].GetString()!, r[1].GetString()!, Text(r[2]), Text(r[3]), r[4].GetString()!, r[5].GetString()!, r[6].GetString()!);

    private static int Int(JsonElement e) => e.ValueKind == JsonValueKind.Number ? e.GetInt32() : 0;

    public async IAsyncEnumerable<PersonRecord> PersonsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var result = await client.RunAsync(CypherStatement.Of(CypherScripts.Get(Cypher.AllPersons)), cancellationToken);
        foreach (var row in result.Rows)
        {
            yield return Person(row);
        }
    }

    public async IAsyncEnumerable<MeetingRecord> MeetingsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var result = await client.RunAsync(CypherStatement.Of(CypherScripts.Get(Cypher.AllMeetings)), cancellationToken);
        foreach (var row in result.Rows)
        {
            yield return Meeting(row);
        }
    }

    public ValueTask DisposeAsync()
    {
        client.Dispose();
        return ValueTask.CompletedTask;
    }

    private static PersonRecord Person(JsonElement[] row) => new(
        row[0].GetString()!, row[1].GetString()!, Text(row[2]),
        [.. Strings(row[3]).Order(StringComparer.Ordinal)], [.. Strings(row[4])], default);

    private static MeetingRecord Meeting(JsonElement[] row) => new(
        row[0].GetString()!, Enum.Parse<MeetingKind>(row[1].GetString()!, ignoreCase: true), Text(row[2]), Text(row[3]), Text(row[4]), Text(row[5]),
        [.. Strings(row[6])], [.. Strings(row[7])], default);

    private static string? Text(JsonElement e) => e.ValueKind == JsonValueKind.String ? e.GetString() : null;

    private static IEnumerable<string> Strings(JsonElement e) =>
        e.ValueKind == JsonValueKind.Array ? e.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!) : [];
}
