using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Recognition;

// A title's complement («الخارجية وشؤون المغتربين», «لدى الأردن») up to where the name or the sentence goes on, and the
// English title composed from it.
public sealed partial class ArabicMentionFinder
{
    private int ParseComplement(int pos, List<string> words, out string? country, bool prepositional = false)
    {
        country = null;
        var start = pos;
        var sawDefinite = false;
        var afterPreposition = prepositional;
        // Where the complement may end on a word without the article: a place («في قطاع غزة») after an organisation's post.
        var kept = start;
        if (prepositional)
        {
            // «بوزارة الخارجية»: the preposition's noun opens a new construct chain.
            var first = _tokens[pos];
            var bare = first.Norm.StartsWith("لل", StringComparison.Ordinal) ? "ال" + first.Norm[2..] : first.Norm[1..];
            words.Add(Translate(bare));
            pos++;
            sawDefinite = ArabicText.StartsWithArticle(bare);
        }
        while (context.At(pos) is { } t && context.SameSentence(start, pos) && pos - start < 10)
        {
            if (t.Text == "(")
            {
                var close = pos + 1;
                while (close < pos + 6 && context.At(close) is { } c && c.Text != ")" && context.SameSentence(pos, close))
                {
                    close++;
                }
                if (context.At(close)?.Text != ")" || !sawDefinite)
                {
                    break;
                }
                pos = close + 1;
                continue;
            }
            if (!t.IsWord)
            {
                break;
            }
            // «المتحدث باسمها عبد الرحمن ديناري»: "in its name" closes the construct; the holder's name follows.
            if (pos == start && t.Norm is "باسمه" or "باسمها" or "باسمهم" or "باسمهما")
            {
                pos++;
                break;
            }
            // «سفير خادم الحرمين الشريفين لدى إيطاليا»: the King's style, "the Custodian of the Two Holy Mosques", stands for
            // Saudi Arabia.
            if (pos == start && t.Norm == "خادم" && context.At(pos + 1)?.Norm == "الحرمين" && context.At(pos + 2)?.Norm == "الشريفين" && context.SameSentence(pos, pos + 2))
            {
                country = "SA";
                words.Add(_g.Countries["SA"].NameEn);
                pos += 3;
                if (context.At(pos)?.Norm == "لدي")
                {
                    pos = SkipEmbassyHost(pos + 1);
                }
                break;
            }
            // «رئيس الموساد», «مدير وكالة المخابرات المركزية»: a state's own service names the post's state.
            if (_g.StateAgencies.TryMatch(_tokens, pos, false, out var agency, out var agencyEnd, out _) && context.SameSentence(pos, agencyEnd - 1))
            {
                country ??= agency.State;
                words.Add(agency.English);
                pos = agencyEnd;
                sawDefinite = true;
                continue;
            }
            if (_countryAt.TryGetValue(pos, out var place))
            {
                // «المتحدث باسم الرئاسة المصرية»: after a preposition the adjective belongs to its noun, and says the state.
                // Unless its gender is not the noun's: «وزيرة الدولة للتعاون الدولي الإماراتية» is the minister's nationality.
                // The English leaves the state to the office's country ("Spokesperson of the Ministry of Foreign Affairs").
                if (place.IsNationality && afterPreposition && sawDefinite && AgreesWithWordBefore(pos))
                {
                    country ??= place.Code;
                    pos = place.End;
                    continue;
                }
                // «وشؤون المصريين بالخارج», «لشؤون المغتربين الأردنيين»: the state's own nationals, whose affairs the post
                // deals with, belong to the title and say its state.
                if (place.IsNationality && pos > start && _tokens[pos - 1].Forms[^1] is "شوون" or "شيون" && Plural(t))
                {
                    country ??= place.Code;
                    words.Add(_g.Countries[place.Code].NameEn);
                    pos = place.End;
                    sawDefinite = true;
                    continue;
                }
                // «وزير الشؤون الخارجية والتعاون والموريتانيين في الخارج»: "and the nationals abroad" is the ministry's too.
                if (place.IsNationality && pos > start && t.Norm[0] == 'و' && Plural(t) && Abroad(place.End) is var abroad && abroad > place.End)
                {
                    country ??= place.Code;
                    words.Add("and Nationals Abroad");
                    pos = abroad;
                    continue;
                }
                // «أمير منطقة الرياض», «محافظ محافظة البصرة»: a region or province named by its city is the complement, and
                // the city's state the office's.
                if (place.IsCity && place.CityEn is { } city && pos > start && _tokens[pos - 1].Forms[^1] is "منطقه" or "محافظه" or "ولايه")
                {
                    country = place.Code;
                    words.Insert(Math.Max(0, words.Count - 1), city);
                    pos = place.End;
                    break;
                }
                // «المتحدثة باسم البيت الأبيض», «الناطق باسم الكرملين»: a seat of power after «باسم» is the post's, and its state.
                if (place.IsCity && afterPreposition && pos > start && _tokens[pos - 1].Norm == "باسم" && SeatOfPowerAt(pos))
                {
                    country ??= place.Code;
                    pos = place.End;
                    break;
                }
                if (place.IsNationality || place.IsCity)
                {
                    break;
                }
                // «أمير قطر», «ملك البحرين»: the state is the complement and the office's country. After a construct noun
                // («وزير خارجية مصر») the English names the portfolio and leaves the state to the country.
                country = place.Code;
                if (!words.Any(w => w.Length > 0))
                {
                    words.Add(_g.Countries[place.Code].NameEn);
                }
                pos = place.End;
                // «قائد قوات سوريا الديمقراطية»: an adjective of the body after the state's name is the body's, not a name's.
                if (context.At(pos) is { IsWord: true } ofBody && ArabicText.StartsWithArticle(ofBody.Norm) && ofBody.Norm.EndsWith("يه", StringComparison.Ordinal)
                    && !_countryAt.ContainsKey(pos) && Translate(ofBody.Norm).Length > 0 && context.SameSentence(start, pos))
                {
                    words.Insert(Math.Max(0, words.Count - 1), Translate(ofBody.Norm));
                    pos++;
                }
                // «سفير أوزبكستان لدى الكويت»: an ambassador's title keeps its host, also when «المعين» ("designate") comes first.
                // «مندوب دولة الكويت الدائم لدى الأمم المتحدة»: "permanent", after the state, before its host.
                if (context.At(pos)?.Norm is "المعين" or "المعينه" or "الدايم" or "الدايمه" && context.At(pos + 1)?.Norm == "لدي")
                {
                    pos++;
                }
                if (context.At(pos)?.Norm == "لدي")
                {
                    pos = SkipEmbassyHost(pos + 1);
                }
                // «سفير المملكة العربية السعودية في لبنان وليد بخاري»: the host after «في» too.
                else if (context.At(pos)?.Norm == "في" && start > 0 && _tokens[start - 1].Forms[^1] is "سفير" or "سفيره"
                         && _countryAt.TryGetValue(pos + 1, out var host) && !host.IsNationality)
                {
                    pos = SkipEmbassyHost(pos + 1);
                }
                break;
            }
            if (t.Norm == "لدي")
            {
                pos = SkipEmbassyHost(pos + 1);
                break;
            }
            // «مدير مكتب جلالة الملك», «رئيس ديوان سمو ولي العهد»: the office of a ruler named by courtesy and title is the
            // complement; the name after it is the office holder's, not the ruler's.
            if (pos == start && _g.Honorifics.TryMatch(_tokens, pos, false, out _, out var courtesyEnd, out _)
                && _g.Titles.TryMatch(_tokens, courtesyEnd, false, out var ruler, out var rulerEnd, out _) && ruler.Kind == TitleKind.Complete
                && context.SameSentence(pos, rulerEnd - 1))
            {
                words.Add("the " + ruler.English);
                pos = rulerEnd;
                break;
            }
            // «عضو مجلس الإدارة والدكتور …»: an honorific ends the complement, behind «و» too.
            if (_g.Honorifics.TryMatch(_tokens, pos, t.Norm[0] == 'و', out _, out _, out _) || EndsComplement(t))
            {
                break;
            }
            // «المنسقة الخاصة للأمم المتحدة في لبنان»: where an organisation's officer serves belongs to the title; the post
            // is still the organisation's, of no state.
            if (pos > start && ServingPlaceAfterFi(pos) is { } posting && PersonStates.NamesAnOrganisation(ArabicText.Normalize(context.Slice(start, pos))))
            {
                pos = kept = posting;
                break;
            }
            if (t.Norm is "في" or "باسم" && context.At(pos + 1) is { IsWord: true } n && !context.IsArabicStop(n)
                && (!_countryAt.ContainsKey(pos + 1) || t.Norm == "باسم" && SeatOfPowerAt(pos + 1)))
            {
                pos++;
                sawDefinite = false;
                afterPreposition = true;
                continue;
            }
            var norm = t.Norm;
            // «وزارة», «وزراء»: a word of titles that opens with «و» is no «و» before another.
            var conj = norm.Length > 3 && norm[0] == 'و' && !_g.GivenNames.ContainsKey(norm) && Translate(norm).Length == 0;
            var bare = conj ? norm[1..] : norm;
            var definite = ArabicText.StartsWithArticle(bare) || bare.StartsWith("لل", StringComparison.Ordinal);
            // «وزير الدفاع ووزير الداخلية», «وزير الاتصال الحكومي الناطق الرسمي»: a title after a complete complement is the next post.
            if (sawDefinite && (conj || definite) && _g.Titles.TryMatch(_tokens, pos, true, out _, out _, out _))
            {
                break;
            }
            if (definite)
            {
                if (sawDefinite && context.IsGivenName(t))
                {
                    break;
                }
                // «وكيل وزارة الخارجية للشؤون السياسية»: "for … Affairs" after a complete complement is the post's own phrase.
                if (sawDefinite && !conj && !prepositional && bare is "للشوون" or "للشيون")
                {
                    break;
                }
                // «للتعاون الدولي», «الدفاع الوطني»: an adjective follows its noun in Arabic and comes before it in English.
                // After "and" it goes inside ("and International Cooperation"); after a noun the English lacks, nowhere.
                if (!conj && sawDefinite && words.Count > 0 && bare.Length > 4 && ArabicText.StartsWithArticle(bare)
                    && (bare[^1] == 'ي' || EnglishAdjectives.Contains(Translate(bare))
                        // «للشؤون السياسية»: the feminine nisba too, unless its English holds its noun ("Foreign Affairs").
                        || bare.EndsWith("يه", StringComparison.Ordinal) && Translate(bare) is { Length: > 0 } feminine && !feminine.Contains(' ', StringComparison.Ordinal)))
                {
                    if (Translate(bare) is { Length: > 0 } adjective && words[^1] is { Length: > 0 } and not "and ")
                    {
                        if (words[^1].StartsWith("and ", StringComparison.Ordinal))
                        {
                            words[^1] = "and " + adjective + " " + words[^1][4..];
                        }
                        else
                        {
                            words.Insert(words.Count - 1, adjective);
                        }
                    }
                }
                // «رئاسة الجمهورية»: the presidency of the republic is "the Presidency".
                else if (!conj && bare == "الجمهوريه" && words.Count > 0 && words[^1] == "Presidency")
                {
                }
                // «للشؤون الخارجية»: the adjective's English already holds its noun ("Foreign Affairs", not "Affairs Foreign Affairs").
                else if (!conj && words.Count > 0 && words[^1].Length > 0 && Translate(bare) is var english && english.EndsWith(" " + words[^1], StringComparison.Ordinal))
                {
                    words[^1] = english;
                }
                // «التكامل الإفريقي والشؤون الخارجية»: so does it after "and" ("and Foreign Affairs").
                else if (!conj && words.Count > 0 && words[^1].StartsWith("and ", StringComparison.Ordinal) && words[^1].Length > 4
                         && Translate(bare) is var joined && joined.EndsWith(" " + words[^1][4..], StringComparison.Ordinal))
                {
                    words[^1] = "and " + joined;
                }
                // «وشؤون المغتربين», «لشؤون مجلس الوزراء»: "Affairs" takes its noun before it ("and Expatriates Affairs").
                else if (!conj && words.Count > 0 && words[^1].EndsWith("Affairs", StringComparison.Ordinal) && AffairsOf(_tokens[pos - 1])
                    && Translate(bare) is { Length: > 0 } noun)
                {
                    words[^1] = words[^1][..^"Affairs".Length] + noun + " Affairs";
                }
                // «المنسق الأعلى للسياسة الخارجية», «حكومة الوحدة الوطنية»: an adjective with no noun the English has before it
                // qualifies the title or a noun the English lacks; alone it would mislead.
                else if (EnglishAdjectives.Contains(Translate(bare)) && (words.Count == 0 || words[^1] is "" or "and "))
                {
                    words.Add("");
                }
                else
                {
                    words.Add(conj ? "and " + Translate(bare) : Translate(bare));
                }
                sawDefinite = true;
                pos++;
                continue;
            }
            // An indefinite word continues a construct chain («قائد مجموعة البحث») but ends the title after a definite one.
            var nextIsDefinite = context.At(pos + 1) is { IsWord: true } nx && ArabicText.StartsWithArticle(nx.Norm);
            // «رئيس تيار الحكمة»: a word of titles is no verb, whatever its shape.
            if ((!sawDefinite && !context.IsGivenName(t) && (!VerbLike(t) || Translate(bare).Length > 0)) || (conj && nextIsDefinite))
            {
                // «إقليم كردستان»: a proper noun after its construct noun comes first in English ("Kurdistan Region").
                if (!conj && _g.ProperTitleWords.Contains(bare) && words.Count > 0 && words[^1] is { Length: > 0 } and not "and ")
                {
                    words.Insert(words.Count - 1, Translate(bare));
                    pos++;
                    continue;
                }
                words.Add(conj ? "and " + Translate(bare) : Translate(bare));
                pos++;
                continue;
            }
            break;
        }
        // A complement never ends on a bare construct noun: give back trailing indefinite words («بالخارج» is definite), but
        // not a proper noun («إقليم كردستان») or "our country" («لدى بلادنا»).
        while (pos > kept && context.At(pos - 1) is { IsWord: true } last && !last.Forms.Any(ArabicText.StartsWithArticle) && !_g.ProperTitleWords.Contains(last.Norm)
               && last.Norm != "بلادنا"
               && !_countryAt.Values.Any(c => c.End == pos) && !last.Norm.StartsWith("لل", StringComparison.Ordinal))
        {
            pos--;
            if (words.Count > 0)
            {
                words.RemoveAt(words.Count - 1);
            }
        }
        return pos;
    }

