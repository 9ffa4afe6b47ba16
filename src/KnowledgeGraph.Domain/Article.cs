namespace KnowledgeGraph.Domain;

/// <summary>A news article as it enters the system; <see cref="Id"/> is the caller's or a content hash.</summary>
public sealed record Article(
    string Id,
    string Text,
    DateOnly Published,
    string? Language = null,
    string? Title = null,
    string? Url = null);
