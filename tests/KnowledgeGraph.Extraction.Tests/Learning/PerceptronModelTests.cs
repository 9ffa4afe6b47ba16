using KnowledgeGraph.Extraction.Learning;

namespace KnowledgeGraph.Extraction.Tests.Learning;

public class PerceptronModelTests
{
    [Fact]
    public void A_frozen_model_scores_as_its_weights_do_also_when_features_share_a_slot()
    {
        var random = new Random(7);
        var tags = NerTags.All.Length;
        var weights = new Dictionary<long, float[]>();
        // Hashes that agree in their low bits land in one slot of the table and must still be told apart.
        long[] features = [.. Enumerable.Range(0, 200).Select(i => i % 2 == 0 ? random.NextInt64() : (long)i << 20)];
        foreach (var f in features.Take(150))
        {
            weights[f] = [.. Enumerable.Range(0, tags).Select(_ => (float)random.NextDouble() - 0.5f)];
        }
        weights[NerFeatures.Previous(NerTags.BeginPerson)] = [.. Enumerable.Repeat(0.25f, tags)];
        var live = new PerceptronModel(weights);
        var frozen = new PerceptronModel(weights).Freeze();
        Span<float> expected = stackalloc float[tags];
        Span<float> actual = stackalloc float[tags];
        for (var start = 0; start + 10 <= features.Length; start += 10)
        {
            // Unknown features (the last fifty) add nothing in either.
            long[] some = [.. features.Skip(start).Take(10)];
            live.Score(some, NerTags.BeginPerson, NerTags.Outside, expected);
            frozen.Score(some, NerTags.BeginPerson, NerTags.Outside, actual);
            Assert.Equal(expected.ToArray(), actual.ToArray());
        }
    }
}
