using KnowledgeGraph.Extraction.Caching;

namespace KnowledgeGraph.Extraction.Text;

/// <summary>Splits text into tokens and sentences, keeping character offsets into the original.</summary>
public static class Tokenizer
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Maj", "Brig", "Adm", "St", "Sr", "Jr", "Prof", "Sgt", "Capt",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Gov", "Sen", "Rep",
    };

    /// <summary>How many spellings <see cref="Spellings"/> keeps: a few MB (some 200 bytes a word), whatever the input.</summary>
    public const int KeptSpellings = 50_000;

    // News repeats its words: each spelling is normalised and split from its proclitics once, and its strings are shared.
    private static readonly SpanMemo<Spelling> Spellings = new(KeptSpellings);

    /// <summary>Forgets the spellings kept, so that a benchmark measures words met for the first time.</summary>
    internal static void Forget() => Spellings.Forget();

    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        var sentence = 0;
        var i = 0;
        var space = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n' || c == '\r')
            {
                if (tokens.Count > 0 && tokens[^1].Sentence == sentence)
                {
                    sentence++;
                }
                i++;
                space = true;
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                i++;
                space = true;
                continue;
            }
            var start = i;
            if (IsWordChar(c))
            {
                while (i < text.Length && (IsWordChar(text[i]) || IsInnerMark(text, i)))
                {
                    i++;
                }
                // "U.S." and "U.N.": single capitals joined by dots are one word.
                if (i - start == 1 && char.IsUpper(c) && i + 2 < text.Length && text[i] == '.' && char.IsUpper(text[i + 1]))
                {
                    while (i + 1 < text.Length && text[i] == '.' && char.IsUpper(text[i + 1]))
                    {
                        i += 2;
                    }
                    if (i < text.Length && text[i] == '.')
                    {
                        i++;
                    }
                }
            }
            else
            {
                i++;
            }
            var spelling = Spellings.Get(text.AsSpan(start, i - start), Spelling.Of);
            tokens.Add(new Token(tokens.Count, start, i, spelling, sentence, space));
            space = false;
            if (spelling.Kind == TokenKind.Punct && EndsSentence(tokens))
            {
                sentence++;
            }
        }
        return tokens;
    }

    internal static bool IsWordChar(char c) => c < WordChars.Length ? WordChars[c] : IsWordCharSlow(c);

    private static bool IsWordCharSlow(char c) => char.IsLetterOrDigit(c) || ArabicText.IsDiacritic(c);

    // Asked of every character: for Latin and Arabic script the answers are read from a table (2 KB) worked out once.
    private static readonly bool[] WordChars = [.. Enumerable.Range(0, 0x0700).Select(c => IsWordCharSlow((char)c))];

    // A dot or comma between digits (1.5, 10,000) and an apostrophe inside a Latin word (d'affaires) stay in the word.
    private static bool IsInnerMark(string text, int i)
    {
        if (i + 1 >= text.Length || i == 0)
        {
            return false;
        }
        var (prev, c, next) = (text[i - 1], text[i], text[i + 1]);
        return (c is '.' or ',' && char.IsDigit(prev) && char.IsDigit(next))
            || (c is '\'' or '’' && char.IsLetter(prev) && prev < '\u0250' && char.IsLetter(next) && next != 's');
    }

    private static bool EndsSentence(List<Token> tokens)
    {
        var t = tokens[^1];
        if (t.Text is "!" or "?" or "؟")
        {
            return true;
        }
        if (t.Text != ".")
        {
            return false;
        }
        if (tokens.Count < 2)
        {
            return true;
        }
        var prev = tokens[^2];
        var abbreviation = prev.End == t.Start && prev.IsLatin && (Abbreviations.Contains(prev.Text) || (prev.Text.Length == 1 && char.IsUpper(prev.Text[0])));
        return !abbreviation && !prev.Text.EndsWith('.');
    }
}
