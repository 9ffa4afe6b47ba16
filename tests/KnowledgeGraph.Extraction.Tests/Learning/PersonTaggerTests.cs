using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Learning;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Tests.Learning;

public class PersonTaggerTests
{
    [Fact]
    public void A_two_pass_model_tags_as_its_two_passes_do_each_on_its_own_weights()
    {
        var tokens = Tokenizer.Tokenize("وقال الرئيس اللبناني جوزيف عون إن الوفد القطري وصل إلى بيروت أمس للقاء نواف سلام.");
        var features = NerFeatures.Static(tokens, 0, tokens.Count, Gazetteer.Default);
        var tags = NerTags.All.Length;
        var random = new Random(11);
        float[] Weights() => [.. Enumerable.Range(0, tags).Select(_ => (float)random.NextDouble() * 4 - 2)];
        var context = Enumerable.Range(0, tags).SelectMany(t => Enumerable.Range(0, tags).Select(u => NerFeatures.Previous2(t, u)))
            .Concat(Enumerable.Range(0, tags).Select(NerFeatures.Previous)).ToList();
        var all = features.SelectMany(f => f).Distinct().ToList();
        // Each pass knows features the other does not: the shared table must keep them apart.
        var first = all.Where((_, k) => k % 3 != 0).Concat(context).Distinct().ToDictionary(f => f, _ => Weights());
        Span<float> scores = stackalloc float[tags];
        var firstTags = Decode(new PerceptronModel(first), features, scores, 0f, null);
        var firstPassFeatures = new long[NerFeatures.FirstPassCount];
        var secondOnly = new List<long>();
        for (var i = 0; i < tokens.Count; i++)
        {
            NerFeatures.FirstPass(firstTags, i, firstPassFeatures);
            secondOnly.AddRange(firstPassFeatures);
        }
        var second = all.Where((_, k) => k % 3 != 1).Concat(context).Concat(secondOnly).Distinct().ToDictionary(f => f, _ => Weights());

        var expected = Decode(new PerceptronModel(second), features, scores, 1.5f, firstTags);
        var tagger = new PersonTagger(new PerceptronModel(first).WithRefiner(new PerceptronModel(second)).Freeze(), Gazetteer.Default, 1.5f);

        Assert.Equal(expected, tagger.Tag(tokens, 0, tokens.Count, scores));
        Assert.Contains(expected, t => t != NerTags.Outside);
        // Tagged again, every word's own score comes from what the tagger kept: the same sums, the same tags.
        Assert.Equal(expected, tagger.Tag(tokens, 0, tokens.Count, scores));
    }

    [Fact]
    public void Two_taggers_reading_the_same_words_each_tag_with_their_own_weights()
    {
        // The tokens' spellings are shared, and so is what a tagger keeps of each word: the other tagger must not take it.
        var tokens = Tokenizer.Tokenize("وقال الرئيس اللبناني جوزيف عون إن الوفد القطري وصل إلى بيروت أمس للقاء نواف سلام.");
        var features = NerFeatures.Static(tokens, 0, tokens.Count, Gazetteer.Default);
        var tags = NerTags.All.Length;
        var random = new Random(5);
        var all = features.SelectMany(f => f).Concat(Enumerable.Range(0, tags).Select(NerFeatures.Previous))
            .Concat(Enumerable.Range(0, tags).SelectMany(t => Enumerable.Range(0, tags).Select(u => NerFeatures.Previous2(t, u)))).Distinct().ToList();
        PerceptronModel Model() => new PerceptronModel(all.ToDictionary(f => f, _ => Enumerable.Range(0, tags).Select(_ => (float)random.NextDouble() * 4 - 2).ToArray())).Freeze();
        var (a, b) = (Model(), Model());
        Span<float> scores = stackalloc float[tags];
        var (expectedA, expectedB) = (Decode(a, features, scores, 0f, null), Decode(b, features, scores, 0f, null));
        Assert.NotEqual(expectedA, expectedB);
        var (taggerA, taggerB) = (new PersonTagger(a, Gazetteer.Default, 0f), new PersonTagger(b, Gazetteer.Default, 0f));

        Assert.Equal(expectedA, taggerA.Tag(tokens, 0, tokens.Count, scores));
        Assert.Equal(expectedB, taggerB.Tag(tokens, 0, tokens.Count, scores));
        Assert.Equal(expectedA, taggerA.Tag(tokens, 0, tokens.Count, scores));
    }

