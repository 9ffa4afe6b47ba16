using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Recognition;

/// <summary>Names that name a place or an institution, not a person: «مطار الملك خالد», «شركة نوكيا».</summary>
internal static class PlaceNames
{
    // Places and foundations named after people, titles and all («مطار الملك خالد»). Normalised: «مؤسسة» is «موسسه».
    private static readonly HashSet<string> Facilities = new(StringComparer.Ordinal)
    {
        "مطار", "جامعه", "مدينه", "شارع", "مسجد", "قاعده", "مستشفي", "ميناء", "قصر", "جسر", "سد", "ملعب", "مركز", "موسسه", "جايزه",
        "اقليم", "مقاطعه", "محافظه", "منطقه", "بلده", "قريه", "جزيره", "قاعه", "فندق", "فنادق", "ستاد", "جوايز", "موسوعه",
        // A market, lands, a people: «خان الخليلي», «بلاد فارس», «شعب الماوري»; mountains, rivers, lakes: «جبل مايون», «جبل طارق».
        "خان", "بلاد", "شعب", "شعوب", "جبل", "جبال", "نهر", "بحيره",
        "airport", "university", "city", "street", "mosque", "base", "hospital", "port", "palace", "bridge", "dam", "stadium", "center", "centre", "foundation", "prize", "international",
    };

    // Institutions named after people, or with names the tagger takes for people («صحيفة يديعوت أحرونوت», «نادي بنفيكا»),
    // but not after a title: «فريق الرئيس جورج بوش» is the president's team, and he is a person. «هيئة» is «هييه».
    private static readonly HashSet<string> Institutions = new(StringComparer.Ordinal)
    {
        "نادي", "فريق", "منتخب", "شباب", "صحيفه", "جريده", "مجله", "شركه", "وكاله", "مصرف", "بنك", "حزب", "قناه", "منظمه", "جمعيه", "هييه", "مجموعه",
        // A site, a channel, a model, a storm: «موقع غلوبو», «تلفزيون سمانيولو», «من طراز ليغاسي», «الإعصار تشانغسين».
        "موقع", "تلفزيون", "طراز", "اعصار", "الاعصار", "عاصفه", "العاصفه",
        // A make, a racing driver's team: «طائرة من نوع ليغاسي», «سائق ماكلارين» («سائق» is «سايق»).
        "نوع", "سايق",
        // Things named after people or with names like theirs: «دبابة ميركافا», «طائرات سوخوي», «بركان مايون», «سجن بيل
        // مارش», «منتجع بغنداران», «كنيسة مايكل», «فيضان طوكر»; with the article, a title in apposition: «السيارة نتاليا»,
        // «الفيلم كليك». Without it a person may own the thing («سيارة أحمد», «فيلم عادل إمام»).
        "دبابه", "دبابات", "طايره", "طايرات", "بركان", "سجن", "منتجع", "كنيسه", "فيضان",
        "الدبابه", "الطايره", "البركان", "السياره", "الفيلم", "البرنامج", "المسلسل",
        // Peoples and their realms: «قبائل سونينك», «إمبراطورية سونغاي».
        "قبايل", "قبيله", "امبراطوريه",
    };

    // Words that the Arabic press spells after English or Latin and that only organisations carry in their names:
    // clubs («أولمبيك خريبكة», «مانشستر يونايتد»), papers («نيويورك تايمز»), companies («جنرال موتورز»).
    private static readonly HashSet<string> OrganisationWords = new(new[]
    {
        "يونايتد", "سيتي", "اتلتيكو", "اتلتيك", "سبورتينغ", "سبورتنغ", "سبورتينج", "ريسينغ", "راسينغ", "ريسينج", "راسينج", "اولمبيك",
        "ديبورتيفو", "دينامو", "سبارتاك", "لوكوموتيف", "هوتسبير", "روفرز", "واندررز", "ريال",
        "تايمز", "بوست", "نيوز", "صنداي", "جورنال", "هيرالد", "تريبيون", "تلغراف", "ويكلي", "ويك", "ماغازين",
        "موتورز", "اندستريز", "اندستريال", "تكنولوجيز", "كوربوريشن", "هولدينغ", "هولدينغز", "جروب", "ايرلاينز", "ايرويز",
        "سيستمز", "كوميونيكيشنز", "فارما", "بتروليوم", "انيرجي", "كابيتال", "انفستمنت", "ليمتد", "اوتوموبيل",
    }.Select(w => ArabicText.Normalize(w)), StringComparer.Ordinal);

