using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Recognition;

// The kinds of word a name runs into or is told by: epithets, kinship, verbs and verb-like foreign names, particles, and the
// verbs whose subject follows them.
public sealed partial class ArabicMentionFinder
{
    // The second word of a compound name word («نصر الله», «يار الله», «عز الدين»): alone it is "God" or "religion".
    internal static readonly HashSet<string> CompoundEnds = new(StringComparer.Ordinal) { "الله", "الدين" };

    // The particles of European surnames («دي لافيغا», «فون دير لاين»). The rules take one only between two words the
    // dictionary does not know, so those that are also Arabic words («لا», «لو», «دير») are safe here.
    internal static readonly HashSet<string> ForeignParticles = new(StringComparer.Ordinal) { "دي", "دا", "دو", "ديل", "دل", "دوس", "داس", "فون", "فان", "دير", "لا", "لو" };

    // Epithets that follow a monarch's name: «المعظم» ("the Great"), «المفدى», «حفظه الله», «أيده الله»; and the words the
    // press puts after anyone's name: «المولود في» ("born in"), «البالغ من العمر» ("aged"), «الحائز على» ("the winner of"),
    // «المقيم في» ("living in"), «نقلت عنه … القول» ("quoted him as saying").
    internal static readonly HashSet<string> PostNominal = new(StringComparer.Ordinal)
    {
        "المعظم", "المفدي", "حفظه", "ايده", "رعاه",
        "المولود", "المولوده", "البالغ", "البالغه", "الحايز", "الحايزه", "المقيم", "المقيمه", "القول",
    };

