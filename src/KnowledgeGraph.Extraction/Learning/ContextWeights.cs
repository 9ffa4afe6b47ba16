namespace KnowledgeGraph.Extraction.Learning;

/// <summary>
/// The weights of what decoding adds to a token's score (the two tags before it, and for a second pass the first pass's
/// tags around it), laid out densely by tag: a few hundred rows that stay in the processor's cache, where looking each
/// feature up in the <see cref="FeatureTable"/> would miss it about a dozen times a token. Sums are added in the order
/// the hashed features would be (first-pass offsets, then pairs, then the previous tag, then the two before), so
/// scores are the same to the bit.
/// </summary>
internal sealed class ContextWeights
{
    private readonly int _tags;
    private readonly int _edge;
    private readonly float[] _previous;
    private readonly float[] _previous2;
    private readonly float[] _firstPass;
    private readonly float[] _pairs;
    private readonly bool[] _hasFirstPass;
    private readonly bool[] _hasPairs;
    private readonly bool[] _hasPrevious;
    private readonly bool[] _hasPrevious2;

    public ContextWeights(FeatureTable table, int passes, int tags)
    {
        _tags = tags;
        _edge = tags + 1;
        var offsets = NerFeatures.FirstPassHashes.GetLength(0);
        var pairs = NerFeatures.FirstPassPairHashes.GetLength(0);
        _previous = new float[passes * tags * tags];
        _hasPrevious = new bool[passes * tags];
        _previous2 = new float[passes * tags * tags * tags];
        _hasPrevious2 = new bool[passes * tags * tags];
        _firstPass = new float[offsets * _edge * tags];
        _hasFirstPass = new bool[offsets * _edge];
        _pairs = new float[pairs * _edge * _edge * tags];
        _hasPairs = new bool[pairs * _edge * _edge];
        for (var pass = 0; pass < passes; pass++)
        {
            for (var t1 = 0; t1 < tags; t1++)
            {
                Copy(table, NerFeatures.PreviousHashes[t1], pass, _previous, _hasPrevious, pass * tags + t1);
                for (var t2 = 0; t2 < tags; t2++)
                {
                    Copy(table, NerFeatures.Previous2Hashes[t1, t2], pass, _previous2, _hasPrevious2, (pass * tags + t1) * tags + t2);
                }
            }
        }
        // The first pass's tags are read by the second pass only.
        if (passes < 2)
        {
            return;
        }
        for (var o = 0; o < offsets; o++)
        {
            for (var t = 0; t < _edge; t++)
            {
                Copy(table, NerFeatures.FirstPassHashes[o, t], 1, _firstPass, _hasFirstPass, o * _edge + t);
            }
        }
        for (var p = 0; p < pairs; p++)
        {
            for (var a = 0; a < _edge; a++)
            {
                for (var b = 0; b < _edge; b++)
                {
                    Copy(table, NerFeatures.FirstPassPairHashes[p, a, b], 1, _pairs, _hasPairs, (p * _edge + a) * _edge + b);
                }
            }
        }
    }

    private void Copy(FeatureTable table, long feature, int pass, float[] into, bool[] has, int row)
    {
        var w = table.Weights(feature, pass);
        if (w.Length > 0)
        {
            w.CopyTo(into.AsSpan(row * _tags, _tags));
            has[row] = true;
        }
    }

    /// <summary>
    /// Adds to one pass's <paramref name="scores"/> the weights of the previous two tags and, where
    /// <paramref name="firstPass"/> is given, of the first pass's tags around token <paramref name="i"/>.
    /// </summary>
    public void Add(int pass, int[]? firstPass, int i, int previous, int previous2, Span<float> scores)
    {
        if (firstPass is not null)
        {
            var edge = _edge - 1;
            int T(int k) => k < 0 || k >= firstPass.Length ? edge : firstPass[k];
            for (var o = 0; o < NerFeatures.FirstPassHashes.GetLength(0); o++)
            {
                AddRow(_firstPass, _hasFirstPass, o * _edge + T(i - 2 + o), scores);
            }
            AddRow(_pairs, _hasPairs, (0 * _edge + T(i - 1)) * _edge + T(i + 1), scores);
            AddRow(_pairs, _hasPairs, (1 * _edge + T(i - 1)) * _edge + T(i), scores);
            AddRow(_pairs, _hasPairs, (2 * _edge + T(i)) * _edge + T(i + 1), scores);
        }
        AddRow(_previous, _hasPrevious, pass * _tags + previous, scores);
        AddRow(_previous2, _hasPrevious2, (pass * _tags + previous) * _tags + previous2, scores);
    }

    // A feature training never kept adds nothing, not even zeros: an added zero could turn -0 into +0.
    private void AddRow(float[] weights, bool[] has, int row, Span<float> scores)
    {
        if (!has[row])
        {
            return;
        }
        var w = weights.AsSpan(row * _tags, _tags);
        for (var t = 0; t < w.Length; t++)
        {
            scores[t] += w[t];
        }
    }
}
