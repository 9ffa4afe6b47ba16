using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Extraction.Tests;

/// <summary>The dev and written cases copied into the tests, read whole: what must hold of every article, not of one.</summary>
public class CaseFilesTests
{
    [Theory]
    [InlineData("dev")]
    [InlineData("written")]
    public void Every_person_found_in_the_cases_has_an_english_name_in_latin_letters(string folder)
    {
        var extractor = new ArticleExtractor();
        var persons = 0;
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Data", folder), "*.json").Order(StringComparer.Ordinal))
        {
            var root = JsonDocument.Parse(File.ReadAllText(file)).RootElement;
            var article = new Article(Path.GetFileName(file), root.GetProperty("text").GetString()!,
                DateOnly.Parse(root.GetProperty("published").GetString()!, CultureInfo.InvariantCulture), root.GetProperty("language").GetString());
            foreach (var person in extractor.Extract(article).Persons)
            {
                persons++;
                // Latin letters with their accents («فولكر تورك» is Volker Türk), spaces, hyphens, apostrophes, dots.
                Assert.True(person.NameEn is { Length: > 0 } en && char.IsAsciiLetter(en[0])
                    && en.All(c => c is ' ' or '-' or '\'' or '.' || char.IsLetter(c) && c < '\u0250'),
                    $"{article.Id}: «{person.Name}» has the English name \"{person.NameEn}\"");
            }
        }
        Assert.True(persons > 50, $"only {persons} persons");
    }
}
