using System.Diagnostics;
using System.Text.Json;
using KnowledgeGraph.Queue.RabbitMq.Tests;
using KnowledgeGraph.Tests.Synthetic;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>A fleet of `kg worker` processes on a real RabbitMQ: one killed with SIGKILL mid-batch, the others finish the work.</summary>
public sealed class RabbitMqWorkerTests : KgWithServer<RabbitMqServerFixture>
{
    private Dictionary<string, string> Environment => new() { ["KG_QUEUE"] = "rabbitmq", ["KG_RABBITMQ_URI"] = Server.Uri.ToString() };

    [Fact]
    public async Task Workers_on_RabbitMQ_survive_one_of_them_killed_and_apply_each_article_once()
    {
        var input = Path.Combine(Kg.Folder, "articles.jsonl");
        var news = new SyntheticNews(population: 150);
        await File.WriteAllLinesAsync(input, Enumerable.Range(0, 3000).Select(news.Line));
        var enqueued = await Kg.RunAsync(Environment, "enqueue", input);
        Assert.Equal(0, enqueued.ExitCode);
        Assert.Contains("queued 3,000", enqueued.Out, StringComparison.Ordinal);

        using (var doomed = Kg.Start(Environment, "worker", "--db", "fleet.db", "--batch-size", "20"))
        {
            var clock = Stopwatch.StartNew();
            while (Articles("fleet.db") < 100 && clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(2);
            }
            doomed.Kill(entireProcessTree: true);
            await doomed.WaitForExitAsync();
        }
        Assert.InRange(Articles("fleet.db"), 100, 2999);

        var finishers = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Kg.RunAsync(Environment, "worker", "--db", "fleet.db", "--batch-size", "20", "--until-empty")));
        Assert.All(finishers, f => Assert.Equal(0, f.ExitCode));
        var stats = JsonDocument.Parse((await Kg.RunAsync(Environment, "queue", "stats", "--json")).Out).RootElement;
        Assert.Equal((0L, 0L), (stats.GetProperty("ready").GetInt64(), stats.GetProperty("deadLetters").GetInt64()));

        Assert.Equal(3000, Articles("fleet.db"));
        Assert.Equal(0, (await Kg.RunAsync("ingest", input, "--db", "clean.db")).ExitCode);
        Assert.Equal((await Kg.RunAsync("stats", "--db", "clean.db", "--json")).Out, (await Kg.RunAsync("stats", "--db", "fleet.db", "--json")).Out);
    }

    /// <summary>Articles stored so far, read in process (the worker is fast and must be caught half-way).</summary>
    private long Articles(string db)
    {
        var path = Path.Combine(Kg.Folder, db);
        if (!File.Exists(path))
        {
            return 0;
        }
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM articles";
        try
        {
            return (long)count.ExecuteScalar()!;
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0; // not created yet
        }
    }
}
