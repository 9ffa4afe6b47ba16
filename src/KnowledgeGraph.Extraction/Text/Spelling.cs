namespace KnowledgeGraph.Extraction.Text;

/// <summary>What a token's text alone decides: its normal form, its kind and its forms without proclitics.</summary>
internal sealed record Spelling(string Text, string Norm, TokenKind Kind, string[] Forms)
{
    /// <summary>
    /// What a tagger keeps of the word, and which tagger: the last to ask. Threads may each write one; any of them is
    /// right for that tagger.
    /// </summary>
    internal object? Tagged { get; set; }

    // Yes-or-no answers about the word, each kept in one byte (1 yes, -1 no, 0 not asked yet; see Kept): whether it is a
    // given name (TextContext.IsGivenName), whether the Arabic dictionary knows it (TextContext.KnowsWord), and whether a
    // date may open at it (DateResolver).
    internal sbyte GivenName;
    internal sbyte KnownWord;
    internal sbyte OpensDate;

    /// <summary>
    /// The answer kept in <paramref name="answer"/>, one of the bytes above, asked of <paramref name="ask"/> the first time.
    /// One byte, so that threads that answer at once cannot tear it; any of them is right.
    /// </summary>
    internal static bool Kept<TState>(ref sbyte answer, TState state, Token token, Func<TState, Token, bool> ask)
    {
        if (answer == 0)
        {
            answer = ask(state, token) ? (sbyte)1 : (sbyte)-1;
        }
        return answer > 0;
    }

    /// <summary>
    /// Whether the word may start an entry of each of the first <see cref="PhraseLists"/> phrase lists asked
    /// (<see cref="Gazetteers.PhraseIndex{T}.MayStartWith"/>): two bits a list, whether it is known and the answer.
    /// </summary>
    internal long PhraseStarts;

    /// <summary>How many phrase lists a spelling keeps answers for: the gazetteer has eight, the rules one more.</summary>
    internal const int PhraseLists = 32;

    // Counted here, not in the generic PhraseIndex, whose every value type would count on its own.
    private static int s_phraseLists;

    /// <summary>A place in <see cref="PhraseStarts"/> no phrase list has taken (past <see cref="PhraseLists"/> when all are).</summary>
    internal static int TakePhraseList() => Interlocked.Increment(ref s_phraseLists) - 1;

    public static Spelling Of(string text)
    {
        var kind = !Tokenizer.IsWordChar(text[0]) ? TokenKind.Punct
            : char.IsDigit(text[0]) && text.All(c => char.IsDigit(c) || c is '.' or ',') ? TokenKind.Number
            : TokenKind.Word;
        var norm = kind == TokenKind.Punct ? text : ArabicText.Normalize(text);
        // A lone tatweel or diacritic («ـ», used as a dash in agency copy) normalises to nothing: it is punctuation.
        if (norm.Length == 0)
        {
            (kind, norm) = (TokenKind.Punct, text);
        }
        return new Spelling(text, norm, kind, Token.FormsOf(text, norm, kind));
    }
}
