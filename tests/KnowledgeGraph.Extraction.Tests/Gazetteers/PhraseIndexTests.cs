using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Tests.Gazetteers;

public class PhraseIndexTests
{
    [Theory]
    [InlineData("البيت", true)]
    [InlineData("والبيت", true)]
    [InlineData("الأبيض", false)]
    [InlineData("،", false)]
    public void MayStartWith_is_true_only_of_a_first_word_with_or_without_proclitics(string word, bool expected)
    {
        var index = new PhraseIndex<string>();
        index.Add("البيت الأبيض", "White House");

        Assert.Equal(expected, index.MayStartWith(Tokenizer.Tokenize(word)[0]));
    }

    [Fact]
    public void Lists_of_different_kinds_each_answer_for_themselves_about_the_same_words()
    {
        // A word's answers are kept with its spelling, one place a list: two lists must not share one, even lists of
        // value types no other list of the process has (a count kept in the generic class would start anew for each).
        var posts = new PhraseIndex<ConsoleColor>();
        posts.Add("نائب القنصل", ConsoleColor.Blue);
        var ranks = new PhraseIndex<DateTimeKind>();
        ranks.Add("عريف أول", DateTimeKind.Local);
        var tokens = Tokenizer.Tokenize("نائب القنصل عريف أول");

        for (var round = 0; round < 2; round++)
        {
            Assert.True(posts.TryMatch(tokens, 0, true, out _, out _, out _));
            Assert.False(ranks.MayStartWith(tokens[0]));
            Assert.True(ranks.TryMatch(tokens, 2, true, out _, out _, out _));
            Assert.False(posts.MayStartWith(tokens[2]));
        }
    }

    [Fact]
    public void A_phrase_added_after_its_first_word_was_asked_about_is_found()
    {
        var index = new PhraseIndex<string>();
        index.Add("قائد الحرس", "Guard Commander");
        var tokens = Tokenizer.Tokenize("رئيس الأركان");
        Assert.False(index.TryMatch(tokens, 0, true, out _, out _, out _));

        index.Add("رئيس الأركان", "Chief of Staff");

        Assert.True(index.TryMatch(tokens, 0, true, out var english, out var end, out _));
        Assert.Equal(("Chief of Staff", 2), (english, end));
    }
}
