using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Learning;

/// <summary>
/// The features of one token for the tagger: the word and its neighbours, its form without proclitics, affixes and
/// letter trigrams, what the gazetteers know of it and of its neighbours (given name, title, honorific, place,
/// nationality, function word, public figure, organisation, a word the dictionary does not list), and the two tags before it; for a
/// second pass, the first pass's tags around it. Features are hashed (<see cref="FeatureHash"/>). Training reads each
/// token's features (<see cref="Static(IReadOnlyList{Token}, int, int, Gazetteer)"/>); a tagger adds their weights without
/// listing them (<see cref="OfWord"/>'s once per word, <see cref="AddInContext"/> for the rest).
/// </summary>
public static class NerFeatures
{
    /// <summary>What the gazetteers know of a token and its neighbours, one feature each.</summary>
    [Flags]
    internal enum Known
    {
        None = 0, Given = 1, Honorific = 2, Place = 4, Nationality = 8, Stop = 16, TitleHead = 32, TitleComplete = 64, TitleModifier = 128,
        Figure = 256, Surname = 512, Unlisted = 1024, Organisation = 2048, Verb = 4096,
    }

    private static readonly long Bias = FeatureHash.Of("b");
    private static readonly long Article = FeatureHash.Of("al");
    private static readonly long Number = FeatureHash.Of("num");
    private static readonly long Capital = FeatureHash.Of("cap");
    private static readonly long Lower = FeatureHash.Of("lat");
    private static readonly string[] Offsets = ["-2", "-1", "0", "+1", "+2"];
    private static readonly (Known Flag, string Name)[] KnownNames =
    [
        (Known.Given, "given"), (Known.Honorific, "hon"), (Known.Place, "place"), (Known.Nationality, "nat"), (Known.Stop, "stop"),
        (Known.TitleHead, "title=Head"), (Known.TitleComplete, "title=Complete"), (Known.TitleModifier, "title=Modifier"),
        (Known.Figure, "figure"), (Known.Surname, "surname"), (Known.Unlisted, "unlisted"), (Known.Organisation, "org"), (Known.Verb, "verb"),
    ];

