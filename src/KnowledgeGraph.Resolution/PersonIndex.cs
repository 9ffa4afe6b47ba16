using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Domain.Names;

namespace KnowledgeGraph.Resolution;

/// <summary>
/// The persons the graph already knows, by every multi-word form of their names, so that a new mention resolves to
/// the same node: the same words in the same script, a shorter or fuller form of them («فيصل بن فرحان» and «فيصل بن
/// فرحان بن عبدالله»), or the same consonants across scripts («أنس خطاب» and "Anas Khattab"). Two persons whose
/// countries contradict are never merged.
/// </summary>
public sealed class PersonIndex
{
    private readonly Dictionary<string, List<Entry>> _byFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>> _byExactName = new(StringComparer.Ordinal);

    private sealed class Entry(string key)
    {
        public string Key { get; } = key;

        public HashSet<string> Countries { get; } = new(StringComparer.Ordinal);

        public List<Form> Forms { get; } = [];
    }

    private sealed record Form(bool Arabic, string[] Words, string[] Skeleton);

    public int Count => _byKey.Count;

    /// <summary>The key of the known person this name refers to, or null when it is someone new.</summary>
    public string? Find(string name, IEnumerable<string> aliases, IReadOnlyCollection<string> countries)
    {
        // The same name, even a single word ("Abdullah II"), with no contradicting country: the same person as before.
        if (_byExactName.TryGetValue(Exact(name), out var exact) && exact.FirstOrDefault(e => Compatible(e, countries)) is { } same)
        {
            return same.Key;
        }
        foreach (var form in new[] { name }.Concat(aliases).Select(FormOf).Where(f => f.Words.Length >= 2))
        {
            if (form.Skeleton.Length == 0 || !_byFirst.TryGetValue(form.Skeleton[0], out var candidates))
            {
                continue;
            }
            var match = candidates.FirstOrDefault(e => Compatible(e, countries) && e.Forms.Any(f => Same(f, form)));
            if (match is not null)
            {
                return match.Key;
            }
        }
        // "King Abdullah", "Crown Prince Hussein": a given name alone, of a stated state, is the one person of that state
        // known by a name that opens with it.
        var alone = NameSkeleton.Words(name);
        if (alone.Length == 1 && countries.Count > 0 && _byFirst.TryGetValue(alone[0], out var opening)
            && opening.Where(e => e.Countries.Count > 0 && countries.Any(e.Countries.Contains)).Take(2).ToList() is [var only])
        {
            return only.Key;
        }
        return null;
    }

    /// <summary>Records a person under a key (new or known) with the forms of its name; returns the key.</summary>
    public void Add(string key, string name, IEnumerable<string> aliases, IEnumerable<string> countries)
    {
        if (!_byKey.TryGetValue(key, out var entry))
        {
            _byKey[key] = entry = new Entry(key);
        }
        entry.Countries.UnionWith(countries);
        if (!_byExactName.TryGetValue(Exact(name), out var named))
        {
            _byExactName[Exact(name)] = named = [];
        }
        if (!named.Contains(entry))
        {
            named.Add(entry);
        }
        foreach (var form in new[] { name }.Concat(aliases).Select(FormOf).Where(f => f.Words.Length >= 2 && f.Skeleton.Length > 0))
        {
            if (entry.Forms.Any(f => f.Words.SequenceEqual(form.Words)))
            {
                continue;
            }
            entry.Forms.Add(form);
            if (!_byFirst.TryGetValue(form.Skeleton[0], out var list))
            {
                _byFirst[form.Skeleton[0]] = list = [];
            }
            if (!list.Contains(entry))
            {
                list.Add(entry);
            }
        }
    }

    /// <summary>A key not yet used by another person: the slug, or the slug with a number.</summary>
    public string FreeKey(string slug)
    {
        var key = slug;
        for (var n = 2; _byKey.ContainsKey(key); n++)
        {
            key = $"{slug}-{n}";
        }
        return key;
    }

    private static string Exact(string name) => ArabicText.Normalize(name).Trim();

    private static Form FormOf(string name)
    {
        var arabic = name.Any(ArabicText.IsArabicLetter);
        var words = (arabic ? ArabicText.Normalize(name) : name.ToLowerInvariant()).Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return new Form(arabic, JoinCompoundGivenNames(words), NameSkeleton.Words(name));
    }

