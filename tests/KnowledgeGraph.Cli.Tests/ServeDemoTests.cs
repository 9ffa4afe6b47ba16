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
        Assert.Contains($"loaded {File.ReadLines(Kg.DemoSamples).Count()} sample articles", server.Output, StringComparison.Ordinal);
        Assert.Contains($"the web app on {server.Address.ToString().TrimEnd('/')}/", server.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_KG_LOG_FORMAT_json_the_logs_are_JSON_lines_and_a_bad_setting_stops_the_start_with_its_name()
    {
        using var kg = new Kg();
        await using (var server = await KgServer.StartAsync(kg, new Dictionary<string, string> { ["KG_LOG_FORMAT"] = "json" }))
        {
            var logs = server.Output.Split('\n').Where(l => l.StartsWith('{')).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Contains(logs, l => l.GetProperty("Category").GetString() == "Microsoft.Hosting.Lifetime");
        }
        var refused = await kg.RunAsync(new Dictionary<string, string> { ["KG_LOG_FORMAT"] = "xml" }, "serve", "--urls", $"http://127.0.0.1:{KnowledgeGraph.Tests.Shared.Ports.Free()}");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("KG_LOG_FORMAT must be text or json, not 'xml'", refused.Err, StringComparison.Ordinal);
    }
}
