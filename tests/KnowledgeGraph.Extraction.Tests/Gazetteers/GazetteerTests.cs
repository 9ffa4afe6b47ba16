using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Tests.Gazetteers;

public sealed class GazetteerTests
{
    [Fact]
    public void A_public_figure_marked_for_the_rules_is_known_to_the_rules_and_not_to_the_tagger()
    {
        var g = Gazetteer.Default;
        Assert.True(g.PublicFigures.TryGet(Gazetteer.Key("خليل الحية"), out var english));
        Assert.Equal("Khalil al-Hayya", english);
        Assert.False(g.TaggerFigures.TryGet(Gazetteer.Key("خليل الحية"), out _));
        Assert.True(g.FigureSurnames.ContainsKey("الحيه"));
        Assert.DoesNotContain("الحيه", g.TaggerFigureSurnames);
    }

    [Fact]
    public void A_public_figure_of_the_tagger_is_known_to_both()
    {
        var g = Gazetteer.Default;
        Assert.True(g.TaggerFigures.TryGet(Gazetteer.Key("أيمن الصفدي"), out _));
        Assert.Contains("الصفدي", g.TaggerFigureSurnames);
    }

    [Theory]
    [InlineData("الجنوب أفريقي", "ZA")]
    [InlineData("جنوب إفريقية", "ZA")]
    [InlineData("الكوري الشمالي", "KP")]
    [InlineData("الكورية الجنوبية", "KR")]
    [InlineData("الكونغولي", "CD")]
    [InlineData("الكوري", "KR")]
    public void A_nisba_for_the_rules_is_a_nationality_of_the_rules_and_not_of_the_tagger(string nisba, string code)
    {
        var g = Gazetteer.Default;
        Assert.True(g.Nationalities.TryGet(Gazetteer.Key(nisba), out var state));
        Assert.Equal(code, state);
        Assert.False(g.TaggerNationalities.TryGet(Gazetteer.Key(nisba), out _));
    }

    [Fact]
    public void A_nisba_the_tagger_was_trained_with_is_known_to_both() =>
        Assert.True(Gazetteer.Default.TaggerNationalities.TryGet(Gazetteer.Key("الأردني"), out _));

    [Theory]
    [InlineData("كوري جنوبي", "الكوري الجنوبي|الكورية الجنوبية|كوريين جنوبيين")]
    [InlineData("جنوب سوداني", "الجنوب سوداني|جنوب سودانية|الجنوب سودانيين")]
    public void NisbaForms_of_two_words_inflect_as_an_adjective_agrees_or_as_a_noun_leads(string stem, string expected)
    {
        var forms = Gazetteer.NisbaForms(stem).ToHashSet();
        Assert.All(expected.Split('|'), f => Assert.Contains(ArabicText.Normalize(f), forms));
        Assert.DoesNotContain("الجنوب السوداني", forms);
    }
}
