using KnowledgeGraph.Domain;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Gazetteers;

namespace KnowledgeGraph.Resolution.Tests;

/// <summary>Articles written for these tests, extracted with the shipped extractor and resolved by one resolver in turn.</summary>
public class GraphResolverTests
{
    private readonly GraphResolver _resolver = new(Gazetteer.Default);
    private readonly ArticleExtractor _extractor = new();

    private IReadOnlyList<string> PersonKeys(string id, string text, string? language = null)
    {
        var article = new Article(id, text, new DateOnly(2025, 3, 12), language);
        return [.. _resolver.Resolve(article, _extractor.Extract(article), "hash-" + id).Persons.Select(p => p.Key)];
    }

    [Theory]
    [InlineData("وأكد الصفدي أهمية التعاون مع مصر.", "ar")]
    [InlineData("Jordanian Foreign Minister Safadi stressed the importance of cooperation with Egypt.", "en")]
    public void A_public_figures_lone_surname_joins_the_figure_already_known(string text, string language)
    {
        var full = Assert.Single(PersonKeys("a1", "التقى وزير الخارجية الأردني أيمن الصفدي، أمس الثلاثاء في القاهرة، وزير الخارجية المصري بدر عبد العاطي."), k => k.Contains("safadi", StringComparison.Ordinal));
        Assert.Equal([full], PersonKeys("a2", text, language));
    }

    [Fact]
    public void A_listed_figures_english_name_cut_short_joins_the_figure_named_in_full_in_arabic()
    {
        var erdogan = Assert.Single(PersonKeys("a1", "استقبل الرئيس التركي رجب طيب أردوغان أمس في أنقرة نظيره الأذربيجاني إلهام علييف."), k => k.Contains("erdogan", StringComparison.Ordinal));
        Assert.Contains(erdogan, PersonKeys("a2", "The crown prince later received Turkish President Tayyip Erdogan's envoy, Turkish intelligence chief Ibrahim Kalin.", "en"));
    }

    [Fact]
    public void An_english_report_joins_the_person_an_arabic_one_spelt_in_latin_letters_in_brackets()
    {
        var arabic = Assert.Single(PersonKeys("a1", "والتقى وزير الخارجية يوناس غار ستوره ( Jonas Gahr Store ) نظيره المصري في القاهرة ."));
        Assert.Equal([arabic], PersonKeys("a2", "Norwegian Foreign Minister Jonas Gahr Store met his Egyptian counterpart in Cairo.", "en"));
    }

    [Fact]
    public void A_lone_surname_comes_first_and_the_full_name_later_joins_it()
    {
        var lone = Assert.Single(PersonKeys("a1", "وأكد الصفدي أهمية التعاون مع مصر."));
        Assert.Contains(lone, PersonKeys("a2", "التقى وزير الخارجية الأردني أيمن الصفدي، أمس الثلاثاء في القاهرة، وزير الخارجية المصري بدر عبد العاطي."));
    }

    [Fact]
    public void A_lineage_alone_joins_the_one_figure_whose_name_ends_with_it_and_not_one_of_two()
    {
        var faisal = Assert.Single(PersonKeys("a1", "التقى وزير الخارجية السعودي الأمير فيصل بن فرحان أمس في الرياض نظيره الأردني أيمن الصفدي."), k => k.Contains("faisal", StringComparison.Ordinal));
        Assert.Contains(faisal, PersonKeys("a2", "بن فرحان يبحث مع روبيو هاتفيا تطورات المنطقة"));
        // Khalifa, Mohamed, Abdullah and Tahnoun bin Zayed, and Khaled bin Mohamed bin Zayed.
        Assert.Equal(5, Gazetteer.Default.FiguresEndingWith["بن زايد"].Count);
        var mbz = Assert.Single(PersonKeys("a3", "استقبل رئيس دولة الإمارات الشيخ محمد بن زايد أمس في أبوظبي الرئيس الأوكراني فولوديمير زيلينسكي."), k => k.Contains("zayed", StringComparison.Ordinal));
        Assert.DoesNotContain(mbz, PersonKeys("a4", "وقال بن زايد إن العلاقات بين البلدين متينة."));
    }

    [Fact]
    public void A_surname_the_gazetteer_gives_to_two_figures_is_not_linked_to_either()
    {
        Assert.Null(Gazetteer.Default.FigureBySurname["الاسد"]);
        var bashar = Assert.Single(PersonKeys("a1", "وقال الرئيس السوري بشار الأسد إن بلاده تدعم الحوار."));
        Assert.DoesNotContain(bashar, PersonKeys("a2", "وقال الأسد إن بلاده تدعم الحوار."));
    }

    [Fact]
    public void Two_reports_of_delegations_meeting_with_no_one_named_are_one_meeting()
    {
        string Key(string id, string text, string language)
        {
            var article = new Article(id, text, new DateOnly(2025, 2, 3), language);
            var meeting = Assert.Single(_resolver.Resolve(article, _extractor.Extract(article), "hash-" + id).Meetings);
            Assert.Empty(meeting.Participants);
            return meeting.Key;
        }
        var english = Key("d1", "KHARTOUM, Feb 3 (Reuters) - Sudanese and Egyptian delegations held talks in Khartoum on Monday on the waters of the Nile.", "en");
        Assert.Equal(english, Key("d2", "الخرطوم - عقد وفدا مصر والسودان اليوم الاثنين جولة ثانية من المباحثات في الخرطوم حول مياه النيل.", "ar"));
    }
}
