using System.Runtime.Intrinsics;

namespace KnowledgeGraph.Extraction.Learning;

/// <summary>
/// A trained model's weights laid out for tagging: open addressing over the feature hashes, and every feature's weights
/// side by side in one array, so scoring a token touches no object per feature.
/// </summary>
internal sealed class FeatureTable
{
    private readonly long[] _keys;
    private readonly int[] _rows;
    private readonly float[] _weights;
    private readonly int _mask;
    private readonly int _tags;

    public FeatureTable(Dictionary<long, float[]> weights, int tags)
    {
        _tags = tags;
        var capacity = 16;
        while (capacity < weights.Count * 2)
        {
            capacity *= 2;
        }
        _mask = capacity - 1;
        _keys = new long[capacity];
        _rows = new int[capacity];
        _weights = new float[weights.Count * tags];
        var row = 0;
        foreach (var (feature, w) in weights)
        {
            var slot = (int)feature & _mask;
            while (_rows[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }
            _keys[slot] = feature;
            _rows[slot] = row + 1;
            w.AsSpan(0, tags).CopyTo(_weights.AsSpan(row * tags, tags));
            row++;
        }
    }

    public void AddTo(long feature, Span<float> scores)
    {
        for (var slot = (int)feature & _mask; _rows[slot] != 0; slot = (slot + 1) & _mask)
        {
            if (_keys[slot] == feature)
            {
                var w = _weights.AsSpan((_rows[slot] - 1) * _tags, _tags);
                var t = 0;
                if (Vector256.IsHardwareAccelerated && w.Length >= Vector256<float>.Count)
                {
                    var sum = Vector256.Create<float>(scores) + Vector256.Create<float>(w);
                    sum.CopyTo(scores);
                    t = Vector256<float>.Count;
                }
                for (; t < w.Length; t++)
                {
                    scores[t] += w[t];
                }
                return;
            }
        }
    }
}
