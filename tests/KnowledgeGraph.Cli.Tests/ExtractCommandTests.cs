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
}
