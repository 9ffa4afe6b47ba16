using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Recognition;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Tests.Recognition;

public class TextContextTests
{
    [Fact]
    public void SentenceTokens_gives_each_sentences_tokens_and_an_empty_range_past_the_last()
    {
        const string text = "Rubio met Lavrov. They talked.\nNo deal";
        var context = new TextContext(text, Tokenizer.Tokenize(text), Gazetteer.Default);

        for (var s = 0; s <= 2; s++)
        {
            var (start, end) = context.SentenceTokens(s);
            Assert.Equal(Enumerable.Range(0, context.Tokens.Count).Where(k => context.Tokens[k].Sentence == s), Enumerable.Range(start, end - start));
        }
        Assert.Equal((context.Tokens.Count, context.Tokens.Count), context.SentenceTokens(3));
    }

    [Fact]
    public void IsGivenName_answers_each_spelling_for_itself_however_often_it_is_asked()
    {
        // «على» (on) and «علي» (Ali) normalise alike; what is kept of one spelling must not answer for the other.
        const string text = "سلم على الوزير ثم سافر علي إلى عمان";
        var context = new TextContext(text, Tokenizer.Tokenize(text), Gazetteer.Default);
        var on = context.Tokens.Single(t => t.Text == "على");
        var ali = context.Tokens.Single(t => t.Text == "علي");

        for (var round = 0; round < 2; round++)
        {
            Assert.False(context.IsGivenName(on));
            Assert.True(context.IsGivenName(ali));
        }
    }

    [Fact]
    public void IsArabicStopWithClitics_reads_and_where_by_its_hamza_and_Wayne_without_it()
    {
        const string text = "وأين كان واين";
        var context = new TextContext(text, Tokenizer.Tokenize(text), Gazetteer.Default);

        Assert.True(context.IsArabicStopWithClitics(context.Tokens.Single(t => t.Text == "وأين")));
        Assert.False(context.IsArabicStopWithClitics(context.Tokens.Single(t => t.Text == "واين")));
    }

    [Fact]
    public void HyphenInWord_is_true_only_for_a_hyphen_with_no_space_on_either_side()
    {
        const string text = "a two-day visit - and a three -day one";
        var context = new TextContext(text, Tokenizer.Tokenize(text), Gazetteer.Default);
        var hyphens = Enumerable.Range(0, context.Tokens.Count).Where(k => context.Tokens[k].Text == "-").ToList();

        Assert.Equal([true, false, false], hyphens.Select(context.HyphenInWord));
    }
}