    // Adjectives whose Arabic does not end in the nisba «ي» («القوات المسلحة», «المخابرات العامة»): English puts them first.
    private static readonly HashSet<string> EnglishAdjectives = new(StringComparer.Ordinal)
    {
        "Armed", "General", "Executive", "Supreme", "Joint", "Central", "National", "Arab", "Presidential", "Military", "Federal", "Constitutional",
        "Social", "Transitional", "Legislative", "European", "African", "International", "Regional",
    };

    // «شؤون», and «شئون» as Egypt writes it.
    private static bool AffairsOf(Token t) => t.Norm is "شوون" or "وشوون" or "لشوون" or "شيون" or "وشيون" or "لشيون";

    // «الرئاسة المصرية» agree, «الدولي الإماراتية» do not: an adjective takes the gender of the noun it qualifies, shown by
    // the feminine ending (ة, folded to ه).
    private bool AgreesWithWordBefore(int pos) => _tokens[pos].Norm.EndsWith('ه') == _tokens[pos - 1].Norm.EndsWith('ه');

    // «المصريين», «المصريون»: the plural of a nationality names its people, not an adjective of the title.
    private static bool Plural(Token t) => t.Norm.EndsWith("يين", StringComparison.Ordinal) || t.Norm.EndsWith("يون", StringComparison.Ordinal);

