using System.Diagnostics;
using System.Text.Json;
using KnowledgeGraph.Storage.Neo4j.Tests;
using KnowledgeGraph.Tests.Synthetic;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>The real Neo4j away for 30 seconds under a running `kg worker`: it pauses and retries, loses nothing, and finishes.</summary>
public sealed class WorkerStoreOutageTests : KgWithServer<Neo4jServerFixture>
{
    [Fact]
    public async Task Workers_pause_while_the_store_is_away_for_30_seconds_and_then_finish_the_queue()
    {
        var input = Path.Combine(Kg.Folder, "articles.jsonl");
        var news = new SyntheticNews(population: 100);
        await File.WriteAllLinesAsync(input, Enumerable.Range(0, 600).Select(news.Line));
        Assert.Equal(0, (await Kg.RunAsync("enqueue", input)).ExitCode);
        string[] store = ["--store", "neo4j", "--neo4j-uri", Server.Uri.ToString()];
        var environment = new Dictionary<string, string> { ["KG_NEO4J_MAX_ATTEMPTS"] = "2", ["KG_NEO4J_TIMEOUT_SECONDS"] = "5" };
        var worker = Kg.RunAsync(environment, ["worker", "--batch-size", "20", "--until-empty", .. store]);

        var clock = Stopwatch.StartNew();
        while (Acknowledged() < 60 && clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(20);
        }
        Server.Kill();
        await Task.Delay(TimeSpan.FromSeconds(30));
        Assert.False(worker.IsCompleted, "the worker waits for the store rather than giving up");
        Assert.True(Acknowledged() < 600, "the outage came before the end of the queue");
        await Server.StartAsync();

        var done = await worker.WaitAsync(TimeSpan.FromMinutes(5));
        Assert.Equal(0, done.ExitCode);
        Assert.Contains("the store failed", done.Err, StringComparison.Ordinal);
        var queue = JsonDocument.Parse((await Kg.RunAsync("queue", "stats", "--json")).Out).RootElement;
        Assert.Equal((600L, 0L), (queue.GetProperty("acknowledged").GetInt64(), queue.GetProperty("deadLetters").GetInt64()));

        var afterOutage = (await Kg.RunAsync(["stats", "--json", .. store])).Out;
        await Server.ClearAsync();
        Assert.Equal(0, (await Kg.RunAsync(["ingest", input, .. store])).ExitCode);
        Assert.Equal((await Kg.RunAsync(["stats", "--json", .. store])).Out, afterOutage);
    }

    private long Acknowledged()
    {
        var run = Kg.RunAsync("queue", "stats", "--json").GetAwaiter().GetResult();
        return run.ExitCode == 0 ? JsonDocument.Parse(run.Out).RootElement.GetProperty("acknowledged").GetInt64() : 0;
    }
}
