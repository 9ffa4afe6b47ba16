using KnowledgeGraph.Extraction.Learning;

namespace KnowledgeGraph.Extraction.Tests.Learning;

public class ContextWeightsTests
{
    [Fact]
    public void Context_weights_add_to_the_bit_what_the_hashed_features_add_in_their_order()
    {
        var tags = NerTags.All.Length;
        var random = new Random(5);
        float[] Weights() => [.. Enumerable.Range(0, tags).Select(_ => (float)(random.NextDouble() * 6 - 3))];
        var contextFeatures = Enumerable.Range(0, tags).Select(NerFeatures.Previous)
            .Concat(Enumerable.Range(0, tags).SelectMany(t => Enumerable.Range(0, tags).Select(u => NerFeatures.Previous2(t, u))))
            .ToList();
        var firstPassFeatures = new List<long>();
        var someTags = new int[40];
        for (var k = 0; k < someTags.Length; k++)
        {
            someTags[k] = random.Next(tags);
        }
        var buffer = new long[NerFeatures.FirstPassCount];
        for (var i = 0; i < someTags.Length; i++)
        {
            NerFeatures.FirstPass(someTags, i, buffer);
            firstPassFeatures.AddRange(buffer);
        }
        // Some features each pass never kept: they must add nothing.
        var first = contextFeatures.Where((_, k) => k % 7 != 0).ToDictionary(f => f, _ => Weights());
        var second = contextFeatures.Concat(firstPassFeatures).Distinct().Where((_, k) => k % 5 != 0).ToDictionary(f => f, _ => Weights());
        var model = new PerceptronModel(first).WithRefiner(new PerceptronModel(second)).Freeze();
        Span<float> expected = stackalloc float[tags];
        Span<float> actual = stackalloc float[tags];

        for (var i = 0; i < someTags.Length; i++)
        {
            var (p1, p2) = (random.Next(tags), random.Next(tags));
            var start = Weights();
            foreach (var (pass, weights, firstPass) in new[] { (0, first, (int[]?)null), (1, second, someTags) })
            {
                start.CopyTo(expected);
                var hashed = new List<long>();
                if (firstPass is not null)
                {
                    NerFeatures.FirstPass(firstPass, i, buffer);
                    hashed.AddRange(buffer);
                }
                hashed.Add(NerFeatures.Previous(p1));
                hashed.Add(NerFeatures.Previous2(p1, p2));
                foreach (var f in hashed)
                {
                    if (weights.TryGetValue(f, out var w))
                    {
                        for (var t = 0; t < tags; t++)
                        {
                            expected[t] += w[t];
                        }
                    }
                }
                start.CopyTo(actual);
                model.AddContext(pass, firstPass, i, p1, p2, actual);
                Assert.Equal(expected.ToArray().Select(BitConverter.SingleToInt32Bits), actual.ToArray().Select(BitConverter.SingleToInt32Bits));
            }
        }
    }
}
