using System.Text.Json;
using KnowledgeGraph.Ingestion.Pipeline;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Storage.Neo4j.Tests;

/// <summary>The evaluation articles ingested into SQLite and into Neo4j give the same counts and the same answers to every read.</summary>
[Collection(Neo4jCollection.Name)]
public sealed class ParityTests(Neo4jServerFixture server) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kg-parity-").FullName;

    [Fact]
    public async Task Sqlite_and_Neo4j_hold_the_same_graph_after_the_same_ingest()
    {
        var input = Path.Combine(_folder, "dev.jsonl");
        await File.WriteAllLinesAsync(input, Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Data", "dev"), "*.json").Order(StringComparer.Ordinal)
            .Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement)
            .Select(c => JsonSerializer.Serialize(new
            {
                id = c.GetProperty("id").GetString(), language = c.GetProperty("language").GetString(),
                published = c.GetProperty("published").GetString(), text = c.GetProperty("text").GetString(),
            })));
        await server.ClearAsync();
        var neo4jOptions = new Neo4jOptions { Uri = server.Uri };
        await using var neo4j = new Neo4jGraphStore(new Neo4jHttpClient(neo4jOptions), neo4jOptions);
        await using var sqlite = new SqliteGraphStore(new SqliteStoreOptions(Path.Combine(_folder, "kg.db")));
        foreach (var store in new IGraphStore[] { sqlite, neo4j })
        {
            await store.InitializeAsync();
            await new IngestPipeline(store, new IngestOptions { RejectsPath = Path.Combine(_folder, "rejects.jsonl"), BatchSize = 7 }).RunAsync([input], null);
        }

        Assert.Equal(await sqlite.GetStatsAsync(), await neo4j.GetStatsAsync());
        var persons = await sqlite.PersonsAsync().ToListAsync();
        Assert.NotEmpty(persons);
        foreach (var person in persons)
        {
            var other = await neo4j.FindPersonAsync(person.Key);
            Assert.NotNull(other);
            Assert.Equal((person.Name, person.NameEn), (other.Name, other.NameEn));
            Assert.Equal(person.Aliases.Order(StringComparer.Ordinal), other.Aliases.Order(StringComparer.Ordinal));
            Assert.Equal(person.Countries, other.Countries);
            var a = (await sqlite.MeetingsOfAsync(person.Key)).OrderBy(m => m.Key, StringComparer.Ordinal).ToList();
            var b = (await neo4j.MeetingsOfAsync(person.Key)).OrderBy(m => m.Key, StringComparer.Ordinal).ToList();
            Assert.Equal(a.Select(Describe), b.Select(Describe));
        }
        foreach (var id in new[] { "seed-001", "dev-004", "dev-013" })
        {
            Assert.Equal((await sqlite.PersonsOfArticleAsync(id)).Select(p => p.Key).Order(StringComparer.Ordinal),
                (await neo4j.PersonsOfArticleAsync(id)).Select(p => p.Key).Order(StringComparer.Ordinal));
        }
    }

    private static string Describe(MeetingRecord m) =>
        $"{m.Key} {m.Kind} {m.Date} {m.DatePrecision} {m.City} {m.Country} [{string.Join(',', m.Participants)}] [{string.Join(',', m.Delegations)}]";

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
