using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Extraction.Recognition;

/// <summary>One person of an article, gathered from all the mentions that refer to them.</summary>
public sealed class ResolvedPerson(int index, PersonMention first)
{
    public int Index { get; } = index;

    public string Name { get; set; } = first.Name!;

    public IReadOnlyList<string> Words { get; set; } = first.NameWords;

    public TextSpan Span { get; set; } = first.Span;

    public HashSet<string> Aliases { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Honorifics { get; } = new(StringComparer.Ordinal);

    public List<Post> Posts { get; } = [];

    public List<PersonMention> Mentions { get; } = [];

    public string? Country { get; set; }

    /// <summary>The English spelling the article itself gives («ألبرت أينشتاين ( Albert Einstein )»), if any.</summary>
    public string? NameEn { get; set; }
}
