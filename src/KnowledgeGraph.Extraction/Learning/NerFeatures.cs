using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Learning;

/// <summary>
/// The features of one token for the tagger: the word and its neighbours, its form without proclitics, affixes,
/// what the gazetteers know of it (given name, title, honorific, place, function word), and the tags before it.
/// The tag-independent part is computed once per token; the two previous tags are added per decision.
/// </summary>
public static class NerFeatures
{
    public static string[][] Static(IReadOnlyList<Token> tokens, int from, int to, Gazetteer g)
    {
        var result = new string[to - from][];
        for (var i = from; i < to; i++)
        {
            result[i - from] = [.. ForToken(tokens, i, from, to, g)];
        }
        return result;
    }

    private static IEnumerable<string> ForToken(IReadOnlyList<Token> tokens, int i, int from, int to, Gazetteer g)
    {
        string W(int k) => k < from ? "<s>" : k >= to ? "</s>" : tokens[k].Kind == TokenKind.Punct ? "P" + tokens[k].Text : tokens[k].Norm;
        var w = W(i);
        var stem = tokens[i].IsWord ? tokens[i].Forms[^1] : w;
        yield return "b";
        yield return "w=" + w;
        yield return "s=" + stem;
        yield return "w-1=" + W(i - 1);
        yield return "w+1=" + W(i + 1);
        yield return "w-2=" + W(i - 2);
        yield return "w+2=" + W(i + 2);
        yield return "w-1w=" + W(i - 1) + "|" + w;
        yield return "ww+1=" + w + "|" + W(i + 1);
        if (stem.Length >= 3)
        {
            yield return "p1=" + stem[..1];
            yield return "p2=" + stem[..2];
            yield return "p3=" + stem[..3];
            yield return "x2=" + stem[^2..];
            yield return "x3=" + stem[^3..];
        }
        if (stem.Length >= 5)
        {
            yield return "x4=" + stem[^4..];
        }
        yield return "s-1=" + Stem(tokens, i - 1, from, to);
        yield return "s+1=" + Stem(tokens, i + 1, from, to);
        yield return "x1=" + (stem.Length > 0 ? stem[^1..] : "");
        yield return "len=" + Math.Min(stem.Length, 8);
        if (ArabicText.StartsWithArticle(stem))
        {
            yield return "al";
        }
        if (tokens[i].Kind == TokenKind.Number)
        {
            yield return "num";
        }
        if (tokens[i].IsLatin)
        {
            yield return tokens[i].IsCapitalized ? "cap" : "lat";
        }
        // Letter trigrams inside the word: transliterated foreign names have their own spelling patterns.
        if (tokens[i].IsWord && !ArabicText.StartsWithArticle(stem))
        {
            var padded = "^" + stem + "$";
            for (var c = 0; c + 3 <= padded.Length; c++)
            {
                yield return string.Concat("c3=", padded.AsSpan(c, 3));
            }
        }
        if (stem.Length >= 6)
        {
            yield return "x5=" + stem[^5..];
            yield return "p4=" + stem[..4];
        }
        foreach (var (k, tag) in new[] { (i - 2, "-2"), (i - 1, "-1"), (i, "0"), (i + 1, "+1"), (i + 2, "+2") })
        {
            if (k < from || k >= to || !tokens[k].IsWord)
            {
                continue;
            }
            var t = tokens[k];
            var forms = t.Forms;
            if (forms.Any(g.GivenNames.ContainsKey))
            {
                yield return "given" + tag;
            }
            if (g.Honorifics.TryMatch(tokens, k, true, out _, out var hEnd, out _) && hEnd <= to)
            {
                yield return "hon" + tag;
            }
            if (g.Titles.TryMatch(tokens, k, true, out var title, out var tEnd, out _) && tEnd <= to)
            {
                yield return "title" + tag + "=" + title.Kind;
            }
            if (g.Places.TryMatch(tokens, k, true, out _, out _, out _))
            {
                yield return "place" + tag;
            }
            if (g.Nationalities.TryMatch(tokens, k, true, out _, out _, out _))
            {
                yield return "nat" + tag;
            }
            if (forms.Any(g.ArabicStopWords.Contains))
            {
                yield return "stop" + tag;
            }
        }
    }

    private static string Stem(IReadOnlyList<Token> tokens, int k, int from, int to) =>
        k < from || k >= to ? "-" : tokens[k].IsWord ? tokens[k].Forms[^1] : tokens[k].Text;

    public static string Previous(int tag1) => "t-1=" + tag1;

    public static string Previous2(int tag1, int tag2) => "t-2=" + tag2 + "|" + tag1;
}
