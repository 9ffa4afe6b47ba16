namespace KnowledgeGraph.Extraction.Text;

/// <summary>A word, number or punctuation mark with its offsets in the original text and its normalised form.</summary>
public sealed record Token(int Index, int Start, int End, string Text, string Norm, TokenKind Kind, int Sentence, bool SpaceBefore)
{
    private string[]? _forms;

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);

    public bool IsLatin => Kind == TokenKind.Word && Text[0] < '\u0250';

    /// <summary>"U.S.", "UAE": capitals only, dots allowed.</summary>
    public bool IsInCapitals => Text.All(c => c == '.' || char.IsUpper(c));

    /// <summary>The normalised word and its forms without proclitics, computed once (lookups ask for them often).</summary>
    public string[] Forms => _forms ??= IsLatin || !IsWord ? [Norm] : ArabicText.WithoutProclitics(Norm);
}
