using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Cli.Tests;

public class ExtractCommandTests
{
    [Fact]
    public async Task Every_input_line_gets_one_output_line_in_order_and_bad_ones_an_error()
    {
        using var kg = new Kg();
        var input = string.Join('\n',
            """{"id":"a","text":"استقبل الرئيس اللبناني جوزيف عون وفدا قطريا يوم الاثنين.","published":"2025-03-12"}""",
            """not json""",
            """{"id":"c","text":"","published":"2025-03-12"}""",
            """{"id":"d","text":"Saudi Foreign Minister Prince Faisal bin Farhan met Turkish Foreign Minister Hakan Fidan.","published":"2025-03-12","language":"en"}""") + "\n";
        var result = await kg.RunAsync(Encoding.UTF8.GetBytes(input), "extract");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, lines.Count);
        Assert.Equal("a", lines[0].GetProperty("id").GetString());
        Assert.Equal("جوزيف عون", lines[0].GetProperty("persons")[0].GetProperty("name").GetString());
        Assert.Contains("line 2", lines[1].GetProperty("error").GetString());
        Assert.Equal("c", lines[2].GetProperty("id").GetString());
        Assert.True(lines[2].TryGetProperty("error", out _));
        Assert.Equal(2, lines[3].GetProperty("persons").GetArrayLength());
    }

    [Fact]
    public async Task An_interactive_caller_gets_each_answer_before_it_sends_the_next_line()
    {
        using var kg = new Kg();
        using var process = kg.Start(null, "extract");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        foreach (var (id, name) in new[] { ("a", "جوزيف عون"), ("b", "نواف سلام") })
        {
            // The input stays open: the answer must come while kg waits for more.
            await process.StandardInput.WriteLineAsync($$"""{"id":"{{id}}","text":"وقال {{name}} إن الاتفاق مهم.","published":"2025-03-12"}""");
            await process.StandardInput.FlushAsync();
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
            var result = JsonDocument.Parse(line!).RootElement;
            Assert.Equal(id, result.GetProperty("id").GetString());
            Assert.Equal(name, result.GetProperty("persons")[0].GetProperty("name").GetString());
        }
        process.StandardInput.Close();
        await process.WaitForExitAsync(timeout.Token);
        Assert.Equal(0, process.ExitCode);
    }

    [Fact]
    public async Task A_tagger_trained_with_kg_train_is_measured_and_then_used_by_extract_model()
    {
        using var kg = new Kg();
        var corpus = Path.Combine(kg.Folder, "tiny.txt");
        await File.WriteAllTextAsync(corpus, string.Join('\n', Enumerable.Repeat("قال O\nسامي B-PERS\nالخطيب I-PERS\nإن O\nالاتفاق O\nمهم O\n", 20)));
        // Twenty copies of one sentence leave every weight small: the model keeps them all.
        var trained = await kg.RunAsync("train", "ner", "--train", corpus, "--out", "m.model", "--test", corpus, "--iterations", "3", "--least-weight", "0");
        Assert.Equal(0, trained.ExitCode);
        Assert.Contains("tagger on tiny.txt: tp 20 fp 0 fn 0 F1 1.000", trained.Out, StringComparison.Ordinal);

        var negative = await kg.RunAsync("train", "ner", "--train", corpus, "--out", "n.model", "--least-weight", "-1");
        Assert.NotEqual(0, negative.ExitCode);
        Assert.Contains("--least-weight must be 0 or more", negative.Err, StringComparison.Ordinal);

        // A file with no person tags is not training data: it fails before writing a model that finds no one.
        await File.WriteAllTextAsync(Path.Combine(kg.Folder, "untagged.txt"), "قال O\nسامي O\n");
        var untagged = await kg.RunAsync("train", "ner", "--train", "untagged.txt", "--out", "u.model");
        Assert.Equal(1, untagged.ExitCode);
        Assert.Contains("untagged.txt has no person tags", untagged.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(kg.Folder, "u.model")));

        var input = Encoding.UTF8.GetBytes("""{"id":"a","text":"قال سامي الخطيب إن الاتفاق مهم.","published":"2025-03-12"}""" + "\n");
        var extracted = await kg.RunAsync(input, "extract", "--model", "m.model");
        Assert.Equal(0, extracted.ExitCode);
        Assert.Equal("سامي الخطيب", JsonDocument.Parse(extracted.Out).RootElement.GetProperty("persons")[0].GetProperty("name").GetString());

        var missing = await kg.RunAsync(input, "extract", "--model", "none.model");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("no such model file", missing.Err, StringComparison.Ordinal);

        // A file that is no model, and a truncated model: the error names the file and says what it is not, without a stack trace.
        var bytes = await File.ReadAllBytesAsync(Path.Combine(kg.Folder, "m.model"));
        await File.WriteAllBytesAsync(Path.Combine(kg.Folder, "half.model"), bytes[..(bytes.Length / 2)]);
        foreach (var broken in new[] { "tiny.txt", "half.model" })
        {
            var failed = await kg.RunAsync(input, "extract", "--model", broken);
            Assert.Equal(1, failed.ExitCode);
            Assert.Contains($"{broken}: This is not a tagger model written by `kg train ner`", failed.Err, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", failed.Err, StringComparison.Ordinal);
        }
    }
}