    private static readonly HashSet<string> DefiniteTimeWords = new(StringComparer.Ordinal)
    {
        "الذي", "التي", "الذين", "اليوم", "الماضي", "الماضيه", "الجاري", "الحالي", "المقبل", "المقبله", "الاحد", "الاثنين",
        "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت",
    };

    // Function and time words end a title's complement; other common nouns («التعاون») may belong to it, and so does a
    // title word the stop list holds («عضو مجلس النواب»).
    private bool SeatOfPowerAt(int pos) => _g.Places.TryMatch(_tokens, pos, false, out var places, out _, out _) && places.Any(p => p.Landmark);

    private bool EndsComplement(Token t) =>
        t.Norm is not ("في" or "باسم") && context.IsArabicStop(t) && !_g.TitleWords.ContainsKey(t.Norm)
        && (!ArabicText.StartsWithArticle(t.Norm.TrimStart('و')) || DefiniteTimeWords.Contains(t.Norm.TrimStart('و')));

    // A construct noun has no article («وزير خارجية مصر»): it means what its definite form does.
    private string Translate(string norm) =>
        _g.TitleWords.TryGetValue(norm, out var en) || !ArabicText.StartsWithArticle(norm) && _g.TitleWords.TryGetValue("ال" + norm, out en) ? en : "";

