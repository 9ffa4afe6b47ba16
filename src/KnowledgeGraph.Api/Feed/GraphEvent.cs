using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Feed;

/// <summary>A change of the feed with the record it names, read once for every subscriber.</summary>
public sealed record GraphEvent(ChangeRecord Change, PersonRecord? Person = null, MeetingRecord? Meeting = null, ArticleRecord? Article = null);
