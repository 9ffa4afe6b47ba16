using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Tests.Text;

public class ArabicTextTests
{
    [Theory]
    [InlineData("أحمد", "احمد")]
    [InlineData("إبراهيم", "ابراهيم")]
    [InlineData("مُحَمَّد", "محمد")]
    [InlineData("الـــرئيس", "الرييس")]
    [InlineData("مصطفى", "مصطفي")]
    [InlineData("الداخلية", "الداخليه")]
    [InlineData("٢٠٢٥", "2025")]
    [InlineData("Anas", "anas")]
    public void Normalize_folds_spelling_variants(string input, string expected) =>
        Assert.Equal(expected, ArabicText.Normalize(input));

    [Fact]
    public void WithoutProclitics_offers_the_word_behind_conjunction_and_preposition()
    {
        Assert.Contains("دمشق", ArabicText.WithoutProclitics("بدمشق"));
        Assert.Contains("الامير", ArabicText.WithoutProclitics("بالامير"));
        Assert.Contains("العاصمه", ArabicText.WithoutProclitics("للعاصمه"));
        Assert.Contains("الامير", ArabicText.WithoutProclitics("وبالامير"));
    }
}
