namespace KnowledgeGraph.Extraction.Lexicon;

/// <summary>
/// A Hunspell affix condition («[^ةىءأؤئ]», «.», «ا»): one letter class per position, matched at the start of the root
/// for a prefix and at its end for a suffix. Letters are folded as the words are, erring towards a match.
/// </summary>
internal sealed class AffixCondition
{
    // One class per position; null matches any letter.
    private readonly (string Letters, bool Negated)?[] _positions;

    private AffixCondition((string, bool)?[] positions) => _positions = positions;

    public static AffixCondition Parse(string text, Func<string, string> normalize)
    {
        var positions = new List<(string, bool)?>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '.')
            {
                positions.Add(null);
            }
            else if (text[i] == '[')
            {
                var close = text.IndexOf(']', i);
                if (close < 0)
                {
                    throw new FormatException($"Affix condition '{text}' opens a class with '[' and never closes it.");
                }
                var negated = close > i + 1 && text[i + 1] == '^';
                var letters = text[(negated ? i + 2 : i + 1)..close];
                // Folding merges letters («ة» and «ه»): a class that excludes one of them must not exclude the other,
                // so an exclusion keeps only the letters folding leaves alone.
                positions.Add((negated ? string.Concat(letters.Where(c => normalize(c.ToString()) == c.ToString())) : normalize(letters), negated));
                i = close;
            }
            else
            {
                var letter = normalize(text[i].ToString());
                if (letter.Length > 0)
                {
                    positions.Add((letter, false));
                }
            }
        }
        return new AffixCondition([.. positions]);
    }

    public bool MatchesStart(ReadOnlySpan<char> root) => root.Length >= _positions.Length && Matches(root[.._positions.Length]);

    public bool MatchesEnd(ReadOnlySpan<char> root) => root.Length >= _positions.Length && Matches(root[^_positions.Length..]);

    private bool Matches(ReadOnlySpan<char> letters)
    {
        for (var i = 0; i < _positions.Length; i++)
        {
            if (_positions[i] is { } p && p.Letters.Contains(letters[i]) == p.Negated)
            {
                return false;
            }
        }
        return true;
    }
}
