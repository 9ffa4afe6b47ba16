using System.Text.RegularExpressions;

namespace KnowledgeGraph.Resolution;

/// <summary>
/// One English title per post: "Foreign Minister" (as English news writes it) and "Minister of Foreign Affairs" (as
/// «وزير الخارجية» is composed) are the same office.
/// </summary>
public static partial class OfficeTitles
{
    // The short form's word and the complement the long form takes for it, where the two differ.
    private static readonly Dictionary<string, string> Complements = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Foreign"] = "Foreign Affairs",
        ["Defence"] = "Defense",
    };

    /// <summary>"{X} Minister" as "Minister of {X}", "the" dropped after "of"; any other title as it is.</summary>
    public static string Canonical(string titleEn)
    {
        var title = TheAfterOf().Replace(titleEn.Trim(), "of ");
        var match = ShortMinister().Match(title);
        if (!match.Success || match.Groups["field"].Value.Equals("Prime", StringComparison.OrdinalIgnoreCase))
        {
            return title;
        }
        var field = match.Groups["field"].Value;
        return $"{match.Groups["rank"].Value}Minister of {Complements.GetValueOrDefault(field, field)}";
    }

    [GeneratedRegex(@"^(?<rank>(?:Deputy |Acting )?)(?<field>[A-Z][a-z]+) Minister$")]
    private static partial Regex ShortMinister();

    [GeneratedRegex(@"\bof the ", RegexOptions.IgnoreCase)]
    private static partial Regex TheAfterOf();
}
