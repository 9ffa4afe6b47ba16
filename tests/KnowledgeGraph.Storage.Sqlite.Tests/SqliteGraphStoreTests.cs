using KnowledgeGraph.Domain;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Resolution;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

public class SqliteGraphStoreTests
{
    private static ArticleGraph Graph(string id, string text, string published = "2025-03-12")
    {
        var article = new Article(id, text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), "ar");
        return new GraphResolver(Gazetteer.Default).Resolve(article, new ArticleExtractor().Extract(article), "hash-" + id);
    }

    private const string Meeting = "التقى وزير الخارجية الأردني أيمن الصفدي، أمس الثلاثاء في القاهرة، وزير الخارجية المصري بدر عبد العاطي.";

    [Fact]
    public async Task Initialize_creates_the_file_and_its_folder_and_can_run_again()
    {
        using var db = new TempDatabase();
        await using (var store = new SqliteGraphStore(new SqliteStoreOptions(db.Path)))
        {
            await store.InitializeAsync();
        }
        await using var again = new SqliteGraphStore(new SqliteStoreOptions(db.Path));
        await again.InitializeAsync();
        Assert.True(File.Exists(db.Path));
        Assert.Equal(new GraphStats(0, 0, 0, 0, 0), await again.GetStatsAsync());
    }

    [Fact]
    public async Task Writing_the_same_article_twice_changes_nothing()
    {
        using var db = new TempDatabase();
        await using var store = new SqliteGraphStore(new SqliteStoreOptions(db.Path));
        await store.InitializeAsync();
        Assert.Equal(1, await store.WriteAsync([Graph("a1", Meeting)]));
        var first = await store.GetStatsAsync();
        Assert.Equal(0, await store.WriteAsync([Graph("a1", Meeting)]));
        Assert.Equal(first, await store.GetStatsAsync());
        Assert.Equal(new GraphStats(2, 2, 2, 1, 1), first);
    }

    [Fact]
    public async Task The_same_person_and_meeting_in_two_articles_is_one_node_with_both_articles()
    {
        using var db = new TempDatabase();
        await using var store = new SqliteGraphStore(new SqliteStoreOptions(db.Path));
        await store.InitializeAsync();
        await store.WriteAsync([Graph("a1", Meeting), Graph("a2", "القاهرة – " + Meeting + " وقال الصفدي إن اللقاء كان مثمرا.")]);
        var stats = await store.GetStatsAsync();
        Assert.Equal(2, stats.Articles);
        Assert.Equal(2, stats.Persons);
        Assert.Equal(1, stats.Meetings);
    }

    [Fact]
    public async Task Aliases_accumulate_across_articles()
    {
        using var db = new TempDatabase();
        await using var store = new SqliteGraphStore(new SqliteStoreOptions(db.Path));
        await store.InitializeAsync();
        var first = Graph("a1", Meeting);
        var key = first.Persons[0].Key;
        await store.WriteAsync([first]);
        await store.WriteAsync([Graph("a2", "استقبل وزير الخارجية الأردني أيمن الصفدي وفدا قطريا. وأكد الصفدي أهمية التعاون.")]);
        var person = await store.FindPersonAsync(key);
        Assert.NotNull(person);
        Assert.Contains("الصفدي", person.Aliases);
        Assert.Equal(["JO"], person.Countries);
    }

    [Fact]
    public async Task Meetings_of_a_person_list_participants_and_place()
    {
        using var db = new TempDatabase();
        await using var store = new SqliteGraphStore(new SqliteStoreOptions(db.Path));
        await store.InitializeAsync();
        var graph = Graph("a1", Meeting);
        await store.WriteAsync([graph]);
        var meeting = Assert.Single(await store.MeetingsOfAsync(graph.Persons[0].Key));
        Assert.Equal("2025-03-11", meeting.Date);
        Assert.Equal("Cairo", meeting.City);
        Assert.Equal(2, meeting.Participants.Count);
    }

    [Fact]
    public void A_directory_as_database_path_is_refused_with_a_clear_message()
    {
        using var db = new TempDatabase();
        var ex = Assert.Throws<ArgumentException>(() => new SqliteGraphStore(new SqliteStoreOptions(db.Folder)));
        Assert.Contains("is a directory", ex.Message);
    }
}
