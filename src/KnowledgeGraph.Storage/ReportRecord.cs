using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Storage;

/// <summary>
/// An article reporting a meeting: where in its text (end exclusive) and the words there, so a reader sees the
/// sentence without the article's full text being stored. <paramref name="Sentence"/> is null for reports written
/// before the store kept it.
/// </summary>
public sealed record ReportRecord(string MeetingKey, ArticleRecord Article, TextSpan Evidence, string? Sentence);
