using System.Collections.Concurrent;

namespace KnowledgeGraph.Extraction.Caching;

/// <summary>
/// A <see cref="BoundedMemo{TKey, TValue}"/> keyed by text read from a span: a text met before is found without
/// allocating its string.
/// </summary>
internal sealed class SpanMemo<TValue>
{
    private readonly ConcurrentDictionary<string, TValue> _values;
    private readonly ConcurrentDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private int _count;

    private readonly int _capacity;

    public SpanMemo(int capacity)
    {
        _capacity = capacity;
        _values = new();
        _bySpan = _values.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public TValue Get(ReadOnlySpan<char> key, Func<string, TValue> compute)
    {
        if (_bySpan.TryGetValue(key, out var value))
        {
            return value;
        }
        var text = key.ToString();
        value = compute(text);
        if (Interlocked.Increment(ref _count) > _capacity)
        {
            Forget();
        }
        _values[text] = value;
        return value;
    }

    /// <summary>Forgets every answer, so that a benchmark measures what is met for the first time.</summary>
    public void Forget()
    {
        _values.Clear();
        Interlocked.Exchange(ref _count, 0);
    }
}
