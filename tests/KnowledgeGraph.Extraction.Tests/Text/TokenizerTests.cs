using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Tests.Text;

public class TokenizerTests
{
    [Fact]
    public void Tokens_keep_offsets_into_the_original_text_even_with_diacritics()
    {
        const string text = "التقى مُحَمَّد بوفدٍ، أمس.";
        var tokens = Tokenizer.Tokenize(text);
        foreach (var t in tokens)
        {
            Assert.Equal(t.Text, text[t.Start..t.End]);
        }
        Assert.Equal("محمد", tokens[1].Norm);
    }

    [Fact]
    public void A_word_met_again_shares_its_normal_form_and_forms_and_keeps_its_own_offsets()
    {
        const string text = "وبالرياض 1,500 وبالرياض";
        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(["وبالرياض", "بالرياض", "الرياض"], tokens[0].Forms);
        Assert.Same(tokens[0].Forms, tokens[2].Forms);
        Assert.Same(tokens[0].Norm, tokens[2].Norm);
        Assert.Equal(TokenKind.Number, tokens[1].Kind);
        Assert.Equal((15, 23), (tokens[2].Start, tokens[2].End));
    }

    [Fact]
    public void Sentences_end_at_full_stops_and_line_breaks_but_not_after_abbreviations()
    {
        var tokens = Tokenizer.Tokenize("Dr. Smith met the U.S. envoy. He left.\nNext line");
        Assert.Equal(0, tokens.First(t => t.Text == "envoy").Sentence);
        Assert.Equal(1, tokens.First(t => t.Text == "He").Sentence);
        Assert.Equal(2, tokens.First(t => t.Text == "Next").Sentence);
        Assert.Contains(tokens, t => t.Text == "U.S.");
    }

    [Fact]
    public void A_lone_tatweel_used_as_a_dash_is_punctuation_and_every_word_has_letters()
    {
        var tokens = Tokenizer.Tokenize("الخرطوم ـ أكد مجذوب الخليفة ـ في تصريحات أمس ـ أن الوفد وصل. ـــ");
        Assert.All(tokens.Where(t => t.Text.Trim('ـ').Length == 0), t => Assert.Equal(TokenKind.Punct, t.Kind));
        Assert.All(tokens.Where(t => t.IsWord), t => Assert.NotEmpty(t.Norm));
    }
}
