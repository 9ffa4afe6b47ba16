namespace KnowledgeGraph.Domain;

/// <summary>A person as one article names them. <see cref="Id"/> is local to the article (p1, p2, …).</summary>
public sealed record PersonFact(
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    string? NameEn,
    IReadOnlyList<string> Countries,
    TextSpan Span);
