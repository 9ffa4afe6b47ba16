namespace KnowledgeGraph.Extraction.Text;

/// <summary>Splits text into tokens and sentences, keeping character offsets into the original.</summary>
public static class Tokenizer
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Maj", "Brig", "Adm", "St", "Sr", "Jr", "Prof", "Sgt", "Capt",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Gov", "Sen", "Rep",
    };

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
            TokenKind kind;
            if (IsWordChar(c))
            {
                var digits = char.IsDigit(c);
                while (i < text.Length && (IsWordChar(text[i]) || IsInnerMark(text, i)))
                {
                    digits &= char.IsDigit(text[i]) || text[i] is '.' or ',';
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
                kind = digits ? TokenKind.Number : TokenKind.Word;
            }
            else
            {
                i++;
                kind = TokenKind.Punct;
            }
            var raw = text[start..i];
            var norm = kind == TokenKind.Punct ? raw : ArabicText.Normalize(raw);
            // A lone tatweel or diacritic («ـ», used as a dash in agency copy) normalises to nothing: it is punctuation.
            if (norm.Length == 0)
            {
                (kind, norm) = (TokenKind.Punct, raw);
            }
            tokens.Add(new Token(tokens.Count, start, i, raw, norm, kind, sentence, space));
            space = false;
            if (kind == TokenKind.Punct && EndsSentence(tokens))
            {
                sentence++;
            }
        }
        return tokens;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || ArabicText.IsDiacritic(c);

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
