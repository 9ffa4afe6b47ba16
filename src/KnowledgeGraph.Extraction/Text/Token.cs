namespace KnowledgeGraph.Extraction.Text;

/// <summary>A word, number or punctuation mark with its offsets in the original text and its normalised form.</summary>
public sealed record Token(int Index, int Start, int End, string Text, string Norm, TokenKind Kind, int Sentence, bool SpaceBefore)
{
    private string[]? _forms;

    internal Token(int index, int start, int end, Spelling spelling, int sentence, bool spaceBefore)
        : this(index, start, end, spelling.Text, spelling.Norm, spelling.Kind, sentence, spaceBefore) => (_forms, Spelling) = (spelling.Forms, spelling);

    /// <summary>The spelling the tokenizer shares among tokens of the same text; null for a token made otherwise.</summary>
    internal Spelling? Spelling { get; }

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);

    public bool IsLatin => Kind == TokenKind.Word && Text[0] < '\u0250';

    /// <summary>"U.S.", "UAE": capitals only, dots allowed.</summary>
    public bool IsInCapitals => Text.All(c => c == '.' || char.IsUpper(c));

    /// <summary>The normalised word and its forms without proclitics, computed once (lookups ask for them often).</summary>
    public string[] Forms => _forms ??= FormsOf(Text, Norm, Kind);

    /// <summary>Whether one of the word's <see cref="Forms"/> is in <paramref name="words"/>, asked without allocating a delegate.</summary>
    public bool HasFormIn(HashSet<string> words)
    {
        foreach (var form in Forms)
        {
            if (words.Contains(form))
            {
                return true;
            }
        }
        return false;
    }

    internal static string[] FormsOf(string text, string norm, TokenKind kind) =>
        kind != TokenKind.Word || text[0] < '\u0250' ? [norm] : ArabicText.WithoutProclitics(norm);
}