    [Fact]
    public void A_sentence_longer_than_the_arrays_a_thread_keeps_and_a_short_one_after_it_tag_as_the_reference_does()
    {
        // One sentence of some 1,400 tokens (no full stop), past the 1,024 the tagger keeps arrays for, then a short one.
        var text = string.Join(" ، ", Enumerable.Repeat("وقال الرئيس اللبناني جوزيف عون إن الوفد القطري وصل إلى بيروت أمس للقاء نواف سلام", 80));
        var tokens = Tokenizer.Tokenize(text);
        Assert.True(tokens.Count > 1024 && tokens.All(t => t.Sentence == 0));
        var shortTokens = Tokenizer.Tokenize("واستقبل الرئيس جوزيف عون الوفد القطري.");
        var (features, shortFeatures) = (NerFeatures.Static(tokens, 0, tokens.Count, Gazetteer.Default), NerFeatures.Static(shortTokens, 0, shortTokens.Count, Gazetteer.Default));
        var tags = NerTags.All.Length;
        var random = new Random(7);
        var all = features.Concat(shortFeatures).SelectMany(f => f).Concat(Enumerable.Range(0, tags).Select(NerFeatures.Previous))
            .Concat(Enumerable.Range(0, tags).SelectMany(t => Enumerable.Range(0, tags).Select(u => NerFeatures.Previous2(t, u)))).Distinct().ToList();
        var model = new PerceptronModel(all.ToDictionary(f => f, _ => Enumerable.Range(0, tags).Select(_ => (float)random.NextDouble() * 4 - 2).ToArray())).Freeze();
        Span<float> scores = stackalloc float[tags];
        var (expected, expectedShort) = (Decode(model, features, scores, 0f, null), Decode(model, shortFeatures, scores, 0f, null));
        var tagger = new PersonTagger(model, Gazetteer.Default, 0f);

        Assert.Equal(expectedShort, tagger.Tag(shortTokens, 0, shortTokens.Count, scores));
        Assert.Equal(expected, tagger.Tag(tokens, 0, tokens.Count, scores));
        Assert.Equal(expectedShort, tagger.Tag(shortTokens, 0, shortTokens.Count, scores));
        // Its first 600 tokens as a sentence of their own, in the arrays the thread keeps, after the short one wrote them.
        Assert.Equal(Decode(model, NerFeatures.Static(tokens, 0, 600, Gazetteer.Default), scores, 0f, null), tagger.Tag(tokens, 0, 600, scores));
    }

    // The reference: greedy decoding with one pass's weights read from its dictionary, the second pass also reading the first's tags.
    private static int[] Decode(PerceptronModel model, long[][] features, Span<float> scores, float bonus, int[]? firstPass)
    {
        var tags = new int[features.Length];
        var extra = new long[firstPass is null ? 0 : NerFeatures.FirstPassCount];
        int p1 = NerTags.Outside, p2 = NerTags.Outside;
        for (var i = 0; i < tags.Length; i++)
        {
            if (firstPass is not null)
            {
                NerFeatures.FirstPass(firstPass, i, extra);
            }
            model.Score(features[i], extra, p1, p2, scores);
            scores[NerTags.BeginPerson] += bonus;
            scores[NerTags.InsidePerson] += bonus;
            tags[i] = PerceptronTrainer.ArgMax(scores);
            (p2, p1) = (p1, tags[i]);
        }
        return tags;
    }
}
