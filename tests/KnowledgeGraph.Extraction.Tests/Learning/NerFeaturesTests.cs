using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Learning;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Tests.Learning;

public class NerFeaturesTests
{
    [Fact]
    public void Scores_a_tagger_sums_from_what_it_keeps_per_word_are_those_of_the_features_training_reads_to_the_bit()
    {
        // Two sentences, the second tagged alone; punctuation, digits in two scripts, a title, an honorific, a place, a
        // nationality, a public figure and an organisation: every kind of feature, at the edges and inside.
        const string text = "عاد الوفد في ٢٠٢٤. وقال الشيخ محمد بن زايد رئيس دولة الإمارات ، للمصريين في القاهرة عام 2024 إن نادي الزمالك «فاز».";
        var tokens = Tokenizer.Tokenize(text);
        var g = Gazetteer.Default;
        var model = PerceptronModel.LoadEmbedded()!;
        var width = NerTags.All.Length * (model.Refiner is null ? 1 : 2);
        var from = tokens.First(t => t.Sentence == 1).Index;
        var to = tokens.Count;
        var training = new float[(to - from) * width];
        var features = NerFeatures.Static(tokens, from, to, g);
        for (var i = 0; i < features.Length; i++)
        {
            model.AddFeatures(features[i], training.AsSpan(i * width, width));
        }

        // Kept per spelling, as the tagger keeps them: the first token of each text answers for the others.
        var kept = new Dictionary<string, (WordLookup Lookup, NeighbourHashes Hashes)>(StringComparer.Ordinal);
        foreach (var t in tokens.Skip(from))
        {
            kept.TryAdd(t.Spelling!.Text, (WordLookup.Of(t, g), NeighbourHashes.Of(t)));
        }
        var words = tokens.Skip(from).Select(t => kept[t.Spelling!.Text]).ToArray();
        var tagging = new float[(to - from) * width];
        for (var i = 0; i < words.Length; i++)
        {
            var own = new List<long>();
            NerFeatures.OfWord(tokens[from + i], own);
            model.AddFeatures(own.ToArray(), tagging.AsSpan(i * width, width));
        }
        var known = NerFeatures.KnownAround(tokens, from, to, g, [.. words.Select(w => w.Lookup)]);
        NerFeatures.AddInContext(known, [.. words.Select(w => w.Hashes)], [.. words.Select(w => NeighbourRows.Of(w.Hashes, model))],
            (NeighbourRows.Of(NeighbourHashes.Start, model), NeighbourRows.Of(NeighbourHashes.End, model)),
            [.. NerFeatures.KnownFeatures.Select(model.RowOf)], model, tagging, width);

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
