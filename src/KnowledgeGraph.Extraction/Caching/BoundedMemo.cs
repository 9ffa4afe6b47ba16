using System.Collections.Concurrent;

namespace KnowledgeGraph.Extraction.Caching;

/// <summary>
/// Answers kept for reuse across threads, up to a bound: past it they are all forgotten and gathered anew, so memory
/// stays flat however much text goes through, and what a stream keeps meeting is soon kept again.
/// </summary>
internal sealed class BoundedMemo<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _values = new(comparer);
    private int _count;

    public TValue Get<TState>(TKey key, TState state, Func<TKey, TState, TValue> compute)
    {
        if (_values.TryGetValue(key, out var value))
        {
            return value;
        }
        value = compute(key, state);
        // ConcurrentDictionary.Count takes every lock: an approximate count of our own is enough for a bound.
        if (Interlocked.Increment(ref _count) > capacity)
        {
            Forget();
        }
        _values[key] = value;
        return value;
    }

    /// <summary>Forgets every answer, so that a benchmark measures what is met for the first time.</summary>
    public void Forget()
    {
        _values.Clear();
        Interlocked.Exchange(ref _count, 0);
    }
}
