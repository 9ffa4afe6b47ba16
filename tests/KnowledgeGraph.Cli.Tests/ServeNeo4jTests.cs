using System.Net.Http.Json;
using System.Text.Json;
using KnowledgeGraph.Storage.Neo4j.Tests;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// The API over the real Neo4j 3.1.1: queries, and subscriptions fed by the change feed that a separate
/// `kg ingest --store neo4j` process writes.
/// </summary>
public sealed class ServeNeo4jTests : KgWithServer<Neo4jServerFixture>
{
    [Fact]
    public async Task A_subscriber_on_a_Neo4j_backed_API_receives_what_another_process_ingests_and_queries_answer()
    {
        string[] store = ["--store", "neo4j", "--neo4j-uri", Server.Uri.ToString()];
        await using var server = await KgServer.StartAsync(Kg, null, store);
        using var subscriber = await KgSubscriber.StartAsync(Kg, server.GraphQL, 1, "subscription { meetingAdded(country: \"EG\") { city participants { name } } }");

        Assert.Equal(0, (await Kg.RunAsync(["ingest", Kg.Samples, .. store])).ExitCode);
        var meeting = Assert.Single(await subscriber.EventsAsync()).GetProperty("meetingAdded");
        Assert.Equal("Cairo", meeting.GetProperty("city").GetString());
        Assert.Equal(2, meeting.GetProperty("participants").GetArrayLength());

        using var http = new HttpClient();
        using var answer = await http.PostAsJsonAsync(server.GraphQL, new
        {
            query = "{ person(name: \"ايمن الصفدي\") { name offices { country } meetings { totalCount items { city } } counterparts { person { name } } } }",
        });
        var person = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("data").GetProperty("person");
        Assert.Equal("أيمن الصفدي", person.GetProperty("name").GetString());
        Assert.Equal("Cairo", person.GetProperty("meetings").GetProperty("items")[0].GetProperty("city").GetString());
        Assert.Equal("بدر عبد العاطي", person.GetProperty("counterparts")[0].GetProperty("person").GetProperty("name").GetString());
    }
}
