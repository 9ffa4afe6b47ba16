using System.IO.Compression;
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

    [Fact]
    public void A_tokens_features_added_at_once_sum_to_the_bit_as_one_by_one()
    {
        var random = new Random(3);
        var tags = NerTags.All.Length;
        long[] known = [.. Enumerable.Range(0, 300).Select(_ => random.NextInt64())];
        var weights = known.ToDictionary(f => f, _ => Enumerable.Range(0, tags).Select(_ => (float)(random.NextDouble() * 4 - 2)).ToArray());
        var model = new PerceptronModel(weights).Freeze();
        Span<float> atOnce = stackalloc float[tags];
        Span<float> oneByOne = stackalloc float[tags];
        // Up to a few hundred features a token, a fifth of them unknown; no tag features, so Score adds only these.
        foreach (var count in new[] { 0, 1, 40, 255, 300 })
        {
            long[] features = [.. Enumerable.Range(0, count).Select(k => k % 5 == 0 ? random.NextInt64() : known[random.Next(known.Length)])];
            atOnce.Clear();
            model.AddFeatures(features, atOnce);
            model.Score(features, NerTags.Outside, NerTags.Outside, oneByOne);
            Assert.Equal(oneByOne.ToArray().Select(BitConverter.SingleToInt32Bits), atOnce.ToArray().Select(BitConverter.SingleToInt32Bits));
        }
    }

    [Fact]
    public void Load_of_a_model_whose_word_list_is_garbled_says_it_is_not_a_model()
    {
        // A model of the right version whose list of ordinary words holds a length no string can have: the binary
        // reader throws FormatException, which used to escape as an unhandled crash of `kg extract --model`.
        var saved = new MemoryStream();
        new PerceptronModel(new Dictionary<long, float[]> { [1] = new float[NerTags.All.Length] }).WithOrdinaryWords(["كلمة"]).Save(saved);
        var raw = new MemoryStream();
        using (var gzip = new GZipStream(new MemoryStream(saved.ToArray()), CompressionMode.Decompress))
        {
            gzip.CopyTo(raw);
        }
        var bytes = raw.ToArray();
        // The last word is written as its length (one byte here) then its UTF-8 bytes: make the length endless.
        var garbled = bytes[..^("كلمة".Length * 2 + 1)].Concat(Enumerable.Repeat((byte)0xFF, 6)).ToArray();
        var broken = new MemoryStream();
        using (var gzip = new GZipStream(broken, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(garbled);
        }
        broken.Position = 0;

        var error = Assert.Throws<InvalidDataException>(() => PerceptronModel.Load(broken));
        Assert.Contains("not a tagger model", error.Message, StringComparison.Ordinal);
    }
}
