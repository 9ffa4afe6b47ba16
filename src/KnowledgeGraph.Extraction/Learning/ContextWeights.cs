using System.Runtime.Intrinsics;

namespace KnowledgeGraph.Extraction.Learning;

/// <summary>
/// The weights of what decoding adds to a token's score (the two tags before it, and for a second pass the first pass's
/// tags around it), laid out densely by tag: a few hundred rows that stay in the processor's cache, where looking each
/// feature up in the <see cref="FeatureTable"/> would miss it about a dozen times a token. Sums are added in the order
/// the hashed features would be (<see cref="NerFeatures.FirstPass"/>'s, then the previous tag, then the two before), so
/// scores are the same to the bit.
/// </summary>
internal sealed class ContextWeights
{
    private readonly int _tags;
    private readonly Rows _previous;
    private readonly Rows _previous2;
    private readonly Rows _firstPass;

    public ContextWeights(FeatureTable table, int passes, int tags)
    {
        _tags = tags;
        // By pass, then tag (and the tag before it).
        _previous = new Rows(table, tags, passes * tags, row => (NerFeatures.PreviousHashes[row % tags], row / tags));
        _previous2 = new Rows(table, tags, passes * tags * tags, row => (NerFeatures.Previous2Hashes[row / tags % tags, row % tags], row / (tags * tags)));
        // The first pass's tags are read by the second pass only.
        _firstPass = new Rows(table, tags, passes < 2 ? 0 : NerFeatures.FirstPassFeatures.Length, row => (NerFeatures.FirstPassFeatures[row], 1));
    }

    /// <summary>
    /// Adds to one pass's <paramref name="scores"/> the weights of the previous two tags and, where
    /// <paramref name="firstPass"/> is given, of the first pass's tags around token <paramref name="i"/>.
    /// </summary>
    public void Add(int pass, int[]? firstPass, int i, int previous, int previous2, Span<float> scores)
    {
        if (firstPass is not null)
        {
            Span<int> slots = stackalloc int[NerFeatures.FirstPassCount];
            NerFeatures.FirstPassSlots(firstPass, i, slots);
            foreach (var slot in slots)
            {
                _firstPass.AddTo(slot, scores);
            }
        }
        _previous.AddTo(pass * _tags + previous, scores);
        _previous2.AddTo((pass * _tags + previous) * _tags + previous2, scores);
    }

    /// <summary>One row of weights per feature, copied from the table for the pass each row reads.</summary>
    private sealed class Rows
    {
        private readonly int _tags;
        private readonly float[] _weights;
        private readonly bool[] _kept;

        public Rows(FeatureTable table, int tags, int count, Func<int, (long Feature, int Pass)> of)
        {
            _tags = tags;
            _weights = new float[count * tags];
            _kept = new bool[count];
            for (var row = 0; row < count; row++)
            {
                var (feature, pass) = of(row);
                var w = table.Weights(feature, pass);
                if (w.Length > 0)
                {
                    w.CopyTo(_weights.AsSpan(row * tags, tags));
                    _kept[row] = true;
                }
            }
        }

        // A feature training never kept adds nothing, not even zeros: an added zero could turn -0 into +0.
        public void AddTo(int row, Span<float> scores)
        {
            if (!_kept[row])
            {
                return;
            }
            var w = _weights.AsSpan(row * _tags, _tags);
            var t = 0;
            if (Vector256.IsHardwareAccelerated && w.Length >= Vector256<float>.Count)
            {
                (Vector256.Create<float>(scores) + Vector256.Create<float>(w)).CopyTo(scores);
                t = Vector256<float>.Count;
            }
            for (; t < w.Length; t++)
            {
                scores[t] += w[t];
            }
        }
    }
}
