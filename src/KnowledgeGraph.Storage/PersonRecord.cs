using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Storage;

public sealed record PersonRecord(string Key, string Name, string? NameEn, IReadOnlyList<string> Aliases, IReadOnlyList<string> Countries, TextSpan Span);
