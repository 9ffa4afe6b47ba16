using KnowledgeGraph.Extraction.Recognition;

namespace KnowledgeGraph.Extraction.Tests.Recognition;

public class SpanCoverTests
{
    [Theory]
    [InlineData(3, 4, true)]    // within (2, 6)
    [InlineData(2, 6, true)]    // the range itself
    [InlineData(10, 11, true)]  // within (0, 12), which an earlier, shorter range does not hide
    [InlineData(5, 13, false)]  // runs past every range that starts before it
    [InlineData(20, 21, true)]  // within (20, 25)
    [InlineData(19, 21, false)] // starts before (20, 25), after (0, 12) has ended
    [InlineData(26, 27, false)] // after every range
    public void Covers_answers_as_a_pass_over_every_range_would(int start, int end, bool covered)
    {
        (int, int)[] ranges = [(20, 25), (2, 6), (0, 12)];
        var cover = new SpanCover(ranges);

        Assert.Equal(covered, cover.Covers(start, end));
        Assert.Equal(ranges.Any(r => r.Item1 <= start && end <= r.Item2), cover.Covers(start, end));
    }

    [Fact]
    public void No_range_covers_nothing() => Assert.False(new SpanCover([]).Covers(0, 0));
}
