namespace KnowledgeGraph.Extraction.Recognition;

/// <summary>
/// Whether a range lies within one of a set of ranges, by binary search over the ranges sorted by start with the
/// furthest end reached so far: the answer a pass over every range would give, without the pass (a long article has
/// thousands of names and places, and each place asks).
/// </summary>
internal sealed class SpanCover
{
    private readonly int[] _starts;
    private readonly int[] _furthestEnds;

    public SpanCover(IEnumerable<(int Start, int End)> ranges)
    {
        var sorted = ranges.OrderBy(r => r.Start).ToArray();
        _starts = [.. sorted.Select(r => r.Start)];
        _furthestEnds = new int[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            _furthestEnds[i] = i == 0 ? sorted[i].End : Math.Max(sorted[i].End, _furthestEnds[i - 1]);
        }
    }

    /// <summary>True when some range starts at or before <paramref name="start"/> and ends at or after <paramref name="end"/>.</summary>
    public bool Covers(int start, int end)
    {
        // The ranges that start at or before «start» come first.
        var after = Ordered.FirstIndex(_starts, start, static (s, start) => s > start);
        return after > 0 && _furthestEnds[after - 1] >= end;
    }
}
