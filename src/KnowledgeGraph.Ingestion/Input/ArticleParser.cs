using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Ingestion.Input;

/// <summary>
/// Reads one JSON line of the article contract (`id`, `text`, `published`, optional `language`, `title`, `url`)
/// and says exactly what is wrong when it cannot be used.
/// </summary>
public static class ArticleParser
{
    public const int DefaultMaxTextChars = 1_000_000;

    public static ParsedArticle Parse(InputLine line, int maxTextChars = DefaultMaxTextChars)
    {
        if (line.Error is not null || line.Text is null)
        {
            return new ParsedArticle(line, null, null, line.Error ?? "empty line");
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line.Text);
        }
        catch (JsonException ex)
        {
            return new ParsedArticle(line, null, null, $"malformed JSON: {ex.Message}");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new ParsedArticle(line, null, null, $"expected a JSON object, found {root.ValueKind.ToString().ToLowerInvariant()}");
            }
            var id = OptionalString(root, "id", out var idError);
            if (idError is not null)
            {
                return new ParsedArticle(line, null, null, idError);
            }
            var text = OptionalString(root, "text", out var error);
            if (error is not null || string.IsNullOrWhiteSpace(text))
            {
                return new ParsedArticle(line, null, id, error ?? "missing or empty 'text'");
            }
            if (text.Length > maxTextChars)
            {
                return new ParsedArticle(line, null, id, $"'text' has {text.Length:N0} characters; the limit is {maxTextChars:N0}");
            }
            var publishedText = OptionalString(root, "published", out error);
            if (error is not null || publishedText is null)
            {
                return new ParsedArticle(line, null, id, error ?? "missing 'published' (a date, YYYY-MM-DD): relative dates in the text resolve against it");
            }
            if (!TryParseDate(publishedText, out var published))
            {
                return new ParsedArticle(line, null, id, $"'published' is not a date (YYYY-MM-DD): \"{Truncate(publishedText)}\"");
            }
            var language = OptionalString(root, "language", out error);
            var title = error is null ? OptionalString(root, "title", out error) : null;
            var url = error is null ? OptionalString(root, "url", out error) : null;
            if (error is not null)
            {
                return new ParsedArticle(line, null, id, error);
            }
            id ??= ContentId(text);
            return new ParsedArticle(line, new Article(id, text, published, language, title, url), id, null);
        }
    }

    /// <summary>An article without an id is known by its content: the same text always gets the same id.</summary>
    public static string ContentId(string text) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];

    public static string ContentHash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static bool TryParseDate(string text, out DateOnly date)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment) && text.Length >= 10 && text[4] == '-')
        {
            date = DateOnly.FromDateTime(moment.UtcDateTime);
            return true;
        }
        return false;
    }

    private static string? OptionalString(JsonElement root, string name, out string? error)
    {
        error = null;
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (name == "id" && value.ValueKind == JsonValueKind.Number)
        {
            return value.GetRawText();
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            error = $"'{name}' must be a string, found {value.ValueKind.ToString().ToLowerInvariant()}";
            return null;
        }
        return value.GetString();
    }

    private static string Truncate(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
