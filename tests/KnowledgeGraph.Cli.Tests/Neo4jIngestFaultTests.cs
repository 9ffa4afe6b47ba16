using System.Diagnostics;
using System.Text.Json;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Neo4j.Tests;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// `kg ingest --store neo4j` while the real server is killed: the command ends with a clear error and exit code 1
/// after its retries, and a rerun once the server is back leaves exactly the graph of a clean run.
/// </summary>
public sealed class Neo4jIngestFaultTests : IAsyncLifetime
{
    private readonly Neo4jServerFixture _server = new();
    private readonly Kg _kg = new();

    public Task InitializeAsync() => _server.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _kg.Dispose();
    }

    [Fact]
    public async Task A_server_killed_mid_ingest_fails_the_command_and_a_rerun_completes_the_graph()
    {
        var input = Path.Combine(_kg.Folder, "many.jsonl");
        var cases = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Data", "dev"), "*.json").Order(StringComparer.Ordinal)
            .Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement).ToList();
        // Many distinct articles, so that the ingest is still running when the server dies.
        await File.WriteAllLinesAsync(input, Enumerable.Range(0, 40).SelectMany(copy => cases.Select(c => JsonSerializer.Serialize(new
        {
            id = $"{c.GetProperty("id").GetString()}-{copy}", language = c.GetProperty("language").GetString(),
            published = c.GetProperty("published").GetString(), text = c.GetProperty("text").GetString() + $" ({copy})",
        }))));
        string[] Args(params string[] more) => ["ingest", input, "--store", "neo4j", "--neo4j-uri", _server.Uri.ToString(), "--batch-size", "10", .. more];

        var first = _kg.RunAsync(Args());
        await WaitForArticlesAsync(minimum: 20);
        _server.Kill();
        var failed = await first;
        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("kg ingest:", failed.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", failed.Err, StringComparison.Ordinal);

        await _server.StartAsync();
        var rerun = await _kg.RunAsync(Args());
        Assert.Equal(0, rerun.ExitCode);
        var afterRerun = (await _kg.RunAsync("stats", "--store", "neo4j", "--neo4j-uri", _server.Uri.ToString(), "--json")).Out;

        await _server.ClearAsync();
        Assert.Equal(0, (await _kg.RunAsync(Args())).ExitCode);
        var clean = (await _kg.RunAsync("stats", "--store", "neo4j", "--neo4j-uri", _server.Uri.ToString(), "--json")).Out;
        Assert.Equal(clean, afterRerun);
        Assert.Equal(cases.Count * 40, JsonDocument.Parse(clean).RootElement.GetProperty("articles").GetInt32());
    }

    private async Task WaitForArticlesAsync(int minimum)
    {
        using var client = new Neo4jHttpClient(new Neo4jOptions { Uri = _server.Uri });
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            var result = await client.RunAsync(CypherStatement.Of("MATCH (a:Article) RETURN count(a)"));
            if (result.Rows[0][0].GetInt32() >= minimum)
            {
                return;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("the ingest wrote nothing within 60 s");
    }
}
