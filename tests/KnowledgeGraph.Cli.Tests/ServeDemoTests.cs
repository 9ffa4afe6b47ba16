using System.Net;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Cli.Tests;

public sealed class ServeDemoTests
{
    [Fact]
    public async Task Serve_demo_loads_the_sample_articles_into_an_empty_store_and_answers_about_them()
    {
        using var kg = new Kg();
        await using var server = await KgServer.StartAsync(kg, null, "--demo");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var answer = await http.PostAsync(server.GraphQL,
            new StringContent("""{"query":"{ person(name: \"Ayman Safadi\") { name } articlePersons(id: \"sample-001\") { name } }"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var data = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("data");
        Assert.Equal(2, data.GetProperty("articlePersons").GetArrayLength());
        Assert.Equal("أيمن الصفدي", data.GetProperty("person").GetProperty("name").GetString());
        Assert.Contains("loaded 4 sample articles", server.Output, StringComparison.Ordinal);
    }
}
