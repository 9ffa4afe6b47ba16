namespace KnowledgeGraph.Storage;

/// <summary>
/// One event of the store's change feed: a person or meeting first stored, or an article ingested. Sequences grow in
/// commit order, so a follower that remembers the last one it saw misses nothing and sees nothing twice.
/// </summary>
public sealed record ChangeRecord(long Sequence, string Kind, string Key, string ArticleId, string At)
{
    public const string Person = "person";
    public const string Meeting = "meeting";
    public const string Article = "article";
}
