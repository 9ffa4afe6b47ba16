namespace KnowledgeGraph.Domain;

/// <summary>Character offsets into an article's original text, end exclusive.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public static TextSpan Cover(TextSpan a, TextSpan b) => new(Math.Min(a.Start, b.Start), Math.Max(a.End, b.End));
}
