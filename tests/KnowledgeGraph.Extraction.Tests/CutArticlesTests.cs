using System.Text.Json;
using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Extraction.Tests;

/// <summary>
/// Real articles cut anywhere, as a truncated feed delivers them: extraction reads every piece without failing. Two such
/// failures were found this way (a relative clause left open at the text's end, two asides in one sentence).
/// </summary>
public class CutArticlesTests
{
    [Fact]
    public void Every_piece_of_the_written_cases_cut_at_many_places_is_extracted_without_failing()
    {
        var extractor = new ArticleExtractor();
        var cases = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Data", "written"), "*.json").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(cases);
        var pieces = 0;
        foreach (var file in cases)
        {
            var root = JsonDocument.Parse(File.ReadAllText(file)).RootElement;
            var text = root.GetProperty("text").GetString()!;
            var published = DateOnly.Parse(root.GetProperty("published").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            var language = root.GetProperty("language").GetString();
            // Cut every 37 characters: a prime step lands on every kind of place (inside words, after commas, before dots).
            for (var cut = 1; cut < text.Length; cut += 37)
            {
                foreach (var piece in new[] { text[..cut], text[cut..] })
                {
                    var facts = extractor.Extract(new Article(Path.GetFileName(file), piece, published, language));
                    Assert.NotNull(facts);
                    pieces++;
                }
            }
        }
        Assert.True(pieces > 1000, $"only {pieces} pieces");
    }
}
