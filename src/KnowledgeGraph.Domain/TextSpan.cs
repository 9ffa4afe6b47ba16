namespace KnowledgeGraph.Domain;

/// <summary>Character offsets into an article's original text, end exclusive.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    /// <summary>The words the span covers in <paramref name="text"/>, or null when it does not fit there.</summary>
    public string? TextOf(string text) =>
        Start >= 0 && End > Start && End <= text.Length ? text[Start..End] : null;

    public static TextSpan Cover(TextSpan a, TextSpan b) => new(Math.Min(a.Start, b.Start), Math.Max(a.End, b.End));
}
