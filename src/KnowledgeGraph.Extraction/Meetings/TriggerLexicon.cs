using KnowledgeGraph.Domain;
using KnowledgeGraph.Extraction.Dates;
using KnowledgeGraph.Extraction.Recognition;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Meetings;

/// <summary>How news says that people met, visited or called, and that an encounter is only planned or denied.</summary>
public static class TriggerLexicon
{
    private static readonly Dictionary<string, MeetingKind> Words = new(StringComparer.Ordinal)
    {
        ["التقي"] = MeetingKind.Meeting, ["التقت"] = MeetingKind.Meeting, ["يلتقي"] = MeetingKind.Meeting, ["تلتقي"] = MeetingKind.Meeting,
        ["التقيا"] = MeetingKind.Meeting, ["التقوا"] = MeetingKind.Meeting, ["يلتقيان"] = MeetingKind.Meeting, ["تلتقيان"] = MeetingKind.Meeting,
        ["يجتمعان"] = MeetingKind.Meeting, ["تجتمعان"] = MeetingKind.Meeting,
        // «الصفدي وعبد العاطي يبحثان», a headline's dual: the two discussed together, no partner needed («يبحث مع»).
        ["يبحثان"] = MeetingKind.Meeting, ["تبحثان"] = MeetingKind.Meeting, ["يتباحثان"] = MeetingKind.Meeting, ["يناقشان"] = MeetingKind.Meeting,
        ["تناقشان"] = MeetingKind.Meeting, ["لقاء"] = MeetingKind.Meeting, ["لقاءين"] = MeetingKind.Meeting,
        ["لقاءا"] = MeetingKind.Meeting, ["لقاءات"] = MeetingKind.Meeting, ["اللقاءات"] = MeetingKind.Meeting, ["اللقاء"] = MeetingKind.Meeting, ["اجتمع"] = MeetingKind.Meeting, ["اجتمعت"] = MeetingKind.Meeting,
        ["يجتمع"] = MeetingKind.Meeting, ["تجتمع"] = MeetingKind.Meeting, ["اجتماع"] = MeetingKind.Meeting, ["اجتماعا"] = MeetingKind.Meeting,
        ["الاجتماع"] = MeetingKind.Meeting, ["استقبل"] = MeetingKind.Meeting, ["استقبلت"] = MeetingKind.Meeting, ["يستقبل"] = MeetingKind.Meeting,
        ["تستقبل"] = MeetingKind.Meeting, ["استقبال"] = MeetingKind.Meeting, ["محادثات"] = MeetingKind.Meeting, ["مباحثات"] = MeetingKind.Meeting,
        ["المحادثات"] = MeetingKind.Meeting, ["المباحثات"] = MeetingKind.Meeting, ["قمه"] = MeetingKind.Meeting,
        // «خلال لقائه المفوضة الأوروبية», «في اجتماعه مع»: the noun with its possessor is the report of the meeting. Not
        // «في استقباله»: whether its pronoun is the host or the guest, the text does not say.
        ["لقايه"] = MeetingKind.Meeting, ["لقايها"] = MeetingKind.Meeting, ["لقايهما"] = MeetingKind.Meeting, ["لقاءه"] = MeetingKind.Meeting,
        ["لقاءها"] = MeetingKind.Meeting, ["لقاءهما"] = MeetingKind.Meeting, ["اجتماعه"] = MeetingKind.Meeting,
        ["اجتماعها"] = MeetingKind.Meeting, ["اجتماعهما"] = MeetingKind.Meeting, ["مباحثاته"] = MeetingKind.Meeting, ["محادثاته"] = MeetingKind.Meeting, ["اتصاله"] = MeetingKind.Call, ["اتصالها"] = MeetingKind.Call,
        ["زار"] = MeetingKind.Visit, ["زارت"] = MeetingKind.Visit, ["يزور"] = MeetingKind.Visit, ["تزور"] = MeetingKind.Visit,
        ["زياره"] = MeetingKind.Visit, ["الزياره"] = MeetingKind.Visit, ["زيارته"] = MeetingKind.Visit, ["زيارتها"] = MeetingKind.Visit,
        ["جوله"] = MeetingKind.Visit, ["وصل"] = MeetingKind.Visit, ["وصلت"] = MeetingKind.Visit, ["يصل"] = MeetingKind.Visit, ["تصل"] = MeetingKind.Visit,
        ["مكالمه"] = MeetingKind.Call, ["اتصال"] = MeetingKind.Call, ["اتصالا"] = MeetingKind.Call, ["اتصل"] = MeetingKind.Call,
        ["اتصلت"] = MeetingKind.Call, ["هاتف"] = MeetingKind.Call, ["هاتفيا"] = MeetingKind.Call, ["هاتفي"] = MeetingKind.Call, ["هاتفيه"] = MeetingKind.Call,
        // «السيسي يهاتف ماكرون», a headline's present tense.
        ["يهاتف"] = MeetingKind.Call, ["تهاتف"] = MeetingKind.Call,
        // «اتصالين هاتفيين منفصلين», «مكالمتين»: two calls.
        ["اتصالين"] = MeetingKind.Call, ["هاتفيين"] = MeetingKind.Call, ["مكالمتين"] = MeetingKind.Call,
        // "Safadi, Abdelatty discuss Gaza": a headline's plural, the two discussed together.
        ["discuss"] = MeetingKind.Meeting,
        ["met"] = MeetingKind.Meeting, ["meets"] = MeetingKind.Meeting, ["meet"] = MeetingKind.Meeting, ["meeting"] = MeetingKind.Meeting, ["talks"] = MeetingKind.Meeting,
        ["received"] = MeetingKind.Meeting, ["receives"] = MeetingKind.Meeting, ["hosted"] = MeetingKind.Meeting, ["hosts"] = MeetingKind.Meeting,
        ["welcomed"] = MeetingKind.Meeting, ["welcomes"] = MeetingKind.Meeting, ["summit"] = MeetingKind.Meeting,
        ["visited"] = MeetingKind.Visit, ["visit"] = MeetingKind.Visit, ["visits"] = MeetingKind.Visit, ["trip"] = MeetingKind.Visit, ["arrived"] = MeetingKind.Visit, ["arrives"] = MeetingKind.Visit,
        ["call"] = MeetingKind.Call, ["calls"] = MeetingKind.Call, ["telephone"] = MeetingKind.Call, ["videoconference"] = MeetingKind.Call, ["phoned"] = MeetingKind.Call, ["telephoned"] = MeetingKind.Call, ["called"] = MeetingKind.Call, ["phone"] = MeetingKind.Call,
    };

