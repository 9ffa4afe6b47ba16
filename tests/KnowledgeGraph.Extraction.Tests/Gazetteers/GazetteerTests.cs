using KnowledgeGraph.Extraction.Gazetteers;

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
}
