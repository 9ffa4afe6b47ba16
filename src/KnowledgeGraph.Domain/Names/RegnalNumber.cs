namespace KnowledgeGraph.Domain.Names;

/// <summary>
/// A monarch's number as Arabic writes it («الثاني», normalised; a queen's in the feminine, «إليزابيث الثانية») and as
/// English does ("II"): first to tenth in one word, eleventh to nineteenth in two («الرابع عشر», XIV).
/// </summary>
public static class RegnalNumber
{
    private static readonly string[] Arabic = ["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"];
    private static readonly string[] Feminine = ["الاولي", "الثانيه", "الثالثه", "الرابعه", "الخامسه", "السادسه", "السابعه", "الثامنه", "التاسعه", "العاشره"];
    private static readonly string[] Roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX"];

    /// <summary>The number a normalised word («الثاني») or a Roman numeral to X in any case ("ii") stands for, or null.</summary>
    public static int? Of(string word)
    {
        var i = Array.IndexOf(Arabic, word);
        if (i < 0)
        {
            i = Array.IndexOf(Feminine, word);
        }
        if (i < 0)
        {
            i = Array.FindIndex(Roman, 0, Arabic.Length, r => r.Equals(word, StringComparison.OrdinalIgnoreCase));
        }
        return i < 0 ? null : i + 1;
    }

    /// <summary>The number two normalised words stand for, eleventh to nineteenth («الرابع عشر», «الحادي عشر»), or null.</summary>
    public static int? Of(string word, string next) => next switch
    {
        "عشر" => word == "الحادي" ? 11 : Array.IndexOf(Arabic, word) is var i and >= 1 and <= 8 ? 11 + i : null,
        "عشره" => word == "الحاديه" ? 11 : Array.IndexOf(Feminine, word) is var i and >= 1 and <= 8 ? 11 + i : null,
        _ => null,
    };

    /// <summary>
    /// The number the last words of a name stand for, two («… الرابع عشر») or one («… الثاني»), and how many words it
    /// takes; <paramref name="beforeLast"/> is null when the name has no word before its last that may join it.
    /// </summary>
    public static (int Number, int Words)? AtEnd(string? beforeLast, string last) =>
        beforeLast is not null && Of(beforeLast, last) is { } two ? (two, 2) : Of(last) is { } one ? (one, 1) : null;

    public static string ToRoman(int number) => Roman[number - 1];
}