    /// <summary>Whether the word by itself («التقى», «يستقبل», «زار», alone or after its proclitics) reports an encounter.</summary>
    public static bool Reports(TextContext context, Token t) => t.IsWord && FormsOf(context, t).Any(Words.ContainsKey);

    // The word and its forms without proclitics; a given name only as it stands: «فيصل» (Faisal) is no «ف» before «يصل»
    // ("arrives").
    private static IEnumerable<string> FormsOf(TextContext context, Token t) => context.IsGivenName(t) ? [t.Norm] : t.Forms;

    // «نقلها», «سلمها»: who "brought it" (a letter) met the one who received it.
    private static readonly HashSet<string> DeliveryWords = new(StringComparer.Ordinal) { "نقلها", "سلمها" };

    /// <summary>
    /// «تسلم السلطان رسالة خطية من الرئيس الإيراني …», "received a written message from President …": whether the person
    /// named at <paramref name="person"/> sent it; he is not there, who brought it is. The addressee may come between
    /// («رسالة خطية إلى رئيس الجمهورية من أخيه الرئيس السنغالي …»).
    /// </summary>
    public static bool SentMessage(TextContext context, int person)
    {
        for (var from = person - 1; from >= person - 4 && context.At(from) is { } t && context.SameSentence(from, person); from--)
        {
            if (t.Norm is not ("من" or "from"))
            {
                continue;
            }
            for (var k = from - 1; k >= from - 6 && context.At(k) is { IsWord: true } w && context.SameSentence(k, from); k--)
            {
                if (w.Norm is "message" or "letter" or "messages" or "letters" || w.Forms[^1].StartsWith("رسال", StringComparison.Ordinal))
                {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /// <summary>True when token <paramref name="i"/> says a letter named just before was handed over in person («نقلها وزير الدولة …»).</summary>
    public static bool DeliversLetter(TextContext context, int i) =>
        DeliveryWords.Contains(context.Tokens[i].Norm) && context.AnyNear(i, i - 16, 16, w => w.IsWord && w.Forms.Any(f => f.StartsWith("رسال", StringComparison.Ordinal)));

    // «بحث مع», "discussed with": a discussion verb reports a meeting only with a partner.
    private static readonly HashSet<string> WithPartner = new(StringComparer.Ordinal)
    {
        "بحث", "يبحث", "تبحث", "بحثت", "ناقش", "يناقش", "عقد", "تباحث", "يتباحث", "تباحثا", "discussed", "discusses", "held",
    };

    private static readonly HashSet<string> NotHappened = new(StringComparer.Ordinal)
    {
        "المقرر", "سوف", "يعتزم", "تعتزم", "المرتقب", "المرتقبه", "المنتظر", "المزمع", "المزمعه",
        // «لقاء مرتقب», «زيارة مزمعة», «قمة محتملة»: expected, intended or possible, with or without the article.
        "مرتقب", "مرتقبه", "مزمع", "مزمعه", "محتمل", "محتمله", "المحتمل", "المحتمله", "سيلتقي", "ستلتقي", "سيزور", "ستزور", "سيجتمع", "سيستقبل",
        "سيبحث", "سيعقد", "ستعقد", "سيشارك", "ستشارك", "ستستضيف", "سيستضيف", "سيتوجه", "سيجري", "ستجري", "سيصل", "ستصل", "سيقوم", "ستقوم",
        "المقبل", "المقبله", "القادم", "القادمه", "غدا", "يتوقع", "ويتوقع", "المتوقع", "المتوقعه", "متوقع", "متوقعه", "نفي", "نفت", "لم", "دعوه", "الدعوه", "will", "would", "plans", "planned", "scheduled",
        "expected", "slated", "due", "denied", "invited", "invitation", "tomorrow", "upcoming", "next", "to", "declined", "refused",
        // Put off or called off: «أرجأ», «تأجيل», «ألغى», "postponed", "cancelled".
        "ارجا", "ارجات", "ارجاء", "تاجيل", "الغي", "الغت", "الغاء", "postponed", "postpones", "cancelled", "canceled", "cancels", "delayed",
    };

    // Every word, alone or after its proclitics, that Find reports a trigger at: the words of the lists and those the
    // rules below read at the token itself. At any other word no rule can report one, and none is asked.
    private static readonly HashSet<string> MayTrigger = new(
        Words.Keys.Concat(WithPartner).Concat(DeliveryWords).Concat(
        [
            "spoke", "speaks", "اعتماد", "credentials", "موتمر", "الموتمر", "موتمرا", "joint", "sat", "chaired", "chair", "chairs", "المريي", "مريي", "الفيديو",
            "video", "virtual", "استقباله", "استقبالها", "جلسه", "told", "assured", "briefed", "informed",
        ]), StringComparer.Ordinal);

    private static bool MayTriggerAt(Token t)
    {
        foreach (var form in t.Forms)
        {
            if (MayTrigger.Contains(form))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"told a visiting U.S. congressional delegation", "assured visiting Senator …": said to a guest who came, in person.</summary>
    internal static bool ToldAGuest(TextContext context, int i) =>
        context.At(i)?.Norm is "told" or "assured" or "briefed" or "informed" && context.At(context.At(i + 1)?.Norm is "a" or "the" ? i + 2 : i + 1)?.Norm == "visiting";

    public static IEnumerable<Trigger> Find(TextContext context)
    {
        var tokens = context.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!t.IsWord || !MayTriggerAt(t))
            {
                continue;
            }
            // "joined by telephone", «شارك عبر الهاتف»: taking part in a meeting by phone, not a call of its own.
            if (context.At(i - 1)?.Norm is "by" or "via" or "عبر" && context.At(i - 2)?.Norm is "joined" or "participated" or "attended" or "شارك" or "وشارك")
            {
                continue;
            }
            // "Rubio spoke with Netanyahu on Wednesday", the readouts' word for a call.
            if (t.Norm is "spoke" or "speaks" && context.At(i + 1)?.Norm is "with" or "to" && !(context.At(i + 2)?.Norm is "reporters" or "journalists" or "the"))
            {
                yield return new Trigger(i, i + 1, MeetingKind.Call);
                continue;
            }
            // «تسلم … نسخة من أوراق اعتماد سفير …», "received the credentials of": the envoy was received.
            if (Credentials(context, i))
            {
                yield return new Trigger(i, i + 1, MeetingKind.Meeting);
                continue;
            }
            // «مؤتمر صحفي مشترك مع», "a joint news conference with": those who hold one together have met.
            if (JointPressConference(context, i))
            {
                yield return new Trigger(i, i + 1, MeetingKind.Meeting);
                continue;
            }
            // "Macron and Prince Faisal co-chaired a conference …, attended by …": who chair a gathering together meet there
            // (the tokenizer splits the word at its hyphen).
            if (t.Norm is "chaired" or "chair" or "chairs" && context.At(i - 1)?.Text == "-" && context.At(i - 2)?.Norm == "co")
            {
                yield return new Trigger(i, i + 1, MeetingKind.Meeting);
                continue;
            }
            // "sat down with": a meeting. "called off the visit": no call, and the visit did not happen.
            if (t.Norm == "sat" && context.At(i + 1)?.Norm == "down" && context.At(i + 2)?.Norm == "with")
            {
                yield return new Trigger(i, i + 1, MeetingKind.Meeting);
                continue;
            }
            if (ToldAGuest(context, i))
            {
                yield return new Trigger(i, i + 1, MeetingKind.Meeting);
                continue;
            }
            if (t.Norm == "called" && context.At(i + 1)?.Norm == "off")
            {
                continue;
            }
            // "called on the prime minister at her office", "paid a courtesy call on": a visit paid to him, no phone call.
            // "called on Israel to halt the war": urged, no encounter. "called on Monday" is the call's day.
            if (t.Norm is "called" or "calls" or "call" && context.At(i + 1)?.Norm == "on" && context.At(i + 2) is { } after && !DateResolver.IsWeekday(after.Norm))
            {
                if (!UrgedTo(context, i + 2))
                {
                    yield return new Trigger(i, i + 1, MeetingKind.Meeting);
                }
                continue;
            }
            // «جولة مباحثات», «جولة أولى من المحادثات», "a round of talks": the talks are the meeting, the round no trip.
            if (t.Norm is "جوله" or "الجوله" && RoundOfTalks(context, i + 1))
            {
                continue;
            }
            // «يبحثان عن» is "the two look for".
            if (t.Norm is "يبحثان" or "تبحثان" && context.At(i + 1)?.Norm == "عن")
            {
                continue;
            }
            // «كان على اتصال مع» is "was in contact with", no call.
            if (t.Norm is "اتصال" && context.At(i - 1)?.Norm is "علي")
            {
                continue;
            }
            // «عبر الاتصال المرئي», «عبر تقنية الفيديو», "by video link", "a virtual meeting": a video call.
            if (t.Norm is "المريي" or "مريي" && context.At(i - 1)?.Norm is "الاتصال" or "اتصال" or "اتصالا"
                || t.Norm is "الفيديو" && context.At(i - 1)?.Forms.Any(f => f is "عبر" or "تقنيه") == true
                || t.Norm is "video" && context.At(i + 1)?.Norm is "link" or "conference" or "call"
                || t.Norm is "virtual" && context.At(i + 1)?.Norm is "meeting" or "talks" or "summit" or "call")
            {
                yield return new Trigger(i, i + 1, MeetingKind.Call);
                continue;
            }
            // «مؤتمرا صحفيا مشتركا», "a joint press conference": the two sides were together.
            if (t.Norm is "موتمرا" or "الموتمر" or "موتمر" && context.At(i + 1)?.Norm is "صحفيا" or "الصحفي" or "صحفي"
                    && context.At(i + 2)?.Norm is "مشتركا" or "المشترك" or "مشترك"
                || t.Norm == "joint" && context.At(i + 1)?.Norm is "press" or "news" && context.At(i + 2)?.Norm == "conference")
            {
                yield return new Trigger(i, i + 3, MeetingKind.Meeting);
                continue;
            }
            if (DeliversLetter(context, i))
            {
                yield return new Trigger(i, i + 1, MeetingKind.Meeting);
                continue;
            }
            // «أجرى جلسة عمل مع نظيره», "a working session with": a session is an encounter only with a partner named at once.
            if (t.Forms[^1] == "جلسه" && context.At(i + 1)?.Norm == "عمل" && context.At(i + 2)?.Norm == "مع" && context.SameSentence(i, i + 2))
            {
                yield return new Trigger(i, i + 2, MeetingKind.Meeting);
                continue;
            }
            // «وكان في استقباله في المطار وزير الخارجية …», "was there to receive him": the pronoun is the guest, and who welcomed
            // him follows; a welcome on arrival is part of the visit.
            if (WelcomeOnArrival(context, i))
            {
                yield return new Trigger(i, i + 1, MeetingKind.Visit);
                continue;
            }
            // «أكد فلان خلال استقباله اليوم سفير …», "during his receiving": the possessor is the host, the guest follows.
            if (t.Norm is "استقباله" or "استقبالها" && context.At(i - 1)?.Norm is "خلال" or "اثناء" or "لدي")
            {
                yield return new Trigger(i, i + 1, MeetingKind.Meeting);
                continue;
            }
            foreach (var form in FormsOf(context, t))
            {
                if (Words.TryGetValue(form, out var kind))
                {
                    // «اتصالا هاتفيا»: the adjective carries the kind; the noun before it is part of the trigger.
                    yield return new Trigger(i, i + 1, kind);
                    break;
                }
                if (WithPartner.Contains(form) && Partner(context, i))
                {
                    yield return new Trigger(i, i + 1, MeetingKind.Meeting);
                    break;
                }
            }
        }
    }

    // "called on X to halt …": a "to" before a verb later in the clause asks something of X; "to discuss" and the other
    // purposes of a visit do not.
    private static bool UrgedTo(TextContext context, int from)
    {
        for (var k = from; k < from + 16 && context.At(k) is { } t && context.SameSentence(from, k); k++)
        {
            if (t.Text is "," or ";" or ":")
            {
                return false;
            }
            if (t.Norm == "to" && context.At(k + 1) is { IsWord: true } verb)
            {
                return !PurposesOfAVisit.Contains(verb.Norm);
            }
        }
        return false;
    }

    private static readonly HashSet<string> PurposesOfAVisit = new(StringComparer.Ordinal)
    {
        "discuss", "review", "explore", "brief", "convey", "deliver", "hand", "present", "pay", "bid", "exchange", "follow",
    };

    // The partner may come after a long subject: «بحث نائب رئيس الوزراء وزير الخارجية الإماراتي الشيخ عبدالله بن زايد آل
    // نهيان مع نظيره», or two long subjects («عقد حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، والسيد
    // أنور إبراهيم رئيس وزراء ماليزيا، جلسة مباحثات»). A trigger of its own on the way («عقد … لقاءين منفصلين مع») reports
    // the meeting instead.
    private static bool Partner(TextContext context, int i)
    {
        for (var k = i + 1; k <= i + 28 && context.SameSentence(i, k); k++)
        {
            if (context.At(k)?.Norm is "مع" or "with" or "talks" or "محادثات" or "مباحثات" or "لقاء" or "اجتماعا")
            {
                return true;
            }
            // Not a given name read as a proclitic on a trigger: «فيصل» is no «ف» + «يصل» ("arrives").
            if (context.At(k) is { IsWord: true } t && !context.IsGivenName(t) && t.Forms.Any(Words.ContainsKey))
            {
                return false;
            }
        }
        return false;
    }

    private static bool HeadedForBefore(TextContext context, int i) =>
        context.AnyNear(i, i - 20, 20, static w => w.Norm is "متوجها" or "متوجهه" or "متوجهين" or "قاصدا");

    private static readonly HashSet<string> Denials = new(StringComparer.Ordinal) { "نفي", "نفت", "ينفي", "تنفي", "ونفي", "ونفت" };

    // «نفى المتحدث باسم الحكومة الأردنية محمد المومني أن يكون رئيس الوزراء جعفر حسان قد التقى …»: the denial may stand
    // far before the verb, but «أن يكون … قد» ties the two together.
    private static bool IsDeniedPerfect(TextContext context, Trigger trigger)
    {
        if (context.At(trigger.Start - 1)?.Norm != "قد")
        {
            return false;
        }
        var subjunctive = false;
        for (var k = trigger.Start - 2; k >= trigger.Start - 24 && context.SameSentence(trigger.Start, k); k--)
        {
            var norm = context.Tokens[k].Norm;
            subjunctive |= norm is "يكون" or "تكون" or "يكونوا";
            if (subjunctive && Denials.Contains(norm))
            {
                return true;
            }
        }
        return false;
    }

    // «يلتقي رئيس مجلس الوزراء … غداً وزير الخارجية البريطاني»: "tomorrow" after the verb, past a long subject.
    private static bool TomorrowAfter(TextContext context, Trigger trigger)
    {
        var verb = context.Tokens[trigger.Start];
        var arabicPresent = verb.Forms[^1] is ['ي' or 'ت', ..];
        var englishPast = verb.Norm is [.., 'e', 'd'] or "met" or "held" or "spoke" or "sat";
        for (var k = trigger.End; k < trigger.End + 20 && context.At(k) is { } t && context.SameSentence(trigger.Start, k); k++)
        {
            if (t.Norm is "غدا" or "وغدا" or "tomorrow")
            {
                return true;
            }
            // «ويزور الصفدي دمشق الأسبوع المقبل»: a verb in the present with next week, month or year after it; a past one
            // stays («التقى … وبحثا التحضير لاجتماع الأسبوع المقبل» reports a meeting that did happen).
            if (t.Norm is "المقبل" or "المقبله" or "القادم" or "القادمه" && context.At(k - 1)?.Norm is "الاسبوع" or "الشهر" or "العام"
                && arabicPresent)
            {
                return true;
            }
            // "Safadi visits Damascus next week": so in English, but for a verb in the past ("met …, and discussed next week's
            // summit" is no plan of theirs either: a possessive "next week's" names another thing).
            if (t.Norm == "next" && context.At(k + 1)?.Norm is "week" or "month" or "year" && context.At(k + 2)?.Text is not ("'" or "’")
                && !englishPast)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "A meeting between Rubio and … that had been planned for this week was postponed": an encounter named by a noun,
    /// then put off or called off in its own sentence (before its next clause).
    /// </summary>
    private static bool PutOffAfter(TextContext context, Trigger trigger)
    {
        if (context.Tokens[trigger.Start].Norm is not ("meeting" or "talks" or "visit" or "trip" or "summit" or "call"))
        {
            return false;
        }
        var commaBetween = false;
        var reach = trigger.End + 20;
        for (var k = trigger.End; k < reach && context.At(k) is { } t && context.SameSentence(trigger.Start, k) && t.Text is not (";" or ":"); k++)
        {
            // "A meeting between Salam and al-Sharaa, which had been expected in Damascus this week, was postponed": the aside
            // does not count against the reach.
            if (t.Text is "," or "،" && context.At(k + 1)?.Norm is "which" or "who" or "الذي" or "التي"
                && context.ClosingComma(k + 1, k + 16) is { } close && context.SameSentence(k, close))
            {
                reach += close - k;
                k = close;
                continue;
            }
            if (t.Norm is "postponed" or "cancelled" or "canceled" or "delayed" or "scrapped" || t.Norm == "off" && context.At(k - 1)?.Norm is "called" or "put")
            {
                return true;
            }
            // "A meeting between Sisi and Netanyahu has not been scheduled", "has yet to be set", "did not take place", "is expected
            // next week", "will be held in Doha": not happened, or to come. Not after a comma: "Safadi, on his first visit to
            // Indonesia, is due to call on …" is said of the visitor.
            if (t.Text == ",")
            {
                commaBetween = true;
            }
            if (!commaBetween
                && (t.Norm is "scheduled" or "set" or "held" or "confirmed" or "arranged" or "finalized" or "finalised" or "place"
                        && context.AnyNear(k, k - 3, 3, w => w.Norm is "not" or "never" or "yet")
                    || t.Norm is "held" or "place" && context.At(k - 1)?.Norm is "be" or "take" && context.At(k - 2)?.Norm is "will" or "would" or "be"
                    || t.Norm is "expected" or "planned" or "due" && context.At(k - 1)?.Norm is "is" or "are"))
            {
                return true;
            }
            // "The meeting came after talks in Ankara were postponed", "…, but the visit was postponed": another clause's encounter.
            if (t.Norm is "after" or "before" or "when" or "since" or "because" || t.Norm is "but" or "while" or "and" && context.At(k - 1)?.Text == ",")
            {
                return false;
            }
        }
        return false;
    }

    // «نفى مكتب رئيس مجلس النواب نبيه بري ما تناقلته بعض وسائل الإعلام عن لقاء …», "denied reports about a meeting": what a
    // denial calls reports about an encounter did not happen, however long the denier's name.
    private static bool IsDeniedReport(TextContext context, Trigger trigger)
    {
        if (context.At(trigger.Start - 1)?.Norm is not ("عن" or "about" or "of"))
        {
            return false;
        }
        for (var k = trigger.Start - 2; k >= trigger.Start - 24 && context.SameSentence(trigger.Start, k); k--)
        {
            if (Denials.Contains(context.Tokens[k].Norm) || context.Tokens[k].Norm is "denied" or "denies" or "dismissed")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>«وكان في استقباله»: the guest's pronoun on the noun at <paramref name="i"/>, after "was in".</summary>
    internal static bool WelcomeOnArrival(TextContext context, int i) =>
        context.Tokens[i].Norm is "استقباله" or "استقبالها" && context.At(i - 1)?.Norm == "في" && context.At(i - 2)?.Norm is "كان" or "وكان";

    /// <summary>True when words near the trigger say the encounter is planned, expected or denied.</summary>
    public static bool IsNotHappened(TextContext context, Trigger trigger)
    {
        if (IsDeniedPerfect(context, trigger) || IsDeniedReport(context, trigger) || TomorrowAfter(context, trigger) || PutOffAfter(context, trigger) || AgreedToHold(context, trigger)
            || InvitedTo(context, trigger))
        {
            return true;
        }
        // «في زيارة تستمر ثلاثة أيام، يلتقي خلالها الرئيس …»: a visit's programme, "during which he meets".
        if (context.At(trigger.End)?.Norm is "خلالها" or "خلاله" && context.Tokens[trigger.Start].Norm is ['ي' or 'ت', ..])
        {
            return true;
        }
        // «غادر … متوجهاً إلى بروكسل حيث يشارك في اجتماع … ويلتقي على هامشه …»: what he does where he is headed is to come.
        if (context.Tokens[trigger.Start].Forms[^1] is ['ي' or 'ت', ..] && HeadedForBefore(context, trigger.Start))
        {
            return true;
        }
        // Back to the start of the clause (at most 12 words: «سيعقد نائب رئيس الوزراء ... محادثات»), and the word after.
        var from = trigger.Start;
        while (from > trigger.Start - 12 && context.SameSentence(trigger.Start, from - 1)
               && !(context.At(from - 1)?.Text is "،" or "," && context.At(from) is { IsWord: true } opener && opener.Norm.Length > 3 && opener.Norm[0] == 'و'))
        {
            from--;
        }
        for (var k = from; k <= trigger.Start + 1; k++)
        {
            if (k == trigger.Start || !context.SameSentence(trigger.Start, k) || context.At(k) is not { IsWord: true } t)
            {
                continue;
            }
            // Far from the trigger only a future verb, «المقرر», or a denial («نفى مصدر … صحة الأنباء التي تحدثت عن لقاء …») still counts.
            if (k < trigger.Start - 6 && !(t.Norm.StartsWith("سي", StringComparison.Ordinal) || t.Norm.StartsWith("ست", StringComparison.Ordinal)
                || Denials.Contains(t.Norm) || t.Norm is "المقرر" or "will" or "denied" or "declined" or "refused"
                // "is due to travel to Doha on Thursday for talks with …": a plan still, however far its verb.
                || t.Norm is "due" or "scheduled" or "expected" or "slated" && context.At(k + 1)?.Norm == "to"))
            {
                continue;
            }
            // "to meet", and "to hold indirect talks", "left for Muscat to hold talks": a purpose, not what happened.
            if (t.Norm == "to" && k != trigger.Start - 1
                && !(k >= trigger.Start - 4 && context.At(k + 1)?.Norm is "hold" or "have" or "conduct" or "attend" or "join" or "discuss"))
            {
                continue;
            }
            // "has not met", "never met": a negation right before the verb.
            if (t.Norm is "not" or "never" or "hasn't" or "haven't" or "hadn't" or "didn't" && k >= trigger.Start - 2 && k < trigger.Start)
            {
                return true;
            }
            // "called off", not "kicked off".
            if (NotHappened.Contains(t.Norm) || (t.Norm.Length > 3 && t.Norm[0] == 'و' && NotHappened.Contains(t.Norm[1..]))
                || t.Norm == "off" && context.At(k - 1)?.Norm == "called")
            {
                return true;
            }
        }
        return false;
    }

    // «ودعا الرئيس السيسي الرئيس أردوغان إلى زيارة القاهرة», «وجه دعوة إلى … لزيارة القاهرة»: a visit someone is invited to
    // is yet to be, however long the guest's name. «دعا» is also "called for", said during a meeting that did happen
    // («ودعا خلال لقائه …»), so only an encounter after «إلى» or «ل» counts.
    private static bool InvitedTo(TextContext context, Trigger trigger)
    {
        var at = trigger.Start;
        if (context.At(at - 1)?.Norm == "الي")
        {
            at--;
        }
        else if (context.Tokens[at].Norm is not ['ل', _, ..] || context.Tokens[at].Norm.StartsWith("لقا", StringComparison.Ordinal))
        {
            return false;
        }
        for (var k = at - 1; k >= at - 12 && context.At(k) is { } t && context.SameSentence(k, trigger.Start) && t.Text is not ("،" or "," or "."); k--)
        {
            if (t.Forms[^1] is "دعا" or "دعت" or "دعاه" or "دعته" or "دعاها" or "دعتها" or "يدعو" or "تدعو" or "دعوه" or "الدعوه")
            {
                return true;
            }
        }
        return false;
    }

    // «اتفق الجانبان على عقد اجتماع للجنة المشتركة», "agreed to hold talks": what two sides agree to hold is yet to be.
    private static bool AgreedToHold(TextContext context, Trigger trigger)
    {
        var hold = context.At(trigger.Start - 1)?.Norm is "عقد" or "اجراء" && context.At(trigger.Start - 2)?.Norm == "علي" ? trigger.Start - 2
            : context.At(trigger.Start - 1)?.Norm is "hold" or "meet" && context.At(trigger.Start - 2)?.Norm == "to" ? trigger.Start - 2
            : context.At(trigger.Start - 2)?.Norm is "hold" && context.At(trigger.Start - 1)?.Norm is "a" or "new" or "further" && context.At(trigger.Start - 3)?.Norm == "to" ? trigger.Start - 3
            : -1;
        for (var k = hold - 1; hold > 0 && k >= hold - 3 && context.SameSentence(k, hold); k--)
        {
            if (context.Tokens[k].Forms.Any(f => f is "اتفق" or "اتفقا" or "اتفقوا" or "اتفقت") || context.Tokens[k].Norm is "agreed" or "agree")
            {
                return true;
            }
        }
        return false;
    }

    private static bool Credentials(TextContext context, int i)
    {
        var arabic = context.Tokens[i].Norm == "اعتماد" && context.At(i - 1)?.Forms[^1] == "اوراق";
        if (!arabic && context.Tokens[i].Norm != "credentials")
        {
            return false;
        }
        // The verb may stand before a long subject: «تسلم صاحب السمو الملكي الأمير فيصل بن فرحان … أوراق اعتماد».
        for (var k = i - 1; k >= i - 24 && context.At(k) is { } t && context.SameSentence(k, i); k--)
        {
            if (t.Forms.Any(f => f is "تسلم" or "يتسلم" or "تسلمت" or "قدم" or "يقدم" or "قدمت" or "تقبل") || t.Norm is "received" or "presented" or "accepted")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>«مؤتمر صحفي مشترك», "joint news conference" at <paramref name="i"/>.</summary>
    // Asked of every token: the rare last word first.
    public static bool JointPressConference(TextContext context, int i) =>
        context.At(i + 2)?.Norm switch
        {
            "مشترك" or "المشترك" or "مشتركا" => context.At(i + 1)?.Norm is "صحفي" or "صحافي" or "الصحفي" or "الصحافي" or "صحفيا" or "صحافيا"
                && context.Tokens[i].Forms[^1] is "موتمر" or "الموتمر" or "موتمرا",
            "conference" => context.Tokens[i].Norm == "joint" && context.At(i + 1)?.Norm is "news" or "press",
            _ => false,
        };

    // The words between «جولة» and its talks: «أولى», «جديدة», «ثانية من».
    private static readonly HashSet<string> RoundWords = new(StringComparer.Ordinal)
    {
        "اولي", "الاولي", "ثانيه", "الثانيه", "ثالثه", "الثالثه", "رابعه", "الرابعه", "خامسه", "الخامسه", "جديده", "الجديده", "اخري", "من",
    };

    /// <summary>Whether the words from <paramref name="k"/> on, after «جولة», name the talks it is a round of.</summary>
    public static bool RoundOfTalks(TextContext context, int k)
    {
        for (var end = k + 3; k < end && context.At(k) is { IsWord: true } w; k++)
        {
            if (w.Forms[^1] is "مباحثات" or "محادثات" or "مفاوضات" or "المباحثات" or "المحادثات" or "المفاوضات" or "حوار" or "الحوار")
            {
                return true;
            }
            if (!RoundWords.Contains(w.Norm))
            {
                return false;
            }
        }
        return false;
    }
}
