using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Domain;

/// <summary>Orthographic normalisation so that spellings that readers treat as one word compare equal.</summary>
public static class Orthography
{
    public static bool IsDiacritic(char c) =>
        c is (>= '\u0610' and <= '\u061A') or (>= '\u064B' and <= '\u065F') or '\u0670' or (>= '\u06D6' and <= '\u06ED') or '\u0640';

    public static bool IsArabicLetter(char c) => c is >= '\u0620' and <= '\u064A' or >= '\u0671' and <= '\u06D3';

    /// <summary>Whether a normalised word begins with the article «ال» (and is more than the article and a letter).</summary>
    public static bool StartsWithArticle(string norm) => norm.Length > 3 && norm.StartsWith("ال", StringComparison.Ordinal);

    /// <summary>Drops diacritics and tatweel, folds alef, ya, ta marbuta, hamza seats, Persian and Kurdish letters and Arabic-Indic digits, lower-cases Latin and drops its accents.</summary>
    public static string Normalize(ReadOnlySpan<char> text)
    {
        // Most words are short: folded on the stack, the only allocation is the string returned.
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (!IsDiacritic(c))
            {
                buffer[length++] = Fold(c);
            }
        }
        return new string(buffer[..length]);
    }

    /// <summary>As <see cref="Normalize(ReadOnlySpan{char})"/>; a text already normal is returned as it is, not copied.</summary>
    public static string Normalize(string text)
    {
        foreach (var c in text)
        {
            if (IsDiacritic(c) || Fold(c) != c)
            {
                return Normalize(text.AsSpan());
            }
        }
        return text;
    }

    /// <summary>The Persian and Kurdish letters <see cref="Fold"/> maps to Arabic ones.</summary>
    public static readonly System.Buffers.SearchValues<char> PersianAndKurdishLetters = System.Buffers.SearchValues.Create("یێکگەھۆڕڵپچژڤ");

    public static char Fold(char c) => c switch
    {
        'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
        'ى' => 'ي',
        'ة' => 'ه',
        'ؤ' => 'و',
        'ئ' => 'ي',
        // Persian and Kurdish letters, as Rudaw or IRNA write names («نیچیرفان»): the Arabic letter the Arab press uses.
        'ی' or 'ێ' => 'ي',
        'ک' or 'گ' => 'ك',
        'ە' or 'ھ' => 'ه',
        'ۆ' => 'و',
        'ڕ' => 'ر',
        'ڵ' => 'ل',
        'پ' => 'ب',
        'چ' => 'ج',
        'ژ' => 'ز',
        'ڤ' => 'ف',
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        >= 'A' and <= 'Z' => char.ToLowerInvariant(c),
        // Wire copy often drops the accents ("charge d'affaires", "Jose Manuel Albares"): é and e, Ş and s are one letter.
        >= '\u00C0' and <= '\u017F' => LatinBase[c - '\u00C0'],
        _ => c,
    };

    // The letter without its accent, lower-cased; letters with no accent to drop (ß, æ, ø, ı) are only lower-cased.
    private static readonly char[] LatinBase = [.. Enumerable.Range('\u00C0', '\u017F' - '\u00C0' + 1)
        .Select(c => char.ToLowerInvariant(((char)c).ToString().Normalize(NormalizationForm.FormD)[0]))];

    /// <summary>
    /// The form a name is looked up by, in either script: normalised, Latin accents and case dropped, hyphens and runs
    /// of spaces made one space («أنس خطاب» and «انس خطاب» give one form, "Anas Khattab" and "anas  khattab" another).
    /// </summary>
    public static string NameForm(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark && c < '\u0600')
            {
                continue;
            }
            if (char.IsWhiteSpace(c) || c is '-' or '\u2010' or '\u2011')
            {
                if (sb.Length > 0 && sb[^1] != ' ')
                {
                    sb.Append(' ');
                }
                continue;
            }
            if (!IsDiacritic(c))
            {
                sb.Append(char.ToLowerInvariant(Fold(c)));
            }
        }
        return sb.ToString().TrimEnd();
    }
}
