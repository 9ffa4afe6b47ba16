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
}
