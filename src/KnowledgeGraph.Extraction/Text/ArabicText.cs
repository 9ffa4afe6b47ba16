using System.Text;

namespace KnowledgeGraph.Extraction.Text;

/// <summary>Orthographic normalisation so that spellings that readers treat as one word compare equal.</summary>
public static class ArabicText
{
    private const string Proclitics = "وفبلك";

    public static bool IsDiacritic(char c) =>
        c is (>= '\u0610' and <= '\u061A') or (>= '\u064B' and <= '\u065F') or '\u0670' or (>= '\u06D6' and <= '\u06ED') or '\u0640';

    public static bool IsArabicLetter(char c) => c is >= '\u0620' and <= '\u064A' or >= '\u0671' and <= '\u06D3';

    /// <summary>Drops diacritics and tatweel, folds alef, ya, ta marbuta, hamza seats and Arabic-Indic digits, lower-cases Latin.</summary>
    public static string Normalize(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (IsDiacritic(c))
            {
                continue;
            }
            sb.Append(Fold(c));
        }
        return sb.ToString();
    }

    public static char Fold(char c) => c switch
    {
        'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
        'ى' => 'ي',
        'ة' => 'ه',
        'ؤ' => 'و',
        'ئ' => 'ي',
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        >= 'A' and <= 'Z' => char.ToLowerInvariant(c),
        _ => c,
    };

    /// <summary>
    /// The word and the forms it takes without one or two attached proclitics (و ف ب ل ك), most specific first;
    /// «لل» + noun gives back «ال» + noun. Forms shorter than two letters are not offered.
    /// </summary>
    public static IEnumerable<string> WithoutProclitics(string norm)
    {
        yield return norm;
        if (norm.Length < 4 || Proclitics.IndexOf(norm[0], StringComparison.Ordinal) < 0)
        {
            yield break;
        }
        if (norm.StartsWith("لل", StringComparison.Ordinal))
        {
            yield return "ال" + norm[2..];
        }
        var rest = norm[1..];
        yield return rest;
        if (norm[0] is 'و' or 'ف' && rest.Length >= 3 && "بلك".Contains(rest[0], StringComparison.Ordinal))
        {
            if (rest.StartsWith("لل", StringComparison.Ordinal))
            {
                yield return "ال" + rest[2..];
            }
            yield return rest[1..];
        }
    }

    public static bool StartsWithArticle(string norm) => norm.Length > 3 && norm.StartsWith("ال", StringComparison.Ordinal);
}
