using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace KnowledgeGraph.Api.Tests.Worker;

public sealed class QueueWorkerServiceTests
{
    [Fact]
    public async Task With_a_worker_the_mutation_queues_articles_and_the_worker_stores_them()
    {
        await using var host = await ApiHost.StartAsync(worker: true);
        using var http = host.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "writer-key");
        const string mutation = "mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { id status reason } }";
        var article = new { id = "q1", published = "2025-03-12", language = "ar", text = "التقى وزير الخارجية الأردني أيمن الصفدي، أمس الثلاثاء في القاهرة، وزير الخارجية المصري بدر عبد العاطي." };
        using var response = await http.PostAsJsonAsync("/graphql", new { query = mutation, variables = new { a = new object[] { article, new { id = "q2", published = "soon", text = "x" } } } });
        var outcomes = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("data").GetProperty("ingestArticles");
        Assert.Equal(["queued", "rejected"], outcomes.EnumerateArray().Select(o => o.GetProperty("status").GetString()));

        var graphql = new GraphQLClient(host.CreateClient());
        var clock = Stopwatch.StartNew();
        while ((await graphql.QueryAsync("""{ article(id: "q1") { id } }""")).GetProperty("article").ValueKind == JsonValueKind.Null)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "the worker did not store the queued article");
            await Task.Delay(50);
        }
        using var again = await http.PostAsJsonAsync("/graphql", new { query = mutation, variables = new { a = new[] { article } } });
        Assert.Equal("duplicate", JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("data").GetProperty("ingestArticles")[0].GetProperty("status").GetString());

        // The queue's depth and dead letters are gauges.
        var gauges = new Dictionary<string, double>();
        using var listener = new System.Diagnostics.Metrics.MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Name.StartsWith("kg.queue.", StringComparison.Ordinal))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => gauges[instrument.Name] = value);
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => gauges[instrument.Name] = value);
        listener.Start();
        listener.RecordObservableInstruments();
        Assert.Equal(["kg.queue.dead_letters", "kg.queue.delayed", "kg.queue.lag", "kg.queue.leased", "kg.queue.ready"], gauges.Keys.Order());
        Assert.Equal(0, gauges["kg.queue.ready"]);
    }
}
