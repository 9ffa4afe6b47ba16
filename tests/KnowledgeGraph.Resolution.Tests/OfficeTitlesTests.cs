namespace KnowledgeGraph.Resolution.Tests;

public class OfficeTitlesTests
{
    [Theory]
    [InlineData("Foreign Minister", "Minister of Foreign Affairs")]
    [InlineData("Minister of Foreign Affairs", "Minister of Foreign Affairs")]
    [InlineData("Defence Minister", "Minister of Defense")]
    [InlineData("Minister of the Interior", "Minister of Interior")]
    [InlineData("Interior Minister", "Minister of Interior")]
    [InlineData("Deputy Foreign Minister", "Deputy Minister of Foreign Affairs")]
    [InlineData("Prime Minister", "Prime Minister")]
    [InlineData("Deputy Prime Minister", "Deputy Prime Minister")]
    [InlineData("Emir", "Emir")]
    public void Canonical_gives_one_title_per_post(string title, string canonical) =>
        Assert.Equal(canonical, OfficeTitles.Canonical(title));

    [Fact]
    public void An_English_and_an_Arabic_report_of_a_foreign_minister_give_one_office()
    {
        var resolver = new GraphResolver(KnowledgeGraph.Extraction.Gazetteers.Gazetteer.Default);
        var extractor = new KnowledgeGraph.Extraction.ArticleExtractor();
        KnowledgeGraph.Storage.ArticleGraph Resolve(string id, string text, string language)
        {
            var article = new KnowledgeGraph.Domain.Article(id, text, new DateOnly(2025, 3, 12), language);
            return resolver.Resolve(article, extractor.Extract(article), "hash-" + id);
        }
        var arabic = Resolve("a1", "التقى وزير الخارجية الأردني أيمن الصفدي، أمس الثلاثاء في القاهرة، وزير الخارجية المصري بدر عبد العاطي.", "ar");
        var english = Resolve("a2", "AMMAN, March 12 – Jordanian Foreign Minister Ayman Safadi met Egyptian Foreign Minister Badr Abdelatty in Cairo on Tuesday.", "en");
        Assert.Equal(arabic.Offices.Select(o => o.Key).Order(), english.Offices.Select(o => o.Key).Order());
        Assert.All(english.Offices, o => Assert.Equal("Minister of Foreign Affairs", o.Title));
    }
}
