using System.Diagnostics;
using System.Text.Json;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Neo4j.Tests;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// `kg ingest --store neo4j` while the real server is killed: the command ends with a clear error and exit code 1
/// after its retries, and a rerun once the server is back leaves exactly the graph of a clean run.
/// </summary>
public sealed class Neo4jIngestFaultTests : KgWithServer<Neo4jServerFixture>
{
    [Fact]
    public async Task A_server_killed_mid_ingest_fails_the_command_and_a_rerun_completes_the_graph()
    {
        var input = Path.Combine(Kg.Folder, "many.jsonl");
        var cases = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Data", "dev"), "*.json").Order(StringComparer.Ordinal)
            .Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement).ToList();
        // Many distinct articles, so that the ingest is still running when the server dies.
        await File.WriteAllLinesAsync(input, Enumerable.Range(0, 40).SelectMany(copy => cases.Select(c => JsonSerializer.Serialize(new
        {
            id = $"{c.GetProperty("id").GetString()}-{copy}", language = c.GetProperty("language").GetString(),
            published = c.GetProperty("published").GetString(), text = c.GetProperty("text").GetString() + $" ({copy})",
        }))));
        string[] Args(params string[] more) => ["ingest", input, "--store", "neo4j", "--neo4j-uri", Server.Uri.ToString(), "--batch-size", "10", .. more];

        var first = Kg.RunAsync(Args());
        await WaitForArticlesAsync(minimum: 20);
        Server.Kill();
        var failed = await first;
        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("kg ingest:", failed.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", failed.Err, StringComparison.Ordinal);

        await Server.StartAsync();
        var rerun = await Kg.RunAsync(Args());
        Assert.Equal(0, rerun.ExitCode);
        var afterRerun = (await Kg.RunAsync("stats", "--store", "neo4j", "--neo4j-uri", Server.Uri.ToString(), "--json")).Out;

        await Server.ClearAsync();
        Assert.Equal(0, (await Kg.RunAsync(Args())).ExitCode);
        var clean = (await Kg.RunAsync("stats", "--store", "neo4j", "--neo4j-uri", Server.Uri.ToString(), "--json")).Out;
        Assert.Equal(clean, afterRerun);
        Assert.Equal(cases.Count * 40, JsonDocument.Parse(clean).RootElement.GetProperty("articles").GetInt32());
    }

    private async Task WaitForArticlesAsync(int minimum)
    {
        using var client = new Neo4jHttpClient(new Neo4jOptions { Uri = Server.Uri });
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
