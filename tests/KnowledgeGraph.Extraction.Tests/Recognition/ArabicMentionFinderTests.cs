using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Learning;
using KnowledgeGraph.Extraction.Recognition;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Tests.Recognition;

public class ArabicMentionFinderTests
{
    [Theory]
    [InlineData("بمثابة", true)]
    [InlineData("بدعم", true)]
    [InlineData("بيرت", false)]
    [InlineData("بوتين", false)]
    public void IndefiniteNounBehindPreposition_holds_for_a_word_training_saw_as_ordinary_with_its_preposition_or_without(string word, bool ends)
    {
        // «يحيى بيرت بمثابة مالكولم إكس»: training saw «بمثابة» ("as") often and never in a name, though never «مثابة» alone.
        var context = new TextContext(word, Tokenizer.Tokenize(word), Gazetteer.Default);

        Assert.Equal(ends, ArabicMentionFinder.IndefiniteNounBehindPreposition(context, context.Tokens[0], PersonTagger.Default!.IsCommonWordTest));
    }
}
