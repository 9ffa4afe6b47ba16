namespace KnowledgeGraph.Domain.Names;

/// <summary>
/// A monarch's number as Arabic writes it («الثاني», normalised) and as English does ("II"): first to tenth in one word,
/// eleventh to nineteenth in two («الرابع عشر», XIV).
/// </summary>
public static class RegnalNumber
{
    private static readonly string[] Arabic = ["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"];
    private static readonly string[] Roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX"];

    /// <summary>The number a normalised word («الثاني») or a Roman numeral to X in any case ("ii") stands for, or null.</summary>
    public static int? Of(string word)
    {
        var i = Array.IndexOf(Arabic, word);
        if (i < 0)
        {
            i = Array.FindIndex(Roman, 0, Arabic.Length, r => r.Equals(word, StringComparison.OrdinalIgnoreCase));
        }
        return i < 0 ? null : i + 1;
    }

    /// <summary>The number two normalised words stand for, eleventh to nineteenth («الرابع عشر», «الحادي عشر»), or null.</summary>
    public static int? Of(string word, string next) =>
        next != "عشر" ? null : word == "الحادي" ? 11 : Array.IndexOf(Arabic, word) is var i and >= 1 and <= 8 ? 11 + i : null;

    public static string ToRoman(int number) => Roman[number - 1];
}
