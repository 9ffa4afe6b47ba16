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
}
