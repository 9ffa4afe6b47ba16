using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Extraction.Tests;

/// <summary>Extracts a test article with the shipped gazetteers and model.</summary>
internal static class Facts
{
    private static readonly ArticleExtractor Extractor = new();

    public static ArticleFacts Of(string text, string published = "2025-03-12", string? language = null) =>
        Extractor.Extract(new Article("t", text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), language));
}
