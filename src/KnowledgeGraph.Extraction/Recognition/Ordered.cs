namespace KnowledgeGraph.Extraction.Recognition;

/// <summary>Binary search over items in text order: tokens, places, ranges.</summary>
internal static class Ordered
{
    /// <summary>
    /// The index of the first item for which <paramref name="reached"/> holds, or the count when none does; it must hold
    /// for every item after one for which it holds.
    /// </summary>
    public static int FirstIndex<T, TState>(IReadOnlyList<T> items, TState state, Func<T, TState, bool> reached)
    {
        int low = 0, high = items.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (reached(items[mid], state))
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }
        return low;
    }
}