    private string ComposeEnglish(string title, List<string> heads, List<string> complement, string? country)
    {
        if (_g.Titles.TryGet(Gazetteer.Key(title), out var whole) && whole.Kind != TitleKind.Head)
        {
            return whole.English;
        }
        var head = string.Join(' ', heads);
        var rest = string.Join(' ', complement.Where(w => w.Length > 0 && w != "and ")).Replace("  ", " ", StringComparison.Ordinal).Trim();
        // «رئيس المنظمة», «رئيس الموساد»: the president of a state, the head of a body.
        if (complement.Count > 0 && (country is null || rest.StartsWith("the ", StringComparison.Ordinal)) && head.EndsWith("President", StringComparison.Ordinal))
        {
            head = head[..^"President".Length] + "Head";
        }
        if (rest.StartsWith("and ", StringComparison.Ordinal))
        {
            rest = rest[4..];
        }
        rest = TheMinistry(rest) ?? TheBody(rest) ?? rest;
        return rest.Length == 0 ? head : $"{head} of {rest}";
    }

    // «باسم وزارة الخارجية», «لوزارة الدفاع»: a ministry as English names it, "the Ministry of Defense"; null when the words
    // name none.
    private static string? TheMinistry(string words) =>
        !words.StartsWith("Ministry", StringComparison.Ordinal) ? null
        : words.Length == "Ministry".Length ? "the Ministry" : "the Ministry of" + words["Ministry".Length..];

    // «وكالة المخابرات المركزية», «هيئة الاستثمار»: English names the body's field before it, "the Central Intelligence Agency".
    private static string? TheBody(string words) =>
        words.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 && words[..space] is "Agency" or "Authority" or "Service"
            ? $"the {words[(space + 1)..]} {words[..space]}" : null;

    // «في الخارج», «بالخارج»: "abroad", after the nationals a post serves; the token after it, or k.
    private int Abroad(int k) =>
        context.At(k)?.Norm == "بالخارج" ? k + 1 : context.At(k)?.Norm == "في" && context.At(k + 1)?.Norm == "الخارج" ? k + 2 : k;
}
