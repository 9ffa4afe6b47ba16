using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Domain.Names;

/// <summary>
/// A script-independent key for a person's name: its consonants, as Arabic writes them and as English
/// transliterations keep them. «أنس خطاب» and "Anas Khattab" both give "ns·khtb"; «عبد الفتاح» and "Abdel Fattah"
/// both give "bd·fth". Articles (al-, el-, «ال») are left out; «بن»/bin and «ابن»/ibn agree; ج, غ, g and gh are one
/// class, since Egyptian and Turkish names write them for one another (Gamal, Erdoğan).
/// </summary>
public static class NameSkeleton
{
    /// <summary>One skeleton per word, empty words dropped.</summary>
    public static string[] Words(string name)
    {
        var words = new List<string>();
        foreach (var raw in name.Split([' ', '-', '\u2010', '\''], StringSplitOptions.RemoveEmptyEntries))
        {
            // Regnal numbers: «عبدالله الثاني» is "Abdullah II".
            var regnal = words.Count > 0 ? Regnal(raw) : null;
            var w = regnal ?? (raw.Any(Orthography.IsArabicLetter) ? Arabic(Orthography.Normalize(raw)) : Latin(raw));
            if (w.Length > 0)
            {
                words.Add(w);
            }
        }
        return [.. words];
    }

    public static string Joined(IEnumerable<string> words) => string.Concat(words);

    // Second to fourth only, as keys have always been made: stored name keys stay valid.
    private static string? Regnal(string raw) =>
        RegnalNumber.Of(Orthography.Normalize(raw)) is { } n and >= 2 and <= 4 ? n.ToString(CultureInfo.InvariantCulture) : null;

    private static string Arabic(string w)
    {
        if (w is "ال")
        {
            return "";
        }
        if (w.StartsWith("عبدال", StringComparison.Ordinal) && w.Length > 5)
        {
            w = "عبد" + w[5..];
        }
        else if (Orthography.StartsWithArticle(w))
        {
            w = w[2..];
        }
        var sb = new StringBuilder();
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            var s = c switch
            {
                'و' => i == 0 ? "w" : "",
                'ي' => i == 0 ? "y" : "",
                'ا' or 'ى' or 'ء' or 'ع' => "",
                'ب' => "b", 'ت' => "t", 'ث' => "T", 'ج' => "j", 'ح' => "h", 'خ' => "K", 'د' => "d", 'ذ' => "z",
                'ر' => "r", 'ز' => "z", 'س' => "s", 'ش' => "S", 'ص' => "s", 'ض' => "d", 'ط' => "t", 'ظ' => "z",
                'غ' => "j", 'ف' => "f", 'ق' => "k", 'ك' => "k", 'ل' => "l", 'م' => "m", 'ن' => "n", 'ه' => "h",
                _ => "",
            };
            Append(sb, s);
        }
        return WithoutFinalH(sb);
    }

    // A final h is ta marbuta or Allah's h in Arabic and written or not in English ("Hamza", "Abdullah"): leave it out.
    private static string WithoutFinalH(StringBuilder sb) => sb.Length > 1 && sb[^1] == 'h' ? sb.ToString(0, sb.Length - 1) : sb.ToString();

    private static string Latin(string raw)
    {
        var w = RemoveDiacritics(raw).ToLowerInvariant();
        if (w is "al" or "el" or "the")
        {
            return "";
        }
        foreach (var prefix in new[] { "abdel", "abdul", "abdal", "abdol" })
        {
            if (w.StartsWith(prefix, StringComparison.Ordinal))
            {
                w = "abd" + w[prefix.Length..];
                break;
            }
        }
        if (w.StartsWith("abdur", StringComparison.Ordinal) || w.StartsWith("abdar", StringComparison.Ordinal))
        {
            w = "abd" + w[4..];
        }
        if (w == "ibn")
        {
            w = "bin";
        }
        var sb = new StringBuilder();
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            var next = i + 1 < w.Length ? w[i + 1] : '\0';
            string s;
            if (next == 'h' && c is 'k' or 's' or 't' or 'd' or 'g')
            {
                s = c switch { 'k' => "K", 's' => "S", 't' => "T", 'd' => "z", _ => "j" };
                i++;
            }
            else
            {
                s = c switch
                {
                    'a' or 'e' or 'i' or 'o' or 'u' => "",
                    'y' or 'w' => i == 0 ? c.ToString() : "",
                    'q' or 'c' => "k",
                    'g' => "j",
                    'p' => "b",
                    'v' => "f",
                    'x' => "ks",
                    >= 'a' and <= 'z' => c.ToString(),
                    _ => "",
                };
            }
            Append(sb, s);
        }
        return WithoutFinalH(sb);
    }

    // Doubled consonants are one: «محمد» has one م, "Mohammed" two.
    private static void Append(StringBuilder sb, string s)
    {
        foreach (var c in s)
        {
            if (sb.Length == 0 || sb[^1] != c)
            {
                sb.Append(c);
            }
        }
    }

    private static string RemoveDiacritics(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }
}
