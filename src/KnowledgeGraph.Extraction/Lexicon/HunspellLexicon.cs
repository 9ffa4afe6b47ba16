using System.IO.Compression;
using KnowledgeGraph.Extraction.Caching;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Lexicon;

/// <summary>
/// A Hunspell dictionary (affix file and word list) read for two questions: is this a word of the language, and is it
/// listed only as a verb? It answers for normalised words (<see cref="ArabicText.Normalize"/>), so «الاوروبي» is known
/// as «الأوروبي» is. Words it does not know are mostly names written in Arabic letters («رامسفيلد», «سافيولا»); words
/// listed only as verbs are seldom names: that is what the tagger uses it for. Covers what word lists of inflected
/// languages use: long flags, flag aliases (AF), prefixes and suffixes with their cross product, and two suffixes; of
/// the morphological fields (AM) only the part of speech «po:verb»; not compounding.
/// </summary>
public sealed class HunspellLexicon
{
    // Words repeat: answers are kept, up to a bound so that memory stays flat however much text goes through.
    private const int MaxRemembered = 100_000;

    private static readonly Lazy<HunspellLexicon> Embedded = new(() => FromResources("ar.aff.gz", "ar.dic.gz"));

    private readonly Dictionary<string, DictionaryRoot> _roots;
    // By the letters an affix adds, then by the letters it strips: the rules of one group share their root.
    private readonly Dictionary<string, Affix[][]> _prefixes;
    private readonly Dictionary<string, Affix[][]> _suffixes;
    private readonly int _longestPrefix;
    private readonly int _longestSuffix;
    private readonly HashSet<int> _secondSuffixes;
    private readonly BoundedMemo<string, bool> _answers = new(MaxRemembered, StringComparer.Ordinal);

    private HunspellLexicon(Dictionary<string, DictionaryRoot> roots, List<Affix> prefixes, List<Affix> suffixes)
    {
        _roots = roots;
        _prefixes = Index(prefixes);
        _suffixes = Index(suffixes);
        _longestPrefix = prefixes.Select(a => a.Add.Length).DefaultIfEmpty().Max();
        _longestSuffix = suffixes.Select(a => a.Add.Length).DefaultIfEmpty().Max();
        _secondSuffixes = [.. suffixes.SelectMany(a => a.Continuation)];
    }

    private static Dictionary<string, Affix[][]> Index(List<Affix> affixes) =>
        affixes.GroupBy(a => a.Add).ToDictionary(g => g.Key, g => g.GroupBy(a => a.Strip).Select(s => s.ToArray()).ToArray(), StringComparer.Ordinal);

    /// <summary>The Arabic dictionary that ships with the assembly (Ayaspell 3.2; the README's "Data and licences").</summary>
    public static HunspellLexicon Arabic => Embedded.Value;

    public static HunspellLexicon Read(TextReader affixes, TextReader words)
    {
        var (roots, prefixes, suffixes) = HunspellReader.Read(affixes, words);
        return new HunspellLexicon(roots, prefixes, suffixes);
    }

    private static HunspellLexicon FromResources(string affixes, string words)
    {
        using var aff = OpenGzip(affixes);
        using var dic = OpenGzip(words);
        return Read(aff, dic);
    }

    private static StreamReader OpenGzip(string name) => new(new GZipStream(Resource.Open(name), CompressionMode.Decompress));

    /// <summary>Whether <paramref name="norm"/>, a normalised word, is a word of the language or a form of one.</summary>
    public bool Knows(string norm) => _answers.Get(norm, this, static (word, lexicon) => lexicon.Check(word));

    /// <summary>Whether the word list has <paramref name="norm"/>, a normalised word, as it stands, with no affix read off.</summary>
    public bool Lists(string norm) => _roots.ContainsKey(norm);

    /// <summary>
    /// Whether the word list has <paramref name="norm"/>, a normalised word, as it stands, and every entry of it is a
    /// verb («يلتقي»; not «قال», a verb and a noun).
    /// </summary>
    public bool IsListedOnlyAsVerb(string norm) => _roots.TryGetValue(norm, out var root) && root.Class == WordClass.Verb;

    /// <summary>Forgets the remembered answers, so that a benchmark measures words met for the first time.</summary>
    internal void Forget() => _answers.Forget();