    private static readonly HashSet<string> ServantOf = new(StringComparer.Ordinal) { "عبد", "abd", "abdel", "abdul", "abdal", "abdol" };

    /// <summary>
    /// «عبد الله», "Abdel Fattah": one given name in two words. Counted as one, a given name alone is not taken for a
    /// full name, so «عبد الله» does not make every «عبد الله …» of a country one person.
    /// </summary>
    private static string[] JoinCompoundGivenNames(string[] words)
    {
        var joined = new List<string>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            joined.Add(ServantOf.Contains(words[i]) && i + 1 < words.Length ? words[i] + words[++i] : words[i]);
        }
        return [.. joined];
    }

    private static bool Compatible(Entry e, IReadOnlyCollection<string> countries) =>
        e.Countries.Count == 0 || countries.Count == 0 || countries.Any(e.Countries.Contains);

    private static bool Same(Form known, Form form)
    {
        // Arabic spells a name one way; Latin transliterations vary (Mohammed, Muhammad), so they compare by consonants.
        if (known.Arabic && form.Arabic)
        {
            return PrefixOrEqual(known.Words, form.Words, string.Equals) || Subsequence(known.Words, form.Words);
        }
        // Two Latin spellings keep their vowels too: "Tammy Bruce" and "Tom Barrack" share their consonants, not their names.
        if (!known.Arabic && !form.Arabic && !LatinClose(known.Words, form.Words))
        {
            return false;
        }
        return PrefixOrEqual(known.Skeleton, form.Skeleton, string.Equals) || Subsequence(known.Skeleton, form.Skeleton)
            || SkeletonPrefix(NameSkeleton.Joined(known.Skeleton), NameSkeleton.Joined(form.Skeleton), known.Skeleton, form.Skeleton);
    }

    // The first words of two Latin forms, and the shorter's last word with the longer's last or the one in its place, differ
    // by at most a third of their letters (two at least): "Mohammed" and "Muhammad" are one name, "Tammy" and "Tom" are not.
    private static bool LatinClose(string[] a, string[] b)
    {
        string[] Significant(string[] words) => [.. words.Where(w => w is not ("al" or "el" or "the"))];
        var (x, y) = (Significant(a), Significant(b));
        (x, y) = x.Length <= y.Length ? (x, y) : (y, x);
        return x.Length > 0 && Close(x[0], y[0]) && (Close(x[^1], y[^1]) || Close(x[^1], y[x.Length - 1]));
    }

    private static bool Close(string a, string b) => EditDistance(a, b) <= Math.Max(2, Math.Max(a.Length, b.Length) / 3);

    private static int EditDistance(string a, string b)
    {
        var row = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            row[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }

    // One name is the other, or its beginning of at least two words («فيصل بن فرحان» in «فيصل بن فرحان بن عبدالله»).
    private static bool PrefixOrEqual(string[] a, string[] b, Func<string, string, bool> same)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (shorter.Length < 2 && shorter.Length != longer.Length)
        {
            return false;
        }
        for (var i = 0; i < shorter.Length; i++)
        {
            if (!same(shorter[i], longer[i]))
            {
                return false;
            }
        }
        return true;
    }

    // «محمد الخليفي» in «محمد بن عبدالعزيز بن صالح الخليفي»: the given name and the family name of the full form.
    private static bool Subsequence(string[] a, string[] b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (shorter.Length < 2 || shorter[0] != longer[0] || shorter[^1] != longer[^1])
        {
            return false;
        }
        var k = 1;
        for (var i = 1; i < longer.Length - 1 && k < shorter.Length - 1; i++)
        {
            if (longer[i] == shorter[k])
            {
                k++;
            }
        }
        return k == shorter.Length - 1;
    }

    // Scripts split compound names differently ("Abdulaziz", «عبد العزيز»): compare the consonants joined, ending at a word boundary.
    private static bool SkeletonPrefix(string a, string b, string[] aWords, string[] bWords)
    {
        var (shorter, longer, longerWords) = a.Length <= b.Length ? (a, b, bWords) : (b, a, aWords);
        if (shorter.Length < 4 || !longer.StartsWith(shorter, StringComparison.Ordinal))
        {
            return false;
        }
        var boundary = 0;
        foreach (var w in longerWords)
        {
            boundary += w.Length;
            if (boundary == shorter.Length)
            {
                return true;
            }
        }
        return false;
    }
}
