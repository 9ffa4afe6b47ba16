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

        // Kept per spelling, as the tagger keeps them: the first token of each text answers for the others.
        var kept = new Dictionary<string, (WordLookup, NeighbourHashes)>(StringComparer.Ordinal);
        foreach (var t in tokens.Skip(from))
        {
            kept.TryAdd(t.Spelling!.Text, (WordLookup.Of(t, g), NeighbourHashes.Of(t)));
        }
        var words = tokens.Skip(from).Select(t => kept[t.Spelling!.Text].Item1).ToArray();
        var hashes = tokens.Skip(from).Select(t => kept[t.Spelling!.Text].Item2).ToArray();
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
    public void Numbers_written_in_two_scripts_are_kept_apart()
    {
        // «٢٠٢٤» and «2024» share a normal form but not the stem their neighbours read.
        var tokens = Tokenizer.Tokenize("٢٠٢٤ 2024");

        Assert.Equal(tokens[0].Norm, tokens[1].Norm);
        Assert.NotSame(tokens[0].Spelling, tokens[1].Spelling);
    }
}