    /// <summary>
    /// Where the name in [start, end) stops because an organisation's name begins. An organisation's word inside the
    /// name or right after it («ريد بول ريسينغ», «مانشستر يونايتد») makes all of it the organisation's (the result is
    /// then <paramref name="start"/>), unless a preposition opens the organisation inside it: «أحمد سعيد لجوردان تايمز»
    /// ends at «أحمد سعيد».
    /// </summary>
    public static int EndBeforeOrganisation(TextContext context, int start, int end)
    {
        for (var k = start; k <= end; k++)
        {
            if (context.At(k) is { IsWord: true, IsLatin: false } t && OrganisationWords.Contains(t.Forms[^1]))
            {
                for (var j = Math.Min(k, end - 1); j > start; j--)
                {
                    if (context.Tokens[j] is { Norm: [ 'ل' or 'ب', .. ], Forms.Length: > 1 })
                    {
                        return j;
                    }
                }
                return start;
            }
        }
        return end;
    }

    // «تلفزيون " سمانيولو "», «موسوعة " غينيس "»: the name of a channel, a paper or a book is often set in quotes or
    // brackets, turned either way («مجلة » لوبوان «», «جريدة ) الخبر (»).
    private static bool Quoted(TextContext context, int start) =>
        context.At(start - 1) is { Kind: TokenKind.Punct, Text: "\"" or "«" or "»" or "“" or "”" or "'" or "(" or ")" };

    /// <summary>
    /// «فاز الحسين على شباب الحسين», «فالحسين كان أفضل»: a word alone that the text also names as a club, a paper or a
    /// company («شباب الحسين», «نادي الحسين») names it there too.
    /// </summary>
    public static bool InstitutionNamedElsewhere(TextContext context, int start, int end)
    {
        if (end - start != 1 || context.Tokens[start] is not { IsWord: true, IsLatin: false } word)
        {
            return false;
        }
        for (var k = 1; k < context.Tokens.Count; k++)
        {
            // The cheap test first: asked of every word of the text for each name of one word.
            if (k != start && word.Forms.Contains(context.Tokens[k].Norm) && context.Tokens[k - 1].HasFormIn(Institutions)
                && !context.Gazetteer.Titles.TryMatch(context.Tokens, k, false, out _, out _, out _))
            {
                return true;
            }
        }
        return false;
    }

    // «تامر أبو جبل ومحمود محمود»: the word is a name's own after «أبو» or «بن», and names nothing after it.
    private static bool AfterLineage(TextContext context, int k) => context.At(k - 1)?.Norm is "ابو" or "بن" or "ابن" or "ام";

    /// <summary>«مطار الملك خالد», "King Khalid International Airport", «شركة نوكيا»: a name that names a place or an institution.</summary>
    public static bool Include(TextContext context, int start, int end) =>
        context.At(Quoted(context, start) ? start - 2 : start - 1) is { } before && (before.HasFormIn(Facilities) && !AfterLineage(context, before.Index)
            || before.HasFormIn(Institutions) && !context.Gazetteer.Titles.TryMatch(context.Tokens, start, false, out _, out _, out _))
        || context.At(start - 2) is { } twoBefore && twoBefore.HasFormIn(Facilities) && context.At(start - 1) is { IsWord: true } && context.Gazetteer.Titles.TryMatch(context.Tokens, start - 1, false, out _, out _, out _)
        || context.At(end) is { IsLatin: true } after && Facilities.Contains(after.Norm);
}
