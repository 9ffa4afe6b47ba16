using KnowledgeGraph.Extraction.Caching;

namespace KnowledgeGraph.Extraction.Tests.Caching;

public class SpanMemoTests
{
    [Fact]
    public void A_text_read_from_different_places_is_computed_once()
    {
        var memo = new SpanMemo<string>(10);
        var calls = 0;
        string Upper(string word)
        {
            calls++;
            return word.ToUpperInvariant();
        }
        var text = "talks and talks";

        var first = memo.Get(text.AsSpan(0, 5), Upper);
        var second = memo.Get(text.AsSpan(10, 5), Upper);

        Assert.Equal("TALKS", first);
        Assert.Same(first, second);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void Past_its_bound_the_memo_forgets_what_it_kept()
    {
        var memo = new SpanMemo<int>(2);
        var calls = 0;
        int Length(string word)
        {
            calls++;
            return word.Length;
        }

        memo.Get("a", Length);
        memo.Get("bb", Length);
        memo.Get("ccc", Length);
        Assert.Equal(3, memo.Get("ccc", Length));
        Assert.Equal(1, memo.Get("a", Length));
        Assert.Equal(4, calls);
    }
}
