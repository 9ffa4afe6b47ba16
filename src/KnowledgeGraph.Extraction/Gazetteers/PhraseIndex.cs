using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Gazetteers;

/// <summary>Multi-word entries keyed by their normalised words; matched longest first, the first word with or without proclitics.</summary>
public sealed class PhraseIndex<T>
{
    private readonly Dictionary<string, T> _entries = new(StringComparer.Ordinal);

    // Entries by their first word, longest first: matching compares words in place instead of building keys.
    // An abbreviation of two capitals ("HE", His Excellency) matches only as written: "Vice Premier He Lifeng" names a
    // man. Cased holds such words where they stand in the entry, and is null for most entries.
    private readonly Dictionary<string, List<(string[] Words, T Value, string?[]? Cased)>> _byFirst = new(StringComparer.Ordinal);

    // This index's place among the answers a spelling keeps (Spelling.PhraseStarts), taken at its first question after
    // its last change; -1 before that. Only the first Spelling.PhraseLists indexes of the process keep answers there.
    private int _slot = -1;

    public int MaxWords { get; private set; }

    public int Count => _entries.Count;

    public void Add(string phrase, T value, bool overwrite = true)
    {
        var tokens = Tokenizer.Tokenize(phrase).Where(t => t.Kind != TokenKind.Punct || t.Text is "'" or "’" or ".").ToArray();
        var words = tokens.Select(t => t.Norm).ToArray();
        string?[]? cased = tokens.Any(Abbreviation) ? [.. tokens.Select(t => Abbreviation(t) ? t.Text : null)] : null;
        if (words.Length == 0)
        {
            return;
        }
        var key = string.Join(' ', words);
        if (overwrite || !_entries.ContainsKey(key))
        {
            // What spellings kept of this index is stale now.
            _slot = -1;
            _entries[key] = value;
            if (!_byFirst.TryGetValue(words[0], out var list))
            {
                _byFirst[words[0]] = list = [];
            }
            list.RemoveAll(e => e.Words.AsSpan().SequenceEqual(words));
            list.Add((words, value, cased));
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }
        MaxWords = Math.Max(MaxWords, words.Length);
    }

    public bool TryGet(string key, out T value) => _entries.TryGetValue(key, out value!);

    /// <summary>
    /// True when some entry starts with the word, with or without its proclitics: when false, <see cref="TryMatch"/>
    /// fails at it whatever follows. Most words start no entry, and the rules ask at nearly every word: the answer is
    /// kept with the token's spelling, which the tokenizer shares among the tokens of one text.
    /// </summary>
    public bool MayStartWith(Token token)
    {
        if (!token.IsWord)
        {
            return false;
        }
        if (token.Spelling is not { } spelling || Slot() is not (var slot and >= 0))
        {
            return AnyFormStarts(token);
        }
        var kept = Volatile.Read(ref spelling.PhraseStarts) >> (2 * slot);
        if ((kept & Known) != 0)
        {
            return (kept & Starts) != 0;
        }
        var starts = AnyFormStarts(token);
        Interlocked.Or(ref spelling.PhraseStarts, (starts ? Known | Starts : Known) << (2 * slot));
        return starts;
    }

    // A spelling keeps two bits for each index: whether it knows the answer, and the answer.
    private const long Known = 1, Starts = 2;

    private int Slot()
    {
        var slot = Volatile.Read(ref _slot);
        if (slot < 0)
        {
            var taken = Spelling.TakePhraseList();
            slot = Interlocked.CompareExchange(ref _slot, taken, -1) is var was and >= 0 ? was : taken;
        }
        return slot < Spelling.PhraseLists ? slot : -1;
    }

    private bool AnyFormStarts(Token token)
    {
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
        if (!MayStartWith(token))
        {
            return false;
        }
        ReadOnlySpan<string> firsts = allowProclitics ? token.Forms : [token.Norm];
        foreach (var first in firsts)
        {
            if (!_byFirst.TryGetValue(first, out var candidates))
            {
                continue;
            }
            foreach (var (words, found, cased) in candidates)
            {
                var at = start + 1;
                var all = cased?[0] is not { } firstAsWritten || token.Text == firstAsWritten;
                for (var k = 1; k < words.Length && all; k++)
                {
                    // "Secretary-General": a hyphen written between two words of the phrase joins them.
                    if (Hyphen(tokens, at))
                    {
                        at++;
                    }
                    all = at < tokens.Count && tokens[at].IsWord && tokens[at].Sentence == token.Sentence && tokens[at].Norm == words[k]
                        && (cased?[k] is not { } asWritten || tokens[at].Text == asWritten);
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

    private static bool Abbreviation(Token t) => t.Text.Length == 2 && char.IsAsciiLetterUpper(t.Text[0]) && char.IsAsciiLetterUpper(t.Text[1]);

    private static bool Hyphen(IReadOnlyList<Token> tokens, int k) =>
        k + 1 < tokens.Count && tokens[k] is { Kind: TokenKind.Punct, Text: "-", SpaceBefore: false } && !tokens[k + 1].SpaceBefore;
}
