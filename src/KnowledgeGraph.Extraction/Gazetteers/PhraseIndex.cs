using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Gazetteers;

/// <summary>Multi-word entries keyed by their normalised words; matched longest first, the first word with or without proclitics.</summary>
public sealed class PhraseIndex<T>
{
    private readonly Dictionary<string, T> _entries = new(StringComparer.Ordinal);

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
        }
        MaxWords = Math.Max(MaxWords, words.Length);
    }

    public bool TryGet(string key, out T value) => _entries.TryGetValue(key, out value!);

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
        var firsts = allowProclitics ? ArabicText.WithoutProclitics(tokens[start].Norm) : [tokens[start].Norm];
        foreach (var first in firsts)
        {
            for (var n = Math.Min(MaxWords, tokens.Count - start); n >= 1; n--)
            {
                if (!SameSentenceWords(tokens, start, n))
                {
                    continue;
                }
                var key = n == 1 ? first : first + " " + string.Join(' ', Enumerable.Range(start + 1, n - 1).Select(k => tokens[k].Norm));
                if (_entries.TryGetValue(key, out var found))
                {
                    value = found;
                    end = start + n;
                    cliticLength = tokens[start].Norm.Length - first.Length;
                    return true;
                }
            }
        }
        return false;
    }

    private static bool SameSentenceWords(IReadOnlyList<Token> tokens, int start, int n)
    {
        for (var k = start; k < start + n; k++)
        {
            if (!tokens[k].IsWord || tokens[k].Sentence != tokens[start].Sentence)
            {
                return false;
            }
        }
        return true;
    }
}