    // Personal pronouns that are also names elsewhere («هو» is Hu).
    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "هو", "هي", "هم" };

    /// <summary>
    /// Kin with "his" or "her", which after «ابن» or «بنت» names a relative, not a father: «زيان ابن أخيه» is Zayan's nephew.
    /// (Elsewhere «أخيه» is also the courtesy of one head of state to another, «إلى أخيه الرئيس», so it is no kinship word there.)
    /// </summary>
    internal static readonly HashSet<string> KinOfHimOrHer = new(StringComparer.Ordinal)
    {
        "اخيه", "اخيها", "اخوه", "اخوها", "اخته", "اختها", "عمه", "عمها", "خاله", "خالها",
    };

    internal static readonly HashSet<string> Kinship = new(StringComparer.Ordinal)
    {
        "شقيق", "شقيقه", "نجل", "نجله", "كريمه", "زوج", "زوجه", "ارمله", "والد", "والده", "حفيد", "حفيده", "عم", "خال", "صهر", "اخو", "اخت",
    };

    /// <summary>Words that praise or place someone in his profession, between it and his name («الشاعر الكبير», «اللاعب الدولي»), normalised.</summary>
    private static readonly HashSet<string> PraiseWords = new(StringComparer.Ordinal)
    {
        "الكبير", "الكبيره", "الشهير", "الشهيره", "البارز", "البارزه", "المعروف", "المعروفه", "المخضرم", "المخضرمه", "الاشهر", "القدير", "القديره",
        "العالمي", "العالميه", "الدولي", "الدوليه", "المحلي", "المحليه", "الشاب", "الشابه", "الصاعد", "الصاعده", "الجديد", "الجديده", "السابق", "السابقه",
        "المعتزل", "المعتزله", "الاسطوري", "الاسطوريه", "الجليل", "الكبار", "المبدع", "المبدعه", "الموهوب", "الموهوبه", "المتميز", "المتميزه",
        // His rank in it: «المدرب المساعد».
        "المساعد", "المساعده",
        // The field of an expert, analyst or writer: «الخبير الاقتصادي», «المحلل السياسي».
        "السياسي", "السياسيه", "الاقتصادي", "الاقتصاديه", "العسكري", "العسكريه", "الاستراتيجي", "الاستراتيجيه", "الامني", "الامنيه",
        "القانوني", "القانونيه", "الرياضي", "الرياضيه", "الدستوري", "الدستوريه", "الاجتماعي", "الاجتماعيه", "النفسي", "النفسيه", "المالي", "الماليه", "النفطي",
    };

    /// <summary>
    /// «صرح حسام بدران بأن …», «… وأن»: "that" with a preposition or «و» glued to it, hamzated; unhamzated its letters also
    /// spell names («بان كي مون», «فان نيستلروي»), so only the hamza tells it from a name.
    /// </summary>
    internal static bool ThatWithClitic(Token t) =>
        t.Norm is "بان" or "بانه" or "بانها" or "بانهم" or "وان" or "وانه" or "فان" or "فانه" && t.Text.AsSpan().IndexOfAny('أ', 'إ') > 0;

    // «الشيخ حسن ألقى خطبة», «اللاعب سامي التحق بالفريق»: a past verb spelt as if with the article («ألقى», «التحق»),
    // which the dictionary lists only as a verb, ends the name before it.
    internal static bool VerbSpeltWithArticle(TextContext context, Token t) =>
        t is { IsLatin: false, Norm: ['ا', 'ل', _, _, ..] } && context.Gazetteer.Lexicon.IsListedOnlyAsVerb(t.Norm)
        && !context.Gazetteer.FigureSurnames.ContainsKey(t.Norm) && !context.IsGivenName(t);

    // «تبادل حاتم بني هاني التمرير»: a definite verbal noun of the second form («التفعيل»: "the passing") after a name is
    // the verb's object, and the clause goes on after it; one that ends the clause («وقال الوزير أحمد التوفيق إن») or comes
    // before the holder's post («الدكتور أحمد التوفيق وزير الأوقاف») is a family name.
    internal static bool DefiniteVerbalNoun(TextContext context, int k) =>
        context.Tokens[k] is { IsLatin: false, Norm: ['ا', 'ل', 'ت', _, _, 'ي', not ('ه' or 'ي')] } t && !context.Gazetteer.FigureSurnames.ContainsKey(t.Norm)
        && !context.IsGivenName(t) && context.Gazetteer.Lexicon.Knows(t.Norm)
        && context.At(k + 1) is { IsWord: true, Norm: not ("ان" or "انه") } && context.SameSentence(k, k + 1)
        && !context.Gazetteer.Titles.TryMatch(context.Tokens, k + 1, true, out _, out _, out _);

    // «وأفاد بان الحسين يركز»: «بان» is «بأن» as the press often writes it, and Ban only before «كي» (Ban Ki-moon).
    internal static bool ThatWithoutHamza(TextContext context, int k) => context.Tokens[k].Norm == "بان" && context.At(k + 1)?.Norm != "كي";

    internal static bool VerbLike(Token t) =>
        t.Norm.Length >= 4 && (t.Norm[0] is 'ي' or 'ت' || t.Norm.StartsWith("سي", StringComparison.Ordinal) || t.Norm.StartsWith("ست", StringComparison.Ordinal));

    /// <summary>
    /// «قدم الفنان حجاج عبد العظيم برنامجا»: a noun in the indefinite accusative, a dictionary word with «ا» added, is
    /// the object after the name, not its last word; names ending in «ا» are seldom words without it («سيلفا», «كوستا»), and
    /// no indefinite noun has the article («ولد الفقرا»). After a foreign word («كارلوس ألبرتو باريرا») it is the name's, and
    /// so it is after two given names («لويس فيليبي باريرا»).
    /// </summary>
    internal static bool IndefiniteAccusative(TextContext context, Token previous, Token t) =>
        t.Norm.Length >= 5 && t.Norm[^1] == 'ا' && t.Norm[^2] is not ('ا' or 'ي' or 'و') && !ArabicText.StartsWithArticle(t.Norm)
        && !context.IsGivenName(t) && !context.Gazetteer.FigureSurnames.ContainsKey(t.Norm)
        && context.Gazetteer.Lexicon.Knows(t.Norm[..^1])
        && (context.IsGivenName(previous) && !(context.At(previous.Index - 1) is { } before && context.IsGivenName(before))
            || context.KnowsWord(previous));

    /// <summary>
    /// «وفد حماس برئاسة خليل الحية», «وفد يقوده …»: who heads a delegation or body is a person, here a given name and what
    /// follows it, though its words are also ordinary ones («الحية», "the snake").
    /// </summary>
    // Asked of every word: the first letter («ب», «ي») before the set.
    internal static bool HeadedBy(TextContext context, int i) =>
        i > 0 && context.Tokens[i - 1].Norm is ['ب' or 'ي', ..] && HeadedByWords.Contains(context.Tokens[i - 1].Norm) && context.SameSentence(i - 1, i)
        && context.IsGivenName(context.Tokens[i]);

    // «برئاسة», «يقوده», «يتقدمه»: "headed by", before the head's name.
    internal static readonly HashSet<string> HeadedByWords = new(StringComparer.Ordinal) { "برياسه", "يقوده", "يقودها", "يتقدمه", "يتراسه", "يراسه" };

    // «وزيرة خارجية أستراليا بيني وونغ»: «وو» opens a name (Wong, Woodward) unless the dictionary knows the word after «و».
    private bool WawName(Token t) =>
        t.Norm.Length > 3 && t.Norm.StartsWith("وو", StringComparison.Ordinal) && !_g.Lexicon.Knows(t.Norm[1..]) && !context.KnowsWord(t)
        && !context.IsGivenName(t) && !_g.GivenNames.ContainsKey(t.Norm[1..]);

    // «وقال», «وأضاف», «وأكد»: verbs of saying whose subject follows them.
    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
    {
        "قال", "وقال", "قالت", "وقالت", "اضاف", "واضاف", "اضافت", "واضافت", "اكد", "واكد", "اكدت", "واكدت", "اوضح", "واوضح", "صرح", "وصرح",
        "ذكر", "وذكر", "اعلن", "واعلن", "اشار", "واشار", "تابع", "وتابع",
        "يقول", "ويقول", "تقول", "وتقول", "يضيف", "ويضيف", "يوكد", "ويوكد", "يوضح", "ويوضح", "يري", "ويري", "يشير", "ويشير",
    };

    /// <summary>«وقال وهبي إن …»: whether the word before <paramref name="k"/> in its sentence is a verb of saying, whose subject follows it.</summary>
    internal static bool AfterSpeechVerb(TextContext context, int k) =>
        context.At(k - 1) is { } verb && SpeechVerbs.Contains(verb.Norm) && context.SameSentence(k - 1, k);

    /// <summary>
    /// «وقال نيستلروي إن …», «وأضاف فيشمان …»: right after a verb of saying, a word no dictionary knows and no list holds is
    /// its subject, a person.
    /// </summary>
    private bool SpeakerAt(int i)
    {
        // Asked of every word: the cheap tests first, the dictionary last and without a delegate.
        if (i == 0 || _tokens[i] is not { IsWord: true, IsLatin: false } t || t.Kind == TokenKind.Number || t.Norm.Length < 3
            || !context.SameSentence(i - 1, i) || !(SpeechVerbs.Contains(_tokens[i - 1].Norm) || OpeningVerb(i - 1)))
        {
            return false;
        }
        if (_countryAt.ContainsKey(i) || context.IsArabicStopWithClitics(t) || IsPostStart(i) || _g.Honorifics.TryMatch(_tokens, i, true, out _, out _, out _))
        {
            return false;
        }
        // «وقال البدري مدير الكرة»: a word of the dictionary too, when a verb of saying comes before it and his post after.
        return !KnownAsSubject(t) || SpeechVerbs.Contains(_tokens[i - 1].Norm) && context.SameSentence(i, i + 1) && IsPostStart(i + 1);
    }

    // «وهدد تروتنيف …», «كما هاجم ألونسو …», «بعدما سجل تريزيغيه …»: the sentence's opening word, a verb after «و», or a verb
    // the dictionary knows after «كما» or a conjunction of time that opens a clause.
    private bool OpeningVerb(int k) =>
        OpensSentenceWithVerb(context, k)
        || k > 0 && _tokens[k] is { IsWord: true, IsLatin: false } v && _tokens[k - 1].Norm is "كما" or "فيما" or "بينما" or "عندما" or "حينما" or "بعدما"
           && context.SameSentence(k - 1, k) && !ArabicText.StartsWithArticle(v.Norm) && context.KnowsWord(v);

    // «وهدد تروتنيف …»: token «k» is a word with «و» that opens its sentence, a verb by VerbAfterWaw.
    internal static bool OpensSentenceWithVerb(TextContext context, int k) =>
        context.At(k) is { IsWord: true, IsLatin: false, Norm: ['و', _, _, _, ..] } verb && (k == 0 || !context.SameSentence(k - 1, k)) && VerbAfterWaw(context, verb);

    // «وهدد»: a word with «و» whose rest the dictionary knows, without the article and no given name («ووليد جنبلاط …»).
    internal static bool VerbAfterWaw(TextContext context, Token v) =>
        v.Norm[1..] is var verb && !ArabicText.StartsWithArticle(verb) && context.Gazetteer.Lexicon.Knows(verb) && !context.Gazetteer.GivenNames.ContainsKey(verb);

    // «في عهد الشاه عباس ازدهرت المدينة»: a past verb of "she", the «ت» on a stem the dictionary lists only as a verb, ends
    // a name; given names so spelt («رفعت», «حكمت») do not.
    internal static bool PastVerbOfShe(TextContext context, Token t) =>
        t is { IsLatin: false, Norm: [_, _, _, .., 'ت'] } && !context.IsGivenName(t) && !context.Gazetteer.FigureSurnames.ContainsKey(t.Norm)
        && context.Gazetteer.Lexicon.IsListedOnlyAsVerb(t.Norm[..^1]);

    // «باري مارشال وروبين وارن فازا بالجائزة»: a past verb of two («فازا») or more («فازوا») after the names it tells of,
    // when training saw the verb as an ordinary word («نانا» is no dual of «نان»; «إيفا» none of «إيف»).
    internal static bool PastVerbOfTwoOrMore(TextContext context, Token t, Func<string, bool> isCommonWord) =>
        t is { IsWord: true, IsLatin: false, Norm.Length: >= 4 } && !ArabicText.StartsWithArticle(t.Norm) && !context.IsGivenName(t) && !context.Gazetteer.FigureSurnames.ContainsKey(t.Norm)
        && (t.Norm.EndsWith("وا", StringComparison.Ordinal) ? t.Norm[..^2] : t.Norm[^1] == 'ا' ? t.Norm[..^1] : null) is { } verb
        && context.Gazetteer.Lexicon.IsListedOnlyAsVerb(verb) && isCommonWord(verb) && !context.Gazetteer.GivenNames.ContainsKey(verb);

    // «نادر جداً», «جلباباً»: a word written with tanween is a noun or an adjective, never a name's.
    internal static bool WithTanween(Token t) => t.Text.AsSpan().IndexOfAny('\u064B', '\u064C', '\u064D') >= 0;

    // A word shaped like a verb that the dictionary knows: «يبحث»; «تشانغ» is shaped so, but is a name.
    // «سيلتقيان» is a known verb with the future's «س» and the dual's «ان».
    private bool KnownVerb(Token t)
    {
        if (!VerbLike(t))
        {
            return false;
        }
        var stem = t.Norm[0] == 'س' ? t.Norm[1..] : t.Norm;
        return context.KnowsWord(t) || _g.Lexicon.Knows(stem)
            || stem.Length > 4 && (stem.EndsWith("ان", StringComparison.Ordinal) || stem.EndsWith("ون", StringComparison.Ordinal)) && _g.Lexicon.Knows(stem[..^2])
            || UnlistedImperfect(context, t);
    }

    /// <summary>
    /// «يهاتف»: «ي» before a word of four letters or more that the dictionary lists, the whole unknown to it and no given
    /// name: a verb in the imperfect that the dictionary lacks. The word after «ي» must be listed as it stands: read
    /// through affixes, «يوليوس» would be «ي» and «و» before «ليوس»; and shorter, «يانغ» (Yang) would be «ي» and «انغ».
    /// </summary>
    internal static bool UnlistedImperfect(TextContext context, Token t) =>
        t is { IsLatin: false, Norm: ['ي', _, _, _, _, ..] } && !context.IsGivenName(t) && !context.KnowsWord(t) && context.Gazetteer.Lexicon.Lists(t.Norm[1..]);
}
