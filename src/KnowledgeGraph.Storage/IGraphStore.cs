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

    Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default);

    /// <summary>The persons an article mentions.</summary>
    Task<IReadOnlyList<PersonRecord>> PersonsOfArticleAsync(string articleId, CancellationToken cancellationToken = default);

    /// <summary>Every person with names, aliases and countries: what resolution needs to recognise them again.</summary>
    IAsyncEnumerable<PersonRecord> PersonsAsync(CancellationToken cancellationToken = default);

    /// <summary>Every meeting with its participants and date.</summary>
    IAsyncEnumerable<MeetingRecord> MeetingsAsync(CancellationToken cancellationToken = default);

    Task<PersonRecord?> FindPersonAsync(string key, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<MeetingRecord>> MeetingsOfAsync(string personKey, CancellationToken cancellationToken = default);

    /// <summary>The persons the filter keeps, in key order: at most <paramref name="first"/> after key <paramref name="afterKey"/>.</summary>
    Task<PersonPage> FindPersonsAsync(PersonFilter filter, int first, string? afterKey, CancellationToken cancellationToken = default);

    Task<MeetingRecord?> FindMeetingAsync(string key, CancellationToken cancellationToken = default);

    Task<ArticleRecord?> FindArticleAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The sequence of the latest change, or 0 when there is none: where a new follower starts.</summary>
    Task<long> LastChangeAsync(CancellationToken cancellationToken = default);

    /// <summary>At most <paramref name="limit"/> changes after <paramref name="sequence"/>, in order.</summary>
    Task<IReadOnlyList<ChangeRecord>> ChangesAfterAsync(long sequence, int limit, CancellationToken cancellationToken = default);
}
