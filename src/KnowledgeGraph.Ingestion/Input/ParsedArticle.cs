using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Ingestion.Input;

/// <summary>The outcome of reading one input line: an article, or the reason it was rejected (with the id when known).</summary>
public sealed record ParsedArticle(InputLine Line, Article? Article, string? Id, string? Error)
{
    public bool IsValid => Article is not null;
}
