using System.Text.Json;
using KnowledgeGraph.Ingestion.Pipeline;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Ingestion.Tests;

public sealed class IngestPipelineTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kg-pipeline-").FullName;

    private async Task<SqliteGraphStore> IngestAsync(params object[] articles)
    {
        var input = Path.Combine(_folder, $"in-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllLinesAsync(input, articles.Select(a => JsonSerializer.Serialize(a)));
        var store = new SqliteGraphStore(new SqliteStoreOptions(Path.Combine(_folder, "kg.db")));
        await store.InitializeAsync();
        await new IngestPipeline(store, new IngestOptions { RejectsPath = Path.Combine(_folder, "rejects.jsonl") }).RunAsync([input], progress: null);
        return store;
    }

    [Fact]
    public async Task An_Arabic_and_an_English_report_of_one_meeting_give_one_meeting_with_both_articles()
    {
        await using var store = await IngestAsync(
            new { id = "ar", language = "ar", published = "2025-03-12", text = "القاهرة – التقى وزير الخارجية الأردني أيمن الصفدي، أمس الثلاثاء في القاهرة، وزير الخارجية المصري بدر عبد العاطي." },
            new { id = "en", language = "en", published = "2025-03-12", text = "CAIRO, March 12 – Jordanian Foreign Minister Ayman Safadi met Egyptian Foreign Minister Badr Abdelatty in Cairo on Tuesday." });
        var stats = await store.GetStatsAsync();
        Assert.Equal(2, stats.Articles);
        Assert.Equal(2, stats.Persons);
        Assert.Equal(1, stats.Meetings);
        var arabic = await store.PersonsOfArticleAsync("ar");
        var english = await store.PersonsOfArticleAsync("en");
        Assert.Equal(arabic.Select(p => p.Key).Order(), english.Select(p => p.Key).Order());
    }

    [Fact]
    public async Task A_later_run_recognises_the_persons_an_earlier_run_stored()
    {
        await (await IngestAsync(new { id = "a1", published = "2025-03-12", text = "استقبل وزير الخارجية الأردني أيمن الصفدي وفدا قطريا." })).DisposeAsync();
        await using var store = await IngestAsync(new { id = "a2", language = "en", published = "2025-03-13", text = "Jordan's Foreign Minister Ayman Safadi received a Qatari delegation." });
        Assert.Equal(1, (await store.GetStatsAsync()).Persons);
    }

    [Fact]
    public async Task Namesakes_of_different_states_stay_two_persons()
    {
        await using var store = await IngestAsync(
            new { id = "a1", published = "2025-03-12", text = "استقبل وزير الخارجية التونسي محمد علي النفطي وفدا قطريا." },
            new { id = "a2", published = "2025-03-12", text = "استقبل وزير الصحة المصري محمد علي النفطي وفدا كويتيا." });
        Assert.Equal(2, (await store.GetStatsAsync()).Persons);
    }

    [Fact]
    public async Task A_name_short_full_with_title_and_family_and_in_english_is_one_person()
    {
        await using var store = await IngestAsync(
            new { id = "a1", published = "2025-03-12", text = "استقبل وزير الخارجية الأردني أيمن الصفدي في عمان اليوم وزير الخارجية السعودي فيصل بن فرحان." },
            new { id = "a2", published = "2025-03-14", text = "استقبل صاحب السمو الأمير فيصل بن فرحان آل سعود وزير الخارجية في الرياض اليوم نظيره الأردني أيمن الصفدي." },
            new { id = "a3", language = "en", published = "2025-03-16", text = "Prince Faisal bin Farhan met Jordanian Foreign Minister Ayman Safadi in Riyadh on Sunday." });
        Assert.Equal(2, (await store.GetStatsAsync()).Persons);
    }

    [Fact]
    public async Task Two_men_of_one_state_who_share_their_fathers_name_stay_two_persons()
    {
        await using var store = await IngestAsync(
            new { id = "a1", published = "2025-03-12", text = "استقبل رئيس الدولة الشيخ محمد بن زايد آل نهيان في أبوظبي اليوم الرئيس المصري عبد الفتاح السيسي." },
            new { id = "a2", published = "2025-03-13", text = "التقى وزير الخارجية الإماراتي الشيخ عبدالله بن زايد آل نهيان في القاهرة اليوم الرئيس المصري عبد الفتاح السيسي." },
            new { id = "a3", language = "en", published = "2025-03-14", text = "UAE Foreign Minister Sheikh Abdullah bin Zayed met Egyptian President Abdel Fattah al-Sisi in Cairo on Friday." });
        Assert.Equal(3, (await store.GetStatsAsync()).Persons);
    }

    [Fact]
    public async Task Reports_of_the_same_people_under_new_ids_add_no_person_nodes()
    {
        // "King Abdullah": a one-word name is recognised again too, when nothing contradicts it.
        const string text = "Jordan's King Abdullah met Palestinian President Mahmoud Abbas in Amman on Sunday.";
        await using var store = await IngestAsync(
            new { id = "r1", language = "en", published = "2025-03-12", text },
            new { id = "r2", language = "en", published = "2025-03-12", text = text + " (updated)" },
            new { id = "r3", language = "en", published = "2025-03-13", text = "Jordan's King Abdullah received Palestinian President Mahmoud Abbas again on Monday." });
        var stats = await store.GetStatsAsync();
        Assert.Equal(3, stats.Articles);
        Assert.Equal(2, stats.Persons);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
