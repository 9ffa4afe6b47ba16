using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Cli.Tests;

public class IngestCommandTests
{
    private static JsonElement Stats(string json) => JsonDocument.Parse(json).RootElement;

    [Fact]
    public async Task Ingesting_the_same_file_twice_leaves_the_counts_unchanged()
    {
        using var kg = new Kg();
        var first = await kg.RunAsync("ingest", Kg.Samples);
        Assert.Equal(0, first.ExitCode);
        var before = (await kg.RunAsync("stats", "--json")).Out;
        var second = await kg.RunAsync("ingest", Kg.Samples);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("duplicates skipped 4", second.Out);
        var after = (await kg.RunAsync("stats", "--json")).Out;
        Assert.Equal(before, after);
        Assert.Equal(4, Stats(after).GetProperty("articles").GetInt32());
        Assert.True(File.Exists(kg.Db), "the default store is ./data/kg.db");
    }

    [Fact]
    public async Task Stats_json_has_the_five_counts()
    {
        using var kg = new Kg();
        await kg.RunAsync("ingest", Kg.Samples);
        var stats = Stats((await kg.RunAsync("stats", "--json")).Out);
        foreach (var name in new[] { "persons", "countries", "offices", "meetings", "articles" })
        {
            Assert.True(stats.GetProperty(name).GetInt32() > 0, name);
        }
    }

    [Fact]
    public async Task Bad_lines_are_rejected_with_line_number_and_reason_and_good_lines_still_land()
    {
        using var kg = new Kg();
        var input = new MemoryStream();
        void Line(string s) => input.Write(Encoding.UTF8.GetBytes(s + "\n"));
        Line("""{"id":"ok-1","text":"التقى وزير الخارجية الأردني أيمن الصفدي وزير الخارجية المصري بدر عبد العاطي في القاهرة يوم الاثنين.","published":"2025-03-12"}""");
        Line("""{"id":"broken", "text": """);
        Line("""{"id":"empty","text":"   ","published":"2025-03-12"}""");
        Line("""{"id":"no-date","text":"نص عادي"}""");
        Line(JsonSerializer.Serialize(new { id = "huge", text = new string('ا', 5_000_000), published = "2025-03-12" }));
        input.Write([0x7B, 0x22, 0x69, 0x64, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D, 0x0A]);
        Line("""{"id":"latin","text":"The weather was mild and markets were calm.","published":"2025-03-12"}""");
        Line("""{"text":"بلا معرف لكن بنص","published":"2025-03-12"}""");
        var rejects = Path.Combine(kg.Folder, "rejects.jsonl");
        var result = await kg.RunAsync(input.ToArray(), "ingest", "-", "--rejects", rejects);

        Assert.Equal(3, result.ExitCode);
        var lines = File.ReadAllLines(rejects).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal([2L, 3, 4, 5, 6], lines.Select(l => l.GetProperty("line").GetInt64()));
        Assert.Contains("malformed JSON", lines[0].GetProperty("error").GetString());
        Assert.Contains("'text'", lines[1].GetProperty("error").GetString());
        Assert.Contains("'published'", lines[2].GetProperty("error").GetString());
        Assert.Contains("limit", lines[3].GetProperty("error").GetString());
        Assert.Contains("UTF-8", lines[4].GetProperty("error").GetString());
        var stats = Stats((await kg.RunAsync("stats", "--json")).Out);
        Assert.Equal(3, stats.GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task A_missing_input_file_fails_with_exit_code_1_and_names_the_file()
    {
        using var kg = new Kg();
        var result = await kg.RunAsync("ingest", "no-such-file.jsonl");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no-such-file.jsonl", result.Err);
    }

    [Fact]
    public async Task Settings_come_from_appsettings_then_the_environment_then_the_command_line()
    {
        using var kg = new Kg();
        await File.WriteAllTextAsync(Path.Combine(kg.Folder, "appsettings.json"), """{"KnowledgeGraph":{"Store":"sqlite","Db":"configured/graph.db"}}""");
        Assert.Equal(0, (await kg.RunAsync("ingest", Kg.Samples)).ExitCode);
        Assert.True(File.Exists(Path.Combine(kg.Folder, "configured", "graph.db")), "appsettings.json chose the database file");
        Assert.Equal(4, Stats((await kg.RunAsync("stats", "--json")).Out).GetProperty("articles").GetInt32());
        Assert.Equal(0, Stats((await kg.RunAsync("stats", "--json", "--db", "other.db")).Out).GetProperty("articles").GetInt32());
        var wrongStore = await kg.RunAsync("stats", "--store", "mongo");
        Assert.Equal(1, wrongStore.ExitCode);
        Assert.Contains("--store 'mongo'", wrongStore.Err, StringComparison.Ordinal);
    }
}
