using KnowledgeGraph.Extraction.Gazetteers;

namespace KnowledgeGraph.Extraction.Recognition;

/// <summary>Finds every reference to a state: its names, nationality adjectives, its capital and major cities.</summary>
public static class CountryRecognizer
{
    public static List<CountryMention> Find(TextContext context)
    {
        var tokens = context.Tokens;
        var g = context.Gazetteer;
        var found = new List<CountryMention>();
        var ambiguous = new List<(int Start, int End, Place[] Places)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!t.IsWord)
            {
                continue;
            }
            // Latin place and nationality words are capitalised; "us" and "chad" in lower case are not states.
            var latin = t.IsLatin;
            if (latin && !t.IsCapitalized)
            {
                continue;
            }
            if (g.Places.TryMatch(tokens, i, allowProclitics: !latin, out var places, out var end, out var clitic) && !GivenNameWithClitic(context, i, end, clitic))
            {
                if (places.Length == 1 && Continent(tokens, i, end))
                {
                    i = end;
                    continue;
                }
                if (places.Length == 1)
                {
                    if (places[0].Kind == PlaceKind.Country)
                    {
                        end = OfficialNameEnd(tokens, i, end);
                    }
                    found.Add(new CountryMention(i, end, places[0].Code, places[0].Kind, places[0].CityEn));
                }
                else
                {
                    ambiguous.Add((i, end, places));
                }
                i = end - 1;
                continue;
            }
            // «الأمير تركي بن محمد»: before a lineage the adjective is a given name.
            if (g.Nationalities.TryMatch(tokens, i, allowProclitics: !latin, out var code, out end, out _)
                && !(end < tokens.Count && tokens[end].Norm is "بن" or "بنت"))
            {
                found.Add(new CountryMention(i, end, code, null, null));
                i = end - 1;
            }
        }
        // «عمان» is Oman or Amman: the reading whose state the article names elsewhere, else the first listed.
        var named = found.Select(f => f.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var (start, end, places) in ambiguous)
        {
            // «سلطان عمان», «سلطنة عمان»: after a title or a form of state the name is the state's.
            if (start > 0 && (tokens[start - 1].Norm is "سلطنه" or "دوله" || g.Titles.TryMatch(tokens, start - 1, true, out _, out var titleEnd, out _) && titleEnd == start))
            {
                var state = places.FirstOrDefault(p => p.Kind == PlaceKind.Country);
                if (state is not null)
                {
                    found.Add(new CountryMention(start, end, state.Code, state.Kind, null));
                    continue;
                }
            }
            var place = places.FirstOrDefault(p => p.Kind != PlaceKind.Country && named.Contains(p.Code)) ?? places.FirstOrDefault(p => named.Contains(p.Code)) ?? places[0];
            found.Add(new CountryMention(start, end, place.Code, place.Kind, place.CityEn));
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>
    /// «كلاوس» (Klaus), read as «ك» and «لاوس» (Laos): a given name of one word that a place's name only with a
    /// proclitic spells is the name.
    /// </summary>
    private static bool GivenNameWithClitic(TextContext context, int start, int end, int clitic) =>
        clitic > 0 && end == start + 1 && context.IsGivenName(context.Tokens[start]);

    /// <summary>«أمريكا اللاتينية», "Latin America", "South America": a part of the Americas, not the United States.</summary>
    private static bool Continent(IReadOnlyList<Text.Token> tokens, int start, int end) =>
        end == start + 1 && tokens[start].Forms[^1] is "امريكا" or "اميركا" or "america"
        && (end < tokens.Count && tokens[end].Norm is "اللاتينيه" or "الجنوبيه" or "الشماليه" or "الوسطي"
            || start > 0 && tokens[start - 1].Norm is "latin" or "south" or "north" or "central");

    private static readonly HashSet<string> StateForms = new(StringComparer.Ordinal) { "جمهوريه", "الجمهوريه", "مملكه", "المملكه", "دوله", "سلطنه", "اماره" };

    // The adjectives of states' official names: «جمهورية الصين الشعبية», «جمهورية الكونغو الديمقراطية».
    private static readonly HashSet<string> OfficialAdjectives = new(StringComparer.Ordinal)
    {
        "الشعبيه", "الديمقراطيه", "الديموقراطيه", "الاسلاميه", "العربيه", "الاتحاديه", "الفيدراليه", "الفدراليه", "الاشتراكيه", "الهاشميه", "التعاونيه",
    };

    /// <summary>Past the adjectives of a state's official name after, or within, a form of state («جمهورية الصين الشعبية»).</summary>
    private static int OfficialNameEnd(IReadOnlyList<Text.Token> tokens, int start, int end)
    {
        if (!StateForms.Contains(tokens[start].Norm) && (start == 0 || !StateForms.Contains(tokens[start - 1].Norm)))
        {
            return end;
        }
        while (end < tokens.Count && tokens[end].Sentence == tokens[start].Sentence && OfficialAdjectives.Contains(tokens[end].Norm))
        {
            end++;
        }
        return end;
    }
}
