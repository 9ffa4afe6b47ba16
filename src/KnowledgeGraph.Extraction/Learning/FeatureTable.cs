using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace KnowledgeGraph.Extraction.Learning;

/// <summary>
/// A trained model's weights laid out for tagging: open addressing over the feature hashes, and every feature's weights
/// side by side in one array, so scoring a token touches no object per feature. The passes of a two-pass model share
/// one table (a feature's row holds its weights for each pass in turn): both passes read the same features, and one
/// probe then serves both.
/// </summary>
internal sealed class FeatureTable
{
    // A slot's feature and its row side by side: one cache line holds both, and a look-up misses the cache once, not twice.
    private readonly Slot[] _slots;
    private readonly float[] _weights;
    private readonly int _mask;
    private readonly int _tags;

    public FeatureTable(IReadOnlyList<Dictionary<long, float[]>> passes, int tags)
    {
        _tags = tags;
        Width = passes.Count * tags;
        var features = passes.SelectMany(p => p.Keys).Distinct().ToList();
        var capacity = 16;
        while (capacity < features.Count * 2)
        {
            capacity *= 2;
        }
        _mask = capacity - 1;
        _slots = new Slot[capacity];
        _weights = new float[features.Count * Width];
        var row = 0;
        foreach (var feature in features)
        {
            var slot = (int)feature & _mask;
            while (_slots[slot].Row != 0)
            {
                slot = (slot + 1) & _mask;
            }
            _slots[slot] = new Slot(feature, row + 1);
            for (var p = 0; p < passes.Count; p++)
            {
                if (passes[p].TryGetValue(feature, out var w))
                {
                    w.AsSpan(0, tags).CopyTo(_weights.AsSpan(row * Width + p * tags, tags));
                }
            }
            row++;
        }
    }

    /// <summary>The weights of one feature in every pass: tags × passes.</summary>
    public int Width { get; }

    /// <summary>Adds the feature's weights for every pass to <paramref name="scores"/> (<see cref="Width"/> long).</summary>
    public void AddTo(long feature, Span<float> scores)
    {
        if (Row(feature) is var row and >= 0)
        {
            Add(_weights.AsSpan(row * Width, Width), scores);
        }
    }

    /// <summary>
    /// Adds the weights of every feature for every pass to <paramref name="scores"/>, in the features' order (so the sums
    /// are those of <see cref="AddTo(long, Span{float})"/> one by one). The table is larger than the processor's caches and
    /// a look-up mostly waits on memory: <see cref="RowsOf"/> lets the waits overlap.
    /// </summary>
    public void AddAll(ReadOnlySpan<long> features, Span<float> scores)
    {
        if (features.Length > MaxPrefetched)
        {
            foreach (var f in features)
            {
                AddTo(f, scores);
            }
            return;
        }
        Span<int> rows = stackalloc int[features.Length];
        RowsOf(features, rows);
        foreach (var row in rows)
        {
            AddRow(row, scores);
        }
    }

    /// <summary>
    /// The <see cref="Row(long)"/> of each feature, with its weights on their way to the cache: the slots of all the
    /// features are fetched first, then their rows, so that the waits on memory overlap rather than follow one another.
    /// </summary>
    public unsafe void RowsOf(ReadOnlySpan<long> features, Span<int> rows)
    {
        if (Sse.IsSupported)
        {
            fixed (Slot* slots = _slots)
            {
                foreach (var f in features)
                {
                    Sse.Prefetch0(slots + ((int)f & _mask));
                }
            }
        }
        for (var i = 0; i < features.Length; i++)
        {
            rows[i] = Row(features[i]);
            Prefetch(rows[i]);
        }
    }

    /// <summary>Starts fetching a row's weights into the cache, for an <see cref="AddRow"/> soon after.</summary>
    public unsafe void Prefetch(int row)
    {
        if (Sse.IsSupported && row >= 0)
        {
            fixed (float* weights = _weights)
            {
                Sse.Prefetch0(weights + row * Width);
                Sse.Prefetch0(weights + row * Width + Width - 1);
            }
        }
    }

    // A token has some fifty features; the row indices of more would not fit the stack comfortably.
    private const int MaxPrefetched = 256;

    /// <summary>Adds the feature's weights for one pass to <paramref name="scores"/> (one per tag).</summary>
    public void AddTo(long feature, int pass, Span<float> scores)
    {
        if (Row(feature) is var row and >= 0)
        {
            Add(_weights.AsSpan(row * Width + pass * _tags, _tags), scores);
        }
    }

    /// <summary>The feature's weights for one pass (one per tag), or an empty span for a feature training never kept.</summary>
    public ReadOnlySpan<float> Weights(long feature, int pass) =>
        Row(feature) is var row and >= 0 ? _weights.AsSpan(row * Width + pass * _tags, _tags) : [];

    /// <summary>Where the feature's weights stand (<see cref="AddRow"/>), or -1 for a feature training never kept.</summary>
    public int Row(long feature)
    {
        for (var slot = (int)feature & _mask; _slots[slot] is { Row: not 0 } s; slot = (slot + 1) & _mask)
        {
            if (s.Feature == feature)
            {
                return s.Row - 1;
            }
        }
        return -1;
    }

    /// <summary>Adds the weights for every pass at a <see cref="Row(long)"/> to <paramref name="scores"/>; -1 adds nothing.</summary>
    public void AddRow(int row, Span<float> scores)
    {
        if (row >= 0)
        {
            Add(_weights.AsSpan(row * Width, Width), scores);
        }
    }

    // Row is one more than the feature's row in the weights, so that an empty slot is all zeros.
    private readonly record struct Slot(long Feature, int Row);

    private static void Add(ReadOnlySpan<float> w, Span<float> scores)
    {
        var t = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; t + Vector256<float>.Count <= w.Length; t += Vector256<float>.Count)
            {
                var sum = Vector256.Create<float>(scores[t..]) + Vector256.Create<float>(w[t..]);
                sum.CopyTo(scores[t..]);
            }
        }
        for (; t < w.Length; t++)
        {
            scores[t] += w[t];
        }
    }
}
