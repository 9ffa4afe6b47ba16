namespace KnowledgeGraph.Extraction.Recognition;

/// <summary>Names that name a place or an institution, not a person: «مطار الملك خالد», «شركة نوكيا».</summary>
internal static class PlaceNames
{
    // Normalised: «مؤسسة» is «موسسه», «هيئة» is «هييه».
    private static readonly HashSet<string> Facilities = new(StringComparer.Ordinal)
    {
        "مطار", "جامعه", "مدينه", "شارع", "مسجد", "قاعده", "مستشفي", "ميناء", "قصر", "جسر", "سد", "ملعب", "مركز", "موسسه", "جايزه",
        // Institutions named after people, or with names the tagger takes for people («صحيفة يديعوت أحرونوت», «نادي بنفيكا»).
        "نادي", "فريق", "منتخب", "صحيفه", "جريده", "مجله", "شركه", "وكاله", "مصرف", "بنك", "حزب", "قناه", "منظمه", "جمعيه", "هييه", "مجموعه",
        "airport", "university", "city", "street", "mosque", "base", "hospital", "port", "palace", "bridge", "dam", "stadium", "center", "centre", "foundation", "prize", "international",
    };

    /// <summary>«مطار الملك خالد», "King Khalid International Airport", «شركة نوكيا»: a name that names a place or an institution.</summary>
    public static bool Include(TextContext context, int start, int end) =>
        context.At(start - 1) is { } before && Facilities.Contains(before.Forms[^1])
        || context.At(start - 2) is { } twoBefore && Facilities.Contains(twoBefore.Forms[^1]) && context.At(start - 1) is { IsWord: true } && context.Gazetteer.Titles.TryMatch(context.Tokens, start - 1, false, out _, out _, out _)
        || context.At(end) is { IsLatin: true } after && Facilities.Contains(after.Norm);
}
