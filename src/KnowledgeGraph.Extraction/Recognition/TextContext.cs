using KnowledgeGraph.Domain;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Recognition;

/// <summary>One article's text as the recognisers see it: tokens, gazetteer and word tests shared by both languages.</summary>
public sealed class TextContext(string text, IReadOnlyList<Token> tokens, Gazetteer gazetteer)
{
    public string Text { get; } = text;

    public IReadOnlyList<Token> Tokens { get; } = tokens;

    public Gazetteer Gazetteer { get; } = gazetteer;

    public Token? At(int i) => i >= 0 && i < Tokens.Count ? Tokens[i] : null;

    public bool SameSentence(int a, int b) => At(a) is { } x && At(b) is { } y && x.Sentence == y.Sentence;

    /// <summary>True when one of tokens [from, from + count) in token <paramref name="anchor"/>'s sentence passes the test.</summary>
    public bool AnyNear(int anchor, int from, int count, Func<Token, bool> test)
    {
        for (var k = from; k < from + count; k++)
        {
            if (SameSentence(anchor, k) && test(Tokens[k]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The first token that ends after <paramref name="offset"/>: tokens are in text order, so a binary search finds it.</summary>
    public int FirstTokenAt(int offset) => Ordered.FirstIndex(Tokens, offset, static (t, offset) => t.End > offset);

    /// <summary>
    /// The tokens [Start, End) of sentence <paramref name="sentence"/>: sentences number the tokens in text order, so two
    /// binary searches find them, and a long article's sentences are not each found by reading all its tokens.
    /// </summary>
    public (int Start, int End) SentenceTokens(int sentence) => (FirstTokenFrom(sentence), FirstTokenFrom(sentence + 1));

    /// <summary>The sentence of a first line set off by an empty line, or -1 when the text has no headline.</summary>
    public int HeadlineSentence => _headline ??= Headline();

    private int? _headline;

    private bool? _writesAlefMaqsura;

    private bool WritesAlefMaqsura() => _writesAlefMaqsura ??= Text.Contains('ى', StringComparison.Ordinal);

    private int Headline()
    {
        var firstBreak = Text.IndexOf('\n', StringComparison.Ordinal);
        if (firstBreak < 0 || Tokens.Count == 0 || Text.AsSpan(firstBreak).TrimStart(' ').Length < 2
            || !Text.AsSpan(firstBreak + 1).TrimStart(" \r").StartsWith("\n", StringComparison.Ordinal))
        {
            return -1;
        }
        // A headline is short and ends without a full stop; a first paragraph ("RIYADH, May 14 – ... on Wednesday.") is not one.
        var line = Text[..firstBreak].TrimEnd();
        if (line.EndsWith('.') || line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 25)
        {
            return -1;
        }
        return Tokens[0].End <= firstBreak ? Tokens[0].Sentence : -1;
    }

    /// <summary>«الذي», «التي», "who": the word that opens a clause about the person just named.</summary>
    public static bool IsRelativePronoun(Token t) => t.Norm is "الذي" or "التي" or "who";

    /// <summary>
    /// Whether a relative clause set off by commas («، الذي … ،», ", who …,") holds token <paramref name="token"/> but not
    /// token <paramref name="other"/>. The clause opens within ten tokens before the token; it closes at the first comma
    /// within ten tokens after it, or else at the end of the sentence («…، الذي يزور روسيا على رأس وفد يضم وزير الدفاع …»).
    /// </summary>
    public bool InAsideWithout(int token, int other)
    {
        for (var k = token - 1; k >= token - 10 && k > 0 && SameSentence(k, token); k--)
        {
            if (Tokens[k].Text is "," or "،")
            {
                if (!IsRelativePronoun(Tokens[k + 1]))
                {
                    return false;
                }
                var close = ClosingComma(token, token + 10) is { } comma && SameSentence(token, comma) ? comma : SentenceTokens(Tokens[token].Sentence).End;
                return other < k || other > close;
            }
        }
        return false;
    }

    /// <summary>The first comma among tokens [<paramref name="from"/>, <paramref name="to"/>), or null.</summary>
    public int? ClosingComma(int from, int to)
    {
        for (var k = from; k < to && k < Tokens.Count; k++)
        {
            if (Tokens[k].Text is "،" or ",")
            {
                return k;
            }
        }
        return null;
    }

    private int FirstTokenFrom(int sentence) => Ordered.FirstIndex(Tokens, sentence, static (t, sentence) => t.Sentence >= sentence);

    public TextSpan SpanOf(int start, int end) => new(Tokens[start].Start, Tokens[end - 1].End);

    public string Slice(int start, int end) => Text[Tokens[start].Start..Tokens[end - 1].End];

    /// <summary>The original text of tokens [start, end) without the first <paramref name="clitic"/> letters of the first word.</summary>
    public string SliceAfterClitic(int start, int end, int clitic, out TextSpan span)
    {
        var from = Tokens[start].Start;
        for (var skipped = 0; skipped < clitic && from < Tokens[start].End; from++)
        {
            if (!ArabicText.IsDiacritic(Text[from]))
            {
                skipped++;
            }
        }
        while (from < Tokens[start].End && ArabicText.IsDiacritic(Text[from]))
        {
            from++;
        }
        span = new TextSpan(from, Tokens[end - 1].End);
        return Text[from..Tokens[end - 1].End];
    }

    public bool IsArabicStop(Token t)
    {
        var stops = Gazetteer.ArabicStopWords;
        // «عادل إمام»: written with the hamza below, «إمام» is the noun "imam" (a family name too), never «أمام», "in front of".
        if (t.Norm is "امام" or "وامام" or "فامام" && t.Text.AsSpan().TrimStart("وف").StartsWith("إ"))
        {
            return false;
        }
        // «واين روني»: without the hamza of «وأين» ("and where"), the word is Wayne.
        if (t.Norm == "واين" && !t.Text.Contains('أ', StringComparison.Ordinal))
        {
            return false;
        }
        // «تولى علي الخلافة»: a text that writes the preposition «على» with its alef maqsura means Ali by «علي».
        if (t.Norm is "علي" or "وعلي" && t.Text.EndsWith('ي') && WritesAlefMaqsura())
        {
            return false;
        }
        if (stops.Contains(t.Norm))
        {
            return true;
        }
        // «وقال», «فيما»: a conjunction on a function word.
        return t.Norm.Length > 2 && t.Norm[0] is 'و' or 'ف' && stops.Contains(t.Norm[1..]);
    }

    /// <summary>A hyphen at <paramref name="k"/> with no space on either side, which joins two parts of one word ("two-day", "al-Sharaa").</summary>
    public bool HyphenInWord(int k) => At(k) is { Kind: TokenKind.Punct, Text: "-", SpaceBefore: false } && At(k + 1) is { SpaceBefore: false };

    /// <summary>A function word behind a proclitic too («لزيارة», «بمشاركة»), unless the word is a given name.</summary>
    public bool IsArabicStopWithClitics(Token t) =>
        IsArabicStop(t) || (!IsGivenName(t) && t.Forms.Skip(1).Any(Gazetteer.CoreArabicStopWords.Contains));

    /// <summary>
    /// «ستيف ويتكوف», «جون وليامز», «وهنري وينكلر»: after a given name (itself after «و» or not), a word that opens with «و»
    /// is a surname, not «و» and a second person, when neither it nor the word after «و» is a word of the dictionary or a
    /// known name.
    /// </summary>
    public bool OpensWithWawYetContinuesName(Token previous, Token t) =>
        GivenNameBehind(previous, "و") is not null && t.IsWord && !t.IsLatin && t.Norm.Length > 3 && t.Norm[0] == 'و' && !IsGivenName(t) && !KnowsWord(t)
        && NoWordOrNameBehindProclitic(t);

    /// <summary>«ويليامز», «وينكلر»: what follows the word's first letter, read as a proclitic, is no word, given name or surname.</summary>
    public bool NoWordOrNameBehindProclitic(Token t) =>
        t.Forms.Skip(1).All(f => !Gazetteer.GivenNames.ContainsKey(f) && !Gazetteer.FigureSurnames.ContainsKey(f) && !Gazetteer.Lexicon.Knows(f));

    /// <summary>«سالم», «وسالم», «لجورج»: the given name a word is, alone or after one of <paramref name="proclitics"/>; null for none.</summary>
    public string? GivenNameBehind(Token t, string proclitics)
    {
        if (IsGivenName(t))
        {
            return t.Norm;
        }
        if (t.Norm.Length <= 3 || !proclitics.Contains(t.Norm[0], StringComparison.Ordinal))
        {
            return null;
        }
        // The token keeps the word without its one proclitic among its forms (the only one a letter shorter): no new string.
        foreach (var f in t.Forms)
        {
            if (f.Length == t.Norm.Length - 1)
            {
                return Gazetteer.GivenNames.ContainsKey(f) ? f : null;
            }
        }
        return null;
    }

    // «على» (the preposition) and «علي» (Ali) normalise alike; the written alef maqsura tells the preposition apart. So
    // does a hamza written inside the word that the name does not have: «بأن» ("that") is not «بان» (Ban). A hamza at
    // the start says nothing: the press writes «ألكسندر» where the list has «الكسندر».
    //
    // The rules ask at nearly every word, and the answer depends on the word's spelling alone: it is kept with the
    // spelling, which the tokenizer shares among the tokens of one text (there is one gazetteer, Gazetteer.Default).
    public bool IsGivenName(Token t) =>
        t.Spelling is { } spelling && Gazetteer == Gazetteer.Default
            ? Spelling.Kept(ref spelling.GivenName, this, t, static (context, t) => context.GivenName(t))
            : GivenName(t);

    /// <summary>
    /// Whether the gazetteer's dictionary knows the token's normal form; asked of the same words by many rules, so kept with
    /// the spelling for the default gazetteer.
    /// </summary>
    public bool KnowsWord(Token t) =>
        t.Spelling is { } spelling && Gazetteer == Gazetteer.Default
            ? Spelling.Kept(ref spelling.KnownWord, Gazetteer.Lexicon, t, static (lexicon, t) => lexicon.Knows(t.Norm))
            : Gazetteer.Lexicon.Knows(t.Norm);

    // «هادئ» ("calm") folds to «هادي», as «على» to «علي»; no given name ends in «ئ».
    private bool GivenName(Token t) => t.IsWord && Gazetteer.GivenNames.ContainsKey(t.Norm) && !(t.Norm == "علي" && t.Text.EndsWith('ى')) && !t.Text.EndsWith('ئ')
        && (t.IsLatin || t.Text.AsSpan(1).IndexOfAny('أ', 'إ', 'آ') < 0 || Gazetteer.GivenNamesWithHamza.Contains(t.Norm));
}
