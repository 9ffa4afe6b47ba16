using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Storage;

/// <summary>An office (title in a country) and the person the article says holds it.</summary>
public sealed record OfficeRecord(string Key, string Title, string? TitleAr, string? Country, string HolderKey, TextSpan Span);