    // The gazetteer features by (offset, flag), hashed once.
    private static readonly long[,] KnownHashes = BuildKnownHashes();
    internal static readonly long[] PreviousHashes = [.. Enumerable.Range(0, NerTags.All.Length).Select(t => FeatureHash.Of("t-1=", t.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
    internal static readonly long[,] Previous2Hashes = BuildPrevious2();

    private static long[,] BuildKnownHashes()
    {
        var hashes = new long[Offsets.Length, KnownNames.Length];
        for (var o = 0; o < Offsets.Length; o++)
        {
            for (var k = 0; k < KnownNames.Length; k++)
            {
                var (name, rest) = KnownNames[k].Name.Contains('=', StringComparison.Ordinal)
                    ? (KnownNames[k].Name[..KnownNames[k].Name.IndexOf('=', StringComparison.Ordinal)], KnownNames[k].Name[KnownNames[k].Name.IndexOf('=', StringComparison.Ordinal)..])
                    : (KnownNames[k].Name, "");
                hashes[o, k] = FeatureHash.Of(name + Offsets[o] + rest);
            }
        }
        return hashes;
    }

    private static long[,] BuildPrevious2()
    {
        var n = NerTags.All.Length;
        var hashes = new long[n, n];
        for (var t1 = 0; t1 < n; t1++)
        {
            for (var t2 = 0; t2 < n; t2++)
            {
                hashes[t1, t2] = FeatureHash.Of("t-2=", t2.ToString(System.Globalization.CultureInfo.InvariantCulture), t1.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return hashes;
    }

    // The first pass's tags around a token, for the second pass (NerTags.All.Length stands for the sentence's edge).
    private static readonly string[] FirstPassOffsets = ["fp-2=", "fp-1=", "fp0=", "fp+1=", "fp+2="];
    private static readonly string[] FirstPassPairs = ["fp-1+1=", "fp-10=", "fp0+1="];

    /// <summary>
    /// Every feature <see cref="FirstPass"/> can write, by slot (<see cref="FirstPassSlots"/>): an offset's tag for each
    /// offset, then a pair's two tags for each pair.
    /// </summary>
    internal static readonly long[] FirstPassFeatures = BuildFirstPassFeatures();

    private static long[] BuildFirstPassFeatures()
    {
        var n = NerTags.All.Length + 1;
        string Tag(int t) => t.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var features = new List<long>(FirstPassOffsets.Length * n + FirstPassPairs.Length * n * n);
        foreach (var offset in FirstPassOffsets)
        {
            features.AddRange(Enumerable.Range(0, n).Select(t => FeatureHash.Of(offset, Tag(t))));
        }
        foreach (var pair in FirstPassPairs)
        {
            features.AddRange(Enumerable.Range(0, n * n).Select(ab => FeatureHash.Of(pair, Tag(ab / n), Tag(ab % n))));
        }
        return [.. features];
    }

    /// <summary>How many features <see cref="FirstPass"/> writes.</summary>
    public static readonly int FirstPassCount = FirstPassOffsets.Length + FirstPassPairs.Length;

    /// <summary>
    /// The tags a first pass gave a token and its neighbours, for the second pass: the tags to its right are what a
    /// tagger that reads left to right cannot see otherwise («جوزيه [مورينيو]»).
    /// </summary>
    public static void FirstPass(int[] firstPass, int i, Span<long> into)
    {
        Span<int> slots = stackalloc int[FirstPassCount];
        FirstPassSlots(firstPass, i, slots);
        for (var k = 0; k < slots.Length; k++)
        {
            into[k] = FirstPassFeatures[slots[k]];
        }
    }

    /// <summary>Where in <see cref="FirstPassFeatures"/> each of <see cref="FirstPass"/>'s features stands, in its order.</summary>
    internal static void FirstPassSlots(int[] firstPass, int i, Span<int> into)
    {
        var n = NerTags.All.Length + 1;
        int T(int k) => k < 0 || k >= firstPass.Length ? n - 1 : firstPass[k];
        for (var o = 0; o < FirstPassOffsets.Length; o++)
        {
            into[o] = o * n + T(i - 2 + o);
        }
        int Pair(int p, int a, int b) => FirstPassOffsets.Length * n + (p * n + a) * n + b;
        into[FirstPassOffsets.Length] = Pair(0, T(i - 1), T(i + 1));
        into[FirstPassOffsets.Length + 1] = Pair(1, T(i - 1), T(i));
        into[FirstPassOffsets.Length + 2] = Pair(2, T(i), T(i + 1));
    }

    /// <summary>Each token's features followed by its <see cref="FirstPass"/> features, for training the second pass.</summary>
    public static long[][] WithFirstPass(long[][] features, int[] firstPass)
    {
        var result = new long[features.Length][];
        for (var i = 0; i < features.Length; i++)
        {
            result[i] = new long[features[i].Length + FirstPassCount];
            features[i].CopyTo(result[i], 0);
            FirstPass(firstPass, i, result[i].AsSpan(features[i].Length));
        }
        return result;
    }

    public static long Previous(int tag1) => PreviousHashes[tag1];

    public static long Previous2(int tag1, int tag2) => Previous2Hashes[tag1, tag2];

    public static long Word(string norm) => FeatureHash.Of("w=", norm);

    public static long[][] Static(IReadOnlyList<Token> tokens, int from, int to, Gazetteer g)
    {
        var result = new long[to - from][];
        Static(tokens, from, to, g, (i, features) => result[i] = [.. features]);
        return result;
    }

    /// <summary>
    /// Hands each token's features in turn to <paramref name="each"/> (its index from <paramref name="from"/>, and a
    /// buffer that is reused for the next token).
    /// </summary>
    public static void Static(IReadOnlyList<Token> tokens, int from, int to, Gazetteer g, Action<int, List<long>> each) =>
        Visit(tokens, from, to, g, each);

    private static void Visit(IReadOnlyList<Token> tokens, int from, int to, Gazetteer g, Action<int, List<long>> each)
    {
        var words = Enumerable.Range(from, to - from).Select(i => WordLookup.Of(tokens[i], g)).ToArray();
        var hashes = Enumerable.Range(from, to - from).Select(i => NeighbourHashes.Of(tokens[i])).ToArray();
        var known = KnownAround(tokens, from, to, g, words);
        var buffer = new List<long>(64);
        for (var i = from; i < to; i++)
        {
            buffer.Clear();
            OfWord(tokens[i], buffer);
            InContext(tokens, i, from, to, known, hashes, buffer);
            each(i - from, buffer);
        }
    }

    /// <summary>
    /// What the gazetteers know of each token of [<paramref name="from"/>, <paramref name="to"/>), from what they know of
    /// each word by itself (<paramref name="words"/>, which a tagger keeps per word) and of the phrases the words start
    /// (a list is matched only where the word may start one of its entries: <see cref="PhraseIndex{T}.TryMatch"/>).
    /// </summary>
    internal static Known[] KnownAround(IReadOnlyList<Token> tokens, int from, int to, Gazetteer g, WordLookup[] words)
    {
        var known = new Known[to - from];
        for (var i = from; i < to; i++)
        {
            var word = words[i - from];
            known[i - from] |= Lookup(tokens, i, to, g, word);
            // Every word of a public figure's full name («دونالد رامسفيلد»), and of a club's, company's or newspaper's.
            if (g.TaggerFigures.TryMatch(tokens, i, true, out _, out var end, out _) && end <= to)
            {
                for (var k = i; k < end; k++)
                {
                    known[k - from] |= Known.Figure;
                }
            }
            if (g.Organisations.TryMatch(tokens, i, true, out _, out var orgEnd, out _) && orgEnd <= to)
            {
                for (var k = i; k < orgEnd; k++)
                {
                    known[k - from] |= Known.Organisation;
                }
            }
        }
        return known;
    }

    /// <summary>What the gazetteers know of the word alone (<see cref="WordLookup.Of"/>), and of the phrases that start with it.</summary>
    private static Known Lookup(IReadOnlyList<Token> tokens, int k, int to, Gazetteer g, WordLookup word)
    {
        var known = word.Flags;
        // Words said of the dead («الشهيد», «الراحل») and professions («اللاعب», «الصحفي») serve the rules only: as
        // features of the tagger each lowered five-fold CV from 0.671 to 0.666.
        if (g.Honorifics.TryMatch(tokens, k, true, out var honorific, out var hEnd, out _) && hEnd <= to
            && honorific.Kind is not (HonorificKind.Memorial or HonorificKind.Profession))
        {
            known |= Known.Honorific;
        }
        if (g.TaggerTitles.TryMatch(tokens, k, true, out var title, out var tEnd, out _) && tEnd <= to)
        {
            known |= title.Kind switch { TitleKind.Head => Known.TitleHead, TitleKind.Complete => Known.TitleComplete, _ => Known.TitleModifier };
        }
        // Landmarks («البيت الأبيض», «الكرملين») serve the meetings' places only: in the place feature they lowered
        // five-fold CV from 0.671 to 0.662; the world's cities marked "rules" in cities.tsv, from 0.7081 to 0.7074.
        if (g.Places.TryMatch(tokens, k, true, out var places, out _, out _) && places.Any(p => !p.Landmark && !p.RulesOnly))
        {
            known |= Known.Place;
        }
        if (g.TaggerNationalities.TryMatch(tokens, k, true, out _, out _, out _))
        {
            known |= Known.Nationality;
        }
        return known;
    }

    /// <summary>
    /// The features that depend on the token alone, not on its neighbours: they come first, so that their weights
    /// summed from zero are a partial score that a tagger may keep per word: with the token's spelling, since a token's text decides them.
    /// </summary>
    public static void OfWord(Token token, List<long> f)
    {
        var w = token.Kind == TokenKind.Punct ? "P" + token.Text : token.Norm;
        var stem = token.IsWord ? token.Forms[^1] : w;
        f.Add(Bias);
        f.Add(FeatureHash.Of("w=", w));
        f.Add(FeatureHash.Of("s=", stem));
        if (stem.Length >= 3)
        {
            f.Add(FeatureHash.Of("p1=", stem.AsSpan(0, 1)));
            f.Add(FeatureHash.Of("p2=", stem.AsSpan(0, 2)));
            f.Add(FeatureHash.Of("p3=", stem.AsSpan(0, 3)));
            f.Add(FeatureHash.Of("x2=", stem.AsSpan(stem.Length - 2)));
            f.Add(FeatureHash.Of("x3=", stem.AsSpan(stem.Length - 3)));
        }
        // Letter trigrams inside the word: transliterated foreign names have their own spelling patterns.
        if (token.IsWord && !ArabicText.StartsWithArticle(stem))
        {
            Span<char> trigram = stackalloc char[3];
            for (var c = -1; c + 2 <= stem.Length; c++)
            {
                // The word between ^ and $, read three letters at a time, without building the padded string.
                for (var k = 0; k < 3; k++)
                {
                    trigram[k] = c + k < 0 ? '^' : c + k >= stem.Length ? '$' : stem[c + k];
                }
                f.Add(FeatureHash.Of("c3=", trigram));
            }
        }
        if (stem.Length >= 6)
        {
            f.Add(FeatureHash.Of("x5=", stem.AsSpan(stem.Length - 5)));
            f.Add(FeatureHash.Of("p4=", stem.AsSpan(0, 4)));
        }
        if (stem.Length > 0)
        {
            f.Add(FeatureHash.Of("x1=", stem.AsSpan(stem.Length - 1)));
        }
        f.Add(FeatureHash.Of("len=", Math.Min(stem.Length, 8).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (stem.Length >= 5)
        {
            f.Add(FeatureHash.Of("x4=", stem.AsSpan(stem.Length - 4)));
        }
        if (ArabicText.StartsWithArticle(stem))
        {
            f.Add(Article);
        }
        if (token.Kind == TokenKind.Number)
        {
            f.Add(Number);
        }
        if (token.IsLatin)
        {
            f.Add(token.IsCapitalized ? Capital : Lower);
        }
    }

    /// <summary>The features of the token's neighbours and of what the gazetteers know around it.</summary>
    private static void InContext(IReadOnlyList<Token> tokens, int i, int from, int to, Known[] known, NeighbourHashes[] hashes, List<long> f)
    {
        NeighbourHashes At(int k) => k < from ? NeighbourHashes.Start : k >= to ? NeighbourHashes.End : hashes[k - from];
        var (previous, word, next) = (At(i - 1), At(i), At(i + 1));
        f.Add(previous.AsPrevious);
        f.Add(next.AsNext);
        f.Add(At(i - 2).AsSecondPrevious);
        f.Add(At(i + 2).AsSecondNext);
        f.Add(FeatureHash.Of(previous.PairAsPrevious, word.Word));
        f.Add(FeatureHash.Of(word.PairAsCurrent, next.Word));
        f.Add(previous.StemAsPrevious);
        f.Add(next.StemAsNext);
        for (var o = 0; o < Offsets.Length; o++)
        {
            var k = i - 2 + o;
            if (k < from || k >= to)
            {
                continue;
            }
            var flags = known[k - from];
            for (var n = 0; n < KnownNames.Length; n++)
            {
                if ((flags & KnownNames[n].Flag) != 0)
                {
                    f.Add(KnownHashes[o, n]);
                }
            }
        }
    }

    /// <summary>
    /// Adds to each token's scores (<paramref name="scores"/>, <paramref name="width"/> a token) the weights of the
    /// features <see cref="InContext"/> gives it, in their order, so that the sums are those of training's features to
    /// the bit. The features a word gives its neighbours are read where the tagger found them once for that word
    /// (<paramref name="rows"/>; <paramref name="edges"/> for the sentence's start and end), and the gazetteer features at
    /// <paramref name="knownRows"/> (<see cref="KnownFeatures"/>'s rows), not looked up at every token.
    /// </summary>
    internal static void AddInContext(Known[] known, NeighbourHashes[] hashes, NeighbourRows[] rows, (NeighbourRows Start, NeighbourRows End) edges,
        int[] knownRows, PerceptronModel model, float[] scores, int width)
    {
        var count = known.Length;
        NeighbourHashes HashesAt(int k) => k < 0 ? NeighbourHashes.Start : k >= count ? NeighbourHashes.End : hashes[k];
        NeighbourRows RowsAt(int k) => k < 0 ? edges.Start : k >= count ? edges.End : rows[k];
        // The word pairs are looked up for the whole sentence first, and every row is fetched before it is added: most
        // lie outside the processor's caches, and the waits then overlap.
        Span<long> pairs = count <= 256 ? stackalloc long[2 * count] : new long[2 * count];
        for (var i = 0; i < count; i++)
        {
            pairs[2 * i] = FeatureHash.Of(HashesAt(i - 1).PairAsPrevious, hashes[i].Word);
            pairs[2 * i + 1] = FeatureHash.Of(hashes[i].PairAsCurrent, HashesAt(i + 1).Word);
        }
        Span<int> pairRows = count <= 256 ? stackalloc int[2 * count] : new int[2 * count];
        model.RowsOf(pairs, pairRows);
        foreach (var word in rows.AsSpan(0, count))
        {
            model.Prefetch(word.AsPrevious);
            model.Prefetch(word.AsNext);
            model.Prefetch(word.AsSecondPrevious);
            model.Prefetch(word.AsSecondNext);
            model.Prefetch(word.StemAsPrevious);
            model.Prefetch(word.StemAsNext);
        }
        for (var i = 0; i < count; i++)
        {
            var s = scores.AsSpan(i * width, width);
            var (previous, next) = (RowsAt(i - 1), RowsAt(i + 1));
            model.AddRow(previous.AsPrevious, s);
            model.AddRow(next.AsNext, s);
            model.AddRow(RowsAt(i - 2).AsSecondPrevious, s);
            model.AddRow(RowsAt(i + 2).AsSecondNext, s);
            model.AddRow(pairRows[2 * i], s);
            model.AddRow(pairRows[2 * i + 1], s);
            model.AddRow(previous.StemAsPrevious, s);
            model.AddRow(next.StemAsNext, s);
            for (var o = 0; o < Offsets.Length; o++)
            {
                var k = i - 2 + o;
                if (k < 0 || k >= count || known[k] == Known.None)
                {
                    continue;
                }
                for (var n = 0; n < KnownNames.Length; n++)
                {
                    if ((known[k] & KnownNames[n].Flag) != 0)
                    {
                        model.AddRow(knownRows[o * KnownNames.Length + n], s);
                    }
                }
            }
        }
    }

    /// <summary>The gazetteer features by offset, then flag: the order of <see cref="AddInContext"/>'s known rows.</summary>
    internal static IEnumerable<long> KnownFeatures => KnownHashes.Cast<long>();
}
