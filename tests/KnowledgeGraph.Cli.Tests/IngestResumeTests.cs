using System.Diagnostics;
using System.Text.Json;
using KnowledgeGraph.Tests.Synthetic;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>`kg ingest` killed in the middle of a large file, then `--resume`: it goes on from its last committed batch.</summary>
public sealed class IngestResumeTests : IDisposable
{
    private readonly Kg _kg = new();

    public void Dispose() => _kg.Dispose();

    [Fact]
    public async Task A_killed_ingest_resumes_from_its_checkpoint_and_the_graph_equals_a_clean_run()
    {
        var input = Path.Combine(_kg.Folder, "large.jsonl");
        var news = new SyntheticNews(population: 150);
        await File.WriteAllLinesAsync(input, Enumerable.Range(0, 6000).Select(news.Line));
        var checkpoint = Path.Combine(_kg.Folder, "data", "crash.checkpoint.json");

        using (var ingest = _kg.Start(null, "ingest", input, "--db", "data/crash.db", "--batch-size", "100"))
        {
            var clock = Stopwatch.StartNew();
            while (!File.Exists(checkpoint) && clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(5);
            }
            ingest.Kill(entireProcessTree: true);
            await ingest.WaitForExitAsync();
            Assert.NotEqual(0, ingest.ExitCode);
        }
        Assert.True(File.Exists(checkpoint), "the run was killed after its first commit and before its end");
        var committed = JsonDocument.Parse(await File.ReadAllTextAsync(checkpoint)).RootElement.GetProperty("Line").GetInt64();
        Assert.InRange(committed, 100, 5999);

        var resumed = await _kg.RunAsync("ingest", input, "--db", "data/crash.db", "--batch-size", "100", "--resume");
        Assert.Equal(0, resumed.ExitCode);
        // The checkpoint follows each commit: a kill between the two leaves one batch that the resumed run finds stored.
        var skipped = long.Parse(new string([.. System.Text.RegularExpressions.Regex.Match(resumed.Out, @"duplicates skipped ([\d,\u202F\u00A0.]+)").Groups[1].Value
            .Where(char.IsDigit)]), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(skipped, committed, committed + 100);
        Assert.False(File.Exists(checkpoint), "a completed run removes its checkpoint");

        Assert.Equal(0, (await _kg.RunAsync("ingest", input, "--db", "data/clean.db")).ExitCode);
        string Stats(string db) => _kg.RunAsync("stats", "--db", db, "--json").GetAwaiter().GetResult().Out;
        Assert.Equal(Stats("data/clean.db"), Stats("data/crash.db"));
    }

    [Fact]
    public async Task Resuming_with_other_inputs_is_refused_with_a_clear_error()
    {
        var first = Path.Combine(_kg.Folder, "a.jsonl");
        await File.WriteAllLinesAsync(first, [new SyntheticNews().Line(0)]);
        Directory.CreateDirectory(Path.Combine(_kg.Folder, "data"));
        await File.WriteAllTextAsync(Path.Combine(_kg.Folder, "data", "kg.checkpoint.json"), """{"Files":["/elsewhere/b.jsonl"],"File":0,"Line":10}""");
        var run = await _kg.RunAsync("ingest", first, "--resume");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is for other inputs", run.Err, StringComparison.Ordinal);
    }
}
