using KnowledgeGraph.Domain;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Resolution;

namespace KnowledgeGraph.Storage.Neo4j.Tests;

/// <summary>What every store must do; each store's test class runs these against a real server or file.</summary>
public abstract class GraphStoreContract
{
    protected const string Meeting = "التقى وزير الخارجية الأردني أيمن الصفدي، أمس الثلاثاء في القاهرة، وزير الخارجية المصري بدر عبد العاطي.";

    protected abstract Task<IGraphStore> OpenAsync();

    protected static ArticleGraph Graph(string id, string text, string published = "2025-03-12")
    {
        var article = new Article(id, text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), "ar");
        return new GraphResolver(Gazetteer.Default).Resolve(article, new ArticleExtractor().Extract(article), "hash-" + id);
    }

    [Fact]
    public async Task A_new_store_is_empty_and_initialising_again_is_harmless()
    {
        await using var store = await OpenAsync();
        await store.InitializeAsync();
        Assert.Equal(new GraphStats(0, 0, 0, 0, 0), await store.GetStatsAsync());
    }

    [Fact]
    public async Task Writing_the_same_article_twice_changes_nothing()
    {
        await using var store = await OpenAsync();
        Assert.Equal(1, await store.WriteAsync([Graph("a1", Meeting)]));
        var first = await store.GetStatsAsync();
        Assert.Equal(0, await store.WriteAsync([Graph("a1", Meeting)]));
        Assert.Equal(first, await store.GetStatsAsync());
        Assert.Equal(new GraphStats(2, 2, 2, 1, 1), first);
    }

    [Fact]
    public async Task The_same_meeting_in_two_articles_is_one_node()
    {
        await using var store = await OpenAsync();
        await store.WriteAsync([Graph("a1", Meeting), Graph("a2", "القاهرة – " + Meeting + " وقال الصفدي إن اللقاء كان مثمرا.")]);
        var stats = await store.GetStatsAsync();
        Assert.Equal((2L, 2L, 1L), (stats.Articles, stats.Persons, stats.Meetings));
    }

    [Fact]
    public async Task Aliases_accumulate_and_the_fullest_name_wins()
    {
        await using var store = await OpenAsync();
        var first = Graph("a1", Meeting);
        var key = first.Persons[0].Key;
        await store.WriteAsync([first]);
        await store.WriteAsync([Graph("a2", "استقبل وزير الخارجية الأردني أيمن الصفدي وفدا قطريا. وأكد الصفدي أهمية التعاون.")]);
        var person = await store.FindPersonAsync(key);
        Assert.NotNull(person);
        Assert.Equal("أيمن الصفدي", person.Name);
        Assert.Contains("الصفدي", person.Aliases);
        Assert.Equal(["JO"], person.Countries);
    }

    [Fact]
    public async Task Meetings_of_a_person_list_participants_date_and_place()
    {
        await using var store = await OpenAsync();
        var graph = Graph("a1", Meeting);
        await store.WriteAsync([graph]);
        var meeting = Assert.Single(await store.MeetingsOfAsync(graph.Persons[0].Key));
        Assert.Equal(("2025-03-11", "day", "Cairo", "EG"), (meeting.Date, meeting.DatePrecision, meeting.City, meeting.Country));
        Assert.Equal(graph.Persons.Select(p => p.Key).Order(StringComparer.Ordinal), meeting.Participants);
        Assert.Equal(MeetingKind.Meeting, meeting.Kind);
    }

    [Fact]
    public async Task Persons_of_an_article_and_all_persons_and_meetings_are_readable()
    {
        await using var store = await OpenAsync();
        var graph = Graph("a1", Meeting);
        await store.WriteAsync([graph]);
        Assert.Equal(graph.Persons.Select(p => p.Key).Order(StringComparer.Ordinal), (await store.PersonsOfArticleAsync("a1")).Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(2, await store.PersonsAsync().CountAsync());
        Assert.Equal(1, await store.MeetingsAsync().CountAsync());
        Assert.Equal(["a1"], await store.ExistingArticlesAsync(["a1", "a2"]));
    }
}
