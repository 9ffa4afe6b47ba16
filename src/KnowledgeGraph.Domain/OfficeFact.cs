namespace KnowledgeGraph.Domain;

/// <summary>A post an article says a person holds; <see cref="Country"/> is null for posts of organisations.</summary>
public sealed record OfficeFact(string Person, string Title, string? TitleEn, string? Country, TextSpan Span);
