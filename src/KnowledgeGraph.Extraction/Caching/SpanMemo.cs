using System.Collections.Concurrent;

namespace KnowledgeGraph.Extraction.Caching;

/// <summary>
/// A <see cref="BoundedMemo{TKey, TValue}"/> keyed by text read from a span: a text met before is found without
/// allocating its string.
/// </summary>
internal sealed class SpanMemo<TValue>(int capacity)
{
    private readonly ConcurrentDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _values =
        new ConcurrentDictionary<string, TValue>().GetAlternateLookup<ReadOnlySpan<char>>();

    private int _count;

    public TValue Get(ReadOnlySpan<char> key, Func<string, TValue> compute)
    {
        if (_values.TryGetValue(key, out var value))
        {
            return value;
        }
        var text = key.ToString();
        value = compute(text);
        if (Interlocked.Increment(ref _count) > capacity)
        {
            Forget();
        }
        _values.Dictionary[text] = value;
        return value;
    }

    /// <summary>Forgets every answer, so that a benchmark measures what is met for the first time.</summary>
    public void Forget()
    {
        _values.Dictionary.Clear();
        Interlocked.Exchange(ref _count, 0);
    }
}
