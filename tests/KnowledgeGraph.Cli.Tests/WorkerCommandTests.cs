using System.Diagnostics;
using System.Text.Json;
using KnowledgeGraph.Queue.Sqlite;
using KnowledgeGraph.Tests.Synthetic;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>`kg enqueue`, `kg worker` and `kg queue` as real processes on real SQLite files: crashes, poison, competition.</summary>
public sealed class WorkerCommandTests : IDisposable
{
    private readonly Kg _kg = new();

    public void Dispose() => _kg.Dispose();

    private async Task<string> ArticlesAsync(int count)
    {
        var path = Path.Combine(_kg.Folder, $"articles-{count}.jsonl");
        var news = new SyntheticNews(population: 150);
        await File.WriteAllLinesAsync(path, Enumerable.Range(0, count).Select(news.Line));
        return path;
    }

    private async Task<JsonElement> StatsAsync(string db) =>
        JsonDocument.Parse((await _kg.RunAsync("stats", "--db", db, "--json")).Out).RootElement;

    private async Task<JsonElement> QueueStatsAsync(string queue) =>
        JsonDocument.Parse((await _kg.RunAsync("queue", "stats", "--queue-db", queue, "--json")).Out).RootElement;

    [Fact]
    public async Task A_worker_killed_mid_batch_leaves_its_articles_to_another_and_the_graph_equals_a_clean_run()
    {
        var input = await ArticlesAsync(2000);
        Assert.Equal(0, (await _kg.RunAsync("enqueue", input, "--queue-db", "q1.db")).ExitCode);
        using (var worker = _kg.Start(new Dictionary<string, string> { ["KG_QUEUE_LEASE_SECONDS"] = "2" }, "worker", "--queue-db", "q1.db", "--db", "crash.db", "--batch-size", "20"))
        {
            // Watched in process, not through kg: the worker is fast and must be caught half-way.
            await using (var watch = new SqliteWorkQueue(Path.Combine(_kg.Folder, "q1.db")))
            {
                await watch.InitializeAsync();
                var clock = Stopwatch.StartNew();
                while ((await watch.StatsAsync()).Acknowledged < 100 && clock.Elapsed < TimeSpan.FromSeconds(60))
                {
                    await Task.Delay(5);
                }
            }
            worker.Kill(entireProcessTree: true); // SIGKILL: no chance to finish or give anything back
            await worker.WaitForExitAsync();
        }
        var left = await QueueStatsAsync("q1.db");
        Assert.True(left.GetProperty("ready").GetInt64() + left.GetProperty("leased").GetInt64() > 0, "the worker was killed before the end");

        var rest = await _kg.RunAsync(new Dictionary<string, string> { ["KG_QUEUE_LEASE_SECONDS"] = "2" }, "worker", "--queue-db", "q1.db", "--db", "crash.db", "--until-empty");
        Assert.Equal(0, rest.ExitCode);
        Assert.Equal(0, (await QueueStatsAsync("q1.db")).GetProperty("deadLetters").GetInt64());

        Assert.Equal(2000, (await QueueStatsAsync("q1.db")).GetProperty("acknowledged").GetInt64());
        Assert.Equal(2000, (await StatsAsync("crash.db")).GetProperty("articles").GetInt32());
        // The redelivered batch is resolved after the others, and still the graph is the one a clean run leaves.
        Assert.Equal(0, (await _kg.RunAsync("ingest", input, "--db", "clean.db")).ExitCode);
        Assert.Equal((await StatsAsync("clean.db")).ToString(), (await StatsAsync("crash.db")).ToString());
    }

    [Fact]
    public async Task Two_workers_share_the_queue_and_each_article_is_applied_once()
    {
        var input = await ArticlesAsync(400);
        Assert.Equal(0, (await _kg.RunAsync("enqueue", input, "--queue-db", "q2.db")).ExitCode);
        var workers = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            _kg.RunAsync("worker", "--queue-db", "q2.db", "--db", "shared.db", "--batch-size", "25", "--until-empty")));
        Assert.All(workers, w => Assert.Equal(0, w.ExitCode));
        var ingested = workers.Select(w => long.Parse(w.Out.Split(',')[0].Split(' ')[1].Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(400, ingested.Sum());
        Assert.All(ingested, n => Assert.True(n > 0, "both workers took a share"));
        var shared = await StatsAsync("shared.db");
        Assert.Equal(400, shared.GetProperty("articles").GetInt32());
        Assert.Equal(0, (await QueueStatsAsync("q2.db")).GetProperty("deadLetters").GetInt32());
        // The workers resolve the batches in another order, under the store's writer lease: the same graph.
        Assert.Equal(0, (await _kg.RunAsync("ingest", input, "--db", "clean.db")).ExitCode);
        Assert.Equal((await StatsAsync("clean.db")).ToString(), shared.ToString());
    }

    [Fact]
    public async Task A_poison_message_is_dead_lettered_with_its_reason_shown_and_can_be_requeued()
    {
        // Another producer put something that is not an article on the queue.
        var queuePath = Path.Combine(_kg.Folder, "q3.db");
        await using (var queue = new SqliteWorkQueue(queuePath))
        {
            await queue.InitializeAsync();
            await queue.EnqueueAsync(["{\"id\":\"p1\",\"published\":\"2025-13-45\",\"text\":\"نص\"}", new SyntheticNews().Line(1)]);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var run = await _kg.RunAsync("worker", "--queue-db", "q3.db", "--db", "kg.db", "--until-empty");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("ingested 1, duplicates 0, dead-lettered 1", run.Out, StringComparison.Ordinal);

        var letters = (await _kg.RunAsync("queue", "dead-letters", "--queue-db", "q3.db", "--json")).Out.Trim().Split('\n');
        var letter = JsonDocument.Parse(Assert.Single(letters)).RootElement;
        Assert.Contains("published", letter.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains("2025-13-45", letter.GetProperty("body").GetString(), StringComparison.Ordinal);

        Assert.Contains("requeued 1", (await _kg.RunAsync("queue", "requeue", "--all", "--queue-db", "q3.db")).Out, StringComparison.Ordinal);
        var stats = await QueueStatsAsync("q3.db");
        Assert.Equal((1L, 0L, 1L), (stats.GetProperty("ready").GetInt64(), stats.GetProperty("deadLetters").GetInt64(), stats.GetProperty("acknowledged").GetInt64()));
    }
}
