using KnowledgeGraph.Extraction.Caching;

namespace KnowledgeGraph.Extraction.Tests.Caching;

public class BoundedMemoTests
{
    [Fact]
    public void An_answer_is_computed_once_and_then_remembered()
    {
        var memo = new BoundedMemo<string, int>(10, StringComparer.Ordinal);
        var calls = 0;
        int Length(string word, int _)
        {
            calls++;
            return word.Length;
        }

        Assert.Equal(4, memo.Get("سلام", 0, Length));
        Assert.Equal(4, memo.Get("سلام", 0, Length));
        Assert.Equal(1, calls);
    }

    [Fact]
    public void Past_its_bound_the_memo_forgets_what_it_kept_and_keeps_the_newest_answer()
    {
        var memo = new BoundedMemo<int, int>(3);
        var calls = new List<int>();
        int Square(int n, int _)
        {
            calls.Add(n);
            return n * n;
        }

        for (var n = 1; n <= 4; n++)
        {
            memo.Get(n, 0, Square);
        }
        // The fourth answer overflowed the bound: 1 to 3 were forgotten, 4 is kept.
        Assert.Equal(16, memo.Get(4, 0, Square));
        Assert.Equal(1, memo.Get(1, 0, Square));
        Assert.Equal([1, 2, 3, 4, 1], calls);
    }

    [Fact]
    public void Forget_makes_the_next_question_compute_again()
    {
        var memo = new BoundedMemo<int, int>(3);
        var calls = 0;
        memo.Get(7, 0, (n, _) => ++calls);
        memo.Forget();
        memo.Get(7, 0, (n, _) => ++calls);
        Assert.Equal(2, calls);
    }
}
