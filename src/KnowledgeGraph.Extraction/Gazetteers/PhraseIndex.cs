using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Gazetteers;

/// <summary>Multi-word entries keyed by their normalised words; matched longest first, the first word with or without proclitics.</summary>
public sealed class PhraseIndex<T>
{
    private readonly Dictionary<string, T> _entries = new(StringComparer.Ordinal);

    // Entries by their first word, longest first: matching compares words in place instead of building keys.
    private readonly Dictionary<string, List<(string[] Words, T Value)>> _byFirst = new(StringComparer.Ordinal);

    public int MaxWords { get; private set; }

    public int Count => _entries.Count;

    public void Add(string phrase, T value, bool overwrite = true)
    {
        var words = Tokenizer.Tokenize(phrase).Where(t => t.Kind != TokenKind.Punct || t.Text is "'" or "’" or ".").Select(t => t.Norm).ToArray();
        if (words.Length == 0)
        {
            return;
        }
        var key = string.Join(' ', words);
        if (overwrite || !_entries.ContainsKey(key))
        {
            _entries[key] = value;
            if (!_byFirst.TryGetValue(words[0], out var list))
            {
                _byFirst[words[0]] = list = [];
            }
            list.RemoveAll(e => e.Words.AsSpan().SequenceEqual(words));
            list.Add((words, value));
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }
        MaxWords = Math.Max(MaxWords, words.Length);
    }

    public bool TryGet(string key, out T value) => _entries.TryGetValue(key, out value!);

    /// <summary>
    /// True when some entry starts with the word, with or without its proclitics: when false, <see cref="TryMatch"/>
    /// with proclitics allowed fails at it whatever follows.
    /// </summary>
    public bool MayStartWith(Token token)
    {
        if (!token.IsWord)
        {
            return false;
        }
        foreach (var form in token.Forms)
        {
            if (_byFirst.ContainsKey(form))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Longest entry starting at <paramref name="start"/>; <paramref name="end"/> is the index after it.</summary>
    public bool TryMatch(IReadOnlyList<Token> tokens, int start, bool allowProclitics, out T value, out int end, out int cliticLength)
    {
        value = default!;
        end = start;
        cliticLength = 0;
        if (start >= tokens.Count || !tokens[start].IsWord)
        {
            return false;
        }
        var token = tokens[start];
        ReadOnlySpan<string> firsts = allowProclitics ? token.Forms : [token.Norm];
        foreach (var first in firsts)
        {
            if (!_byFirst.TryGetValue(first, out var candidates))
            {
                continue;
            }
            foreach (var (words, found) in candidates)
            {
                var at = start + 1;
                var all = true;
                for (var k = 1; k < words.Length && all; k++)
                {
                    // "Secretary-General": a hyphen written between two words of the phrase joins them.
                    if (Hyphen(tokens, at))
                    {
                        at++;
                    }
                    all = at < tokens.Count && tokens[at].IsWord && tokens[at].Sentence == token.Sentence && tokens[at].Norm == words[k];
                    at++;
                }
                if (all)
                {
                    value = found;
                    end = at;
                    cliticLength = token.Norm.Length - first.Length;
                    return true;
                }
            }
        }
        return false;
    }

    private static bool Hyphen(IReadOnlyList<Token> tokens, int k) =>
        k + 1 < tokens.Count && tokens[k] is { Kind: TokenKind.Punct, Text: "-", SpaceBefore: false } && !tokens[k + 1].SpaceBefore;
}
