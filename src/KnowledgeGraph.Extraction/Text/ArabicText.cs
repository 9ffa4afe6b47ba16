using System.Text;
using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Extraction.Text;

/// <summary>Orthographic normalisation so that spellings that readers treat as one word compare equal.</summary>
public static class ArabicText
{
    private const string Proclitics = "وفبلك";

    public static bool IsDiacritic(char c) => Orthography.IsDiacritic(c);

    public static bool IsArabicLetter(char c) => Orthography.IsArabicLetter(c);

    /// <inheritdoc cref="Orthography.Normalize"/>
    public static string Normalize(ReadOnlySpan<char> text) => Orthography.Normalize(text);

    public static string Normalize(string text) => Orthography.Normalize(text);

    public static char Fold(char c) => Orthography.Fold(c);

    /// <summary>
    /// The word and the forms it takes without one or two attached proclitics (و ف ب ل ك), most specific first;
    /// «لل» + noun gives back «ال» + noun. Forms shorter than two letters are not offered.
    /// </summary>
    public static string[] WithoutProclitics(string norm)
    {
        // Most words have no proclitic: one array, no list.
        if (norm.Length < 4 || Proclitics.IndexOf(norm[0], StringComparison.Ordinal) < 0)
        {
            return [norm];
        }
        var forms = new List<string>(4) { norm };
        if (norm.StartsWith("لل", StringComparison.Ordinal))
        {
            forms.Add("ال" + norm[2..]);
        }
        var rest = norm[1..];
        forms.Add(rest);
        if (norm[0] is 'و' or 'ف' && rest.Length >= 3 && "بلك".Contains(rest[0], StringComparison.Ordinal))
        {
            if (rest.StartsWith("لل", StringComparison.Ordinal))
            {
                forms.Add("ال" + rest[2..]);
            }
            forms.Add(rest[1..]);
        }
        return [.. forms];
    }

    public static bool StartsWithArticle(string norm) => Orthography.StartsWithArticle(norm);
}
