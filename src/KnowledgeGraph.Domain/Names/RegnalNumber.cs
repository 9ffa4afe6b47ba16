namespace KnowledgeGraph.Domain.Names;

/// <summary>A monarch's number as Arabic writes it («الثاني», normalised) and as English does ("II"): first to tenth.</summary>
public static class RegnalNumber
{
    private static readonly string[] Arabic = ["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"];
    private static readonly string[] Roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

    /// <summary>The number a normalised word («الثاني») or a Roman numeral in any case ("ii") stands for, or null.</summary>
    public static int? Of(string word)
    {
        var i = Array.IndexOf(Arabic, word);
        if (i < 0)
        {
            i = Array.FindIndex(Roman, r => r.Equals(word, StringComparison.OrdinalIgnoreCase));
        }
        return i < 0 ? null : i + 1;
    }

    public static string ToRoman(int number) => Roman[number - 1];
}
