namespace KnowledgeGraph.Storage;

/// <summary>A stored article: where it came from and when it was published (YYYY-MM-DD).</summary>
public sealed record ArticleRecord(string Id, string? Title, string? Url, string Published, string? Language);
