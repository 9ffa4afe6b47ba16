using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Learning;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Tests.Learning;

public class NerFeaturesTests
{
    [Fact]
    public void Features_built_from_what_a_tagger_keeps_per_word_are_the_features_training_reads()
    {
        // Two sentences, the second tagged alone; punctuation, digits in two scripts, a title, an honorific, a place, a
        // nationality, a public figure and an organisation: every kind of feature, at the edges and inside.
        const string text = "عاد الوفد في ٢٠٢٤. وقال الشيخ محمد بن زايد رئيس دولة الإمارات ، للمصريين في القاهرة عام 2024 إن نادي الزمالك «فاز».";
        var tokens = Tokenizer.Tokenize(text);
        var g = Gazetteer.Default;
        var from = tokens.First(t => t.Sentence == 1).Index;
        var to = tokens.Count;
        var training = NerFeatures.Static(tokens, from, to, g);

        var kept = new Dictionary<(string, TokenKind, bool), (WordLookup, NeighbourHashes)>();
        foreach (var t in tokens.Skip(from))
        {
            kept.TryAdd(NerFeatures.WordKey(t), (WordLookup.Of(t, g), NeighbourHashes.Of(t)));
        }
        var words = tokens.Skip(from).Select(t => kept[NerFeatures.WordKey(t)].Item1).ToArray();
        var hashes = tokens.Skip(from).Select(t => kept[NerFeatures.WordKey(t)].Item2).ToArray();
        var tagging = new long[to - from][];
        NerFeatures.InContext(tokens, from, to, g, words, hashes, (i, features) =>
        {
            var own = new List<long>();
            NerFeatures.OfWord(tokens[from + i], own);
            tagging[i] = [.. own, .. features];
        });

        Assert.Equal(training, tagging);
    }

    [Fact]
    public void WordKey_of_numbers_written_in_two_scripts_tells_them_apart()
    {
        var tokens = Tokenizer.Tokenize("٢٠٢٤ 2024");

        Assert.NotEqual(NerFeatures.WordKey(tokens[0]), NerFeatures.WordKey(tokens[1]));
    }
}
