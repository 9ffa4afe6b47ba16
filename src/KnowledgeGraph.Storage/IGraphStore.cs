namespace KnowledgeGraph.Storage;

/// <summary>The port every store implements (SQLite embedded, Neo4j in production); one contract test suite covers them.</summary>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>Creates or migrates the schema; safe to call on every start.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>The ids among <paramref name="articleIds"/> that are already stored.</summary>
    Task<IReadOnlySet<string>> ExistingArticlesAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken = default);

    /// <summary>Writes the graph of a batch of articles in one transaction; articles already stored are left as they are.</summary>
    Task<int> WriteAsync(IReadOnlyList<ArticleGraph> batch, CancellationToken cancellationToken = default);

    /// <summary>
    /// The store's writer lease, held by one process at a time across all of them, until disposed (or, for a holder
    /// that died, until <paramref name="lease"/> has passed): whoever resolves and writes under it sees everything the
    /// others wrote, so concurrent writers resolve the same person to one node. The same <paramref name="holder"/> gets
    /// it back at once (a worker whose store went away and came back).
    /// </summary>
    Task<IAsyncDisposable> LockWritesAsync(string holder, TimeSpan lease, CancellationToken cancellationToken = default);

    Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default);

    /// <summary>The persons an article mentions, each with the span of its first mention there.</summary>
    Task<IReadOnlyList<PersonRecord>> PersonsOfArticleAsync(string articleId, CancellationToken cancellationToken = default);

    /// <summary>Every person with names, aliases and countries: what resolution needs to recognise them again.</summary>
    IAsyncEnumerable<PersonRecord> PersonsAsync(CancellationToken cancellationToken = default);

    /// <summary>Every meeting with its participants and date.</summary>
    IAsyncEnumerable<MeetingRecord> MeetingsAsync(CancellationToken cancellationToken = default);

    Task<PersonRecord?> FindPersonAsync(string key, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<MeetingRecord>> MeetingsOfAsync(string personKey, CancellationToken cancellationToken = default);

    /// <summary>The persons the filter keeps, in key order: at most <paramref name="first"/> after key <paramref name="afterKey"/>.</summary>
    Task<PersonPage> FindPersonsAsync(PersonFilter filter, int first, string? afterKey, CancellationToken cancellationToken = default);

    /// <summary>The persons with these keys, in the order given; keys not stored are left out. One call for a whole page.</summary>
    Task<IReadOnlyList<PersonRecord>> PersonsByKeysAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);

    /// <summary>The meetings the filter keeps, in date order: at most <paramref name="first"/> after <paramref name="after"/> (a <see cref="MeetingPage.PositionOf"/>).</summary>
    Task<MeetingPage> FindMeetingsAsync(MeetingFilter filter, int first, string? after, CancellationToken cancellationToken = default);

    /// <summary>
    /// A page of each person's meetings in date order (dated within [from, to] as <see cref="MeetingFilter"/> says): at
    /// most <paramref name="first"/> after <paramref name="after"/>. One call for a whole page of persons.
    /// </summary>
    Task<IReadOnlyDictionary<string, MeetingPage>> MeetingPagesOfPersonsAsync(
        IReadOnlyCollection<string> personKeys, string? from, string? to, int first, string? after, CancellationToken cancellationToken = default);

    /// <summary>Everyone these persons met, with how often and when last. One call for a whole page of persons.</summary>
    Task<IReadOnlyList<CounterpartRecord>> CounterpartsOfAsync(IReadOnlyCollection<string> personKeys, CancellationToken cancellationToken = default);

    /// <summary>The offices these persons hold. One call for a whole page of persons.</summary>
    Task<IReadOnlyList<OfficeTermRecord>> OfficeTermsOfAsync(IReadOnlyCollection<string> personKeys, CancellationToken cancellationToken = default);

    /// <summary>Every office term, of one country's offices when <paramref name="country"/> is given.</summary>
    Task<IReadOnlyList<OfficeTermRecord>> OfficeTermsAsync(string? country, CancellationToken cancellationToken = default);

    Task<CountryRecord?> FindCountryAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>The countries with these codes that the store holds, in no particular order. One call for any number of codes.</summary>
    Task<IReadOnlyList<CountryRecord>> CountriesByCodesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken = default);

    /// <summary>A shortest chain of meetings from one person to another in at most <paramref name="maxHops"/> meetings, or null.</summary>
    Task<ChainRecord?> ShortestChainAsync(string fromKey, string toKey, int maxHops, CancellationToken cancellationToken = default);

    /// <summary>The meetings an article reports, each with the evidence span in that article.</summary>
    Task<IReadOnlyList<MeetingRecord>> MeetingsOfArticleAsync(string articleId, CancellationToken cancellationToken = default);

    /// <summary>The articles reporting these meetings, earliest published first, each with its evidence. One call for a whole page.</summary>
    Task<IReadOnlyList<ReportRecord>> ReportsOfMeetingsAsync(IReadOnlyCollection<string> meetingKeys, CancellationToken cancellationToken = default);

    Task<MeetingRecord?> FindMeetingAsync(string key, CancellationToken cancellationToken = default);

    Task<ArticleRecord?> FindArticleAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The sequence of the latest change, or 0 when there is none: where a new follower starts.</summary>
    Task<long> LastChangeAsync(CancellationToken cancellationToken = default);

    /// <summary>At most <paramref name="limit"/> changes after <paramref name="sequence"/>, in order.</summary>
    Task<IReadOnlyList<ChangeRecord>> ChangesAfterAsync(long sequence, int limit, CancellationToken cancellationToken = default);
}
