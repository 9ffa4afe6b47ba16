using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Storage;

public sealed record PersonRecord(string Key, string Name, string? NameEn, IReadOnlyList<string> Aliases, IReadOnlyList<string> Countries, TextSpan Span)
{
    /// <summary>
    /// The English spelling as an English text wrote it; null for a name written in Arabic, whose English spelling was
    /// made by rule. Stores let the first spelling seen replace one made by rule («أيمن الصفدي»: "Ayman Safadi", not "Ayman Al-Safdi").
    /// </summary>
    public string? EnglishAsWritten => IsArabic(Name) ? null : NameEn ?? Name;

    /// <summary>
    /// Whether <paramref name="candidate"/> should become the person's name instead of <paramref name="current"/>: an
    /// Arabic form over a Latin one (the English spelling is NameEn), else the longer.
    /// </summary>
    public static bool IsFullerName(string candidate, string current) =>
        IsArabic(candidate) != IsArabic(current) ? IsArabic(candidate) : candidate.Length > current.Length;

    private static bool IsArabic(string name) => name.Any(Orthography.IsArabicLetter);
}