    private bool Check(string word)
    {
        if (_roots.ContainsKey(word))
        {
            return true;
        }
        // Several prefixes leave the same root («و», «ف» before one word): its suffix analyses are worked out once. The
        // tables are kept per thread and emptied for each word, since most words need only a few entries.
        var analyses = t_analyses ??= (new(StringComparer.Ordinal), new(StringComparer.Ordinal));
        analyses.One.Clear();
        analyses.Two.Clear();
        if (OneSuffix(word, analyses).Count > 0 || TwoSuffixes(word, analyses).Count > 0)
        {
            return true;
        }
        var prefixes = _prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var length = 0; length <= Math.Min(_longestPrefix, word.Length - 1); length++)
        {
            if (!prefixes.TryGetValue(word.AsSpan(0, length), out var rules))
            {
                continue;
            }
            foreach (var group in rules)
            {
                var root = group[0].Strip + word[length..];
                var flags = _roots.TryGetValue(root, out var entry) ? entry.Flags : null;
                foreach (var prefix in group)
                {
                    if (!prefix.Condition.MatchesStart(root))
                    {
                        continue;
                    }
                    if (flags is not null && flags.Contains(prefix.Flag))
                    {
                        return true;
                    }
                    // A prefix with a suffix: both must allow the cross product, and the root (or the suffix) the prefix.
                    if (prefix.Cross && (AnyAllows(OneSuffix(root, analyses), prefix) || AnyAllows(TwoSuffixes(root, analyses), prefix)))
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    [ThreadStatic]
    private static (Dictionary<string, List<(Affix, int[])>> One, Dictionary<string, List<(Affix, int[])>> Two)? t_analyses;

    private static readonly List<(Affix Suffix, int[] Flags)> NoAnalysis = [];

    private static bool AnyAllows(List<(Affix Suffix, int[] Flags)> analyses, Affix prefix)
    {
        foreach (var analysis in analyses)
        {
            if (Allows(analysis, prefix))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Allows((Affix Suffix, int[] Flags) analysis, Affix prefix) =>
        analysis.Suffix.Cross && (analysis.Flags.Contains(prefix.Flag) || analysis.Suffix.Continues(prefix.Flag));

    // Every way the word is a root plus one suffix the root takes.
    private List<(Affix Suffix, int[] Flags)> OneSuffix(string word, (Dictionary<string, List<(Affix, int[])>> One, Dictionary<string, List<(Affix, int[])>> Two) analyses)
    {
        if (analyses.One.TryGetValue(word, out var found))
        {
            return found;
        }
        List<(Affix, int[])>? result = null;
        for (var length = 0; length <= Math.Min(_longestSuffix, word.Length - 1); length++)
        {
            foreach (var group in SuffixRules(word, length))
            {
                if (!Root(word.AsSpan(0, word.Length - length), group[0].Strip, out var root, out var flags))
                {
                    continue;
                }
                foreach (var suffix in group)
                {
                    if (flags.Contains(suffix.Flag) && suffix.Condition.MatchesEnd(root))
                    {
                        (result ??= []).Add((suffix, flags));
                    }
                }
            }
        }
        analyses.One[word] = result ?? NoAnalysis;
        return result ?? NoAnalysis;
    }

    // Every way the word is a root plus two suffixes, the inner one allowing the outer one; listed by the inner suffix.
    private List<(Affix Suffix, int[] Flags)> TwoSuffixes(string word, (Dictionary<string, List<(Affix, int[])>> One, Dictionary<string, List<(Affix, int[])>> Two) analyses)
    {
        if (analyses.Two.TryGetValue(word, out var found))
        {
            return found;
        }
        List<(Affix, int[])>? result = null;
        for (var length = 0; length <= Math.Min(_longestSuffix, word.Length - 1); length++)
        {
            foreach (var group in SuffixRules(word, length))
            {
                string? inner = null;
                foreach (var outer in group)
                {
                    if (!_secondSuffixes.Contains(outer.Flag))
                    {
                        continue;
                    }
                    inner ??= word[..^length] + group[0].Strip;
                    if (inner.Length > 0 && outer.Condition.MatchesEnd(inner))
                    {
                        foreach (var analysis in OneSuffix(inner, analyses))
                        {
                            if (analysis.Suffix.Continues(outer.Flag))
                            {
                                (result ??= []).Add(analysis);
                            }
                        }
                    }
                }
            }
        }
        analyses.Two[word] = result ?? NoAnalysis;
        return result ?? NoAnalysis;
    }

    // The suffix rules whose letters end the word and take <paramref name="length"/> letters, in groups that strip the same letters.
    private Affix[][] SuffixRules(string word, int length) =>
        _suffixes.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word.AsSpan(word.Length - length), out var rules) ? rules : [];

    // The root is the word's stem and the stripped letters put back; looked up without building a string when none were stripped.
    private bool Root(ReadOnlySpan<char> stem, string strip, out ReadOnlySpan<char> root, out int[] flags)
    {
        if (strip.Length == 0)
        {
            root = stem;
            var listed = _roots.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(stem, out var entry);
            flags = entry.Flags;
            return listed;
        }
        var joined = string.Concat(stem, strip);
        root = joined;
        var found = _roots.TryGetValue(joined, out var rootEntry);
        flags = rootEntry.Flags;
        return found;
    }
}
