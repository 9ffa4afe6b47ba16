using KnowledgeGraph.Domain;
using KnowledgeGraph.Domain.Names;
using KnowledgeGraph.Extraction.Caching;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Meetings;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Recognition;

/// <summary>
/// The state each person of an article serves, where the text does not say it beside the name: from the most specific
/// evidence to the most general.
/// </summary>
internal static class PersonStates
{
    public static void Infer(TextContext context, List<ResolvedPerson> persons, List<CountryMention> countries, List<PersonMention> mentions, List<MeetingDraft> meetings)
    {
        StatesOfPublicFigures(persons, context.Gazetteer);
        Sides(context, persons, countries, mentions);
        Messengers(context, persons, mentions);
        Companions(context, persons, mentions);
        ListedColleagues(context, persons, mentions);
        SpokespeopleOfTheLead(persons);
        SeatsOfPower(context, persons);
        RoyalCompanions(persons, meetings, context.Gazetteer);
        OfficialsOfTheAgencysState(context, persons, countries);
        OfficialsAtHome(persons, meetings, context.Gazetteer, [.. mentions.Where(m => m.Person >= 0 && Counterparts.IsCounterpart(context, mentions, m)).Select(m => m.Person)]);
        Senders(context, persons, meetings);
        OfficialsOfTheArticlesState(context, persons, countries, mentions, meetings, context.Gazetteer);
        HostsOfDelegations(persons, meetings);
        CounterpartsAbroad(context, persons, meetings);
    }

    /// <summary>
    /// «وحضره من الجانب الباكستاني وزير الخارجية محمد إسحاق دار», "On the Indian side, External Affairs Minister …
    /// attended": who is named after a side, in its sentence and before another side, serves that side's state.
    /// </summary>
    private static void Sides(TextContext context, List<ResolvedPerson> persons, List<CountryMention> countries, List<PersonMention> mentions)
    {
        var sides = countries.Where(c => c.IsNationality && SideAt(context, c)).ToList();
        foreach (var side in sides)
        {
            var sentence = context.Tokens[side.Start].Sentence;
            var next = sides.FirstOrDefault(o => o.Start > side.Start && context.Tokens[o.Start].Sentence == sentence)?.Start ?? int.MaxValue;
            foreach (var m in mentions.Where(m => m.Person >= 0 && m.Sentence == sentence && m.Start > side.Start && m.Start < next))
            {
                persons[m.Person].Country ??= side.Code;
            }
        }
    }

    // «من الجانب الباكستاني», «عن الجانب القطري», "on the Indian side", "from the Qatari side".
    private static bool SideAt(TextContext context, CountryMention nationality) =>
        context.At(nationality.Start - 1) is { Norm: "الجانب" } && context.At(nationality.Start - 2)?.Norm is "من" or "عن" or "ومن" or "وعن"
        || context.At(nationality.End) is { Norm: "side" } && context.At(nationality.Start - 1)?.Norm == "the"
           && context.At(nationality.Start - 2)?.Norm is "on" or "from";

    // «تسلم الرئيس رسالة من أمير قطر، نقلها وزير الدولة محمد الخليفي»: who brings a letter serves its sender's state.
    private static void Messengers(TextContext context, List<ResolvedPerson> persons, List<PersonMention> mentions)
    {
        foreach (var word in context.Tokens.Where(t => TriggerLexicon.DeliversLetter(context, t.Index)))
        {
            var messenger = mentions.FirstOrDefault(m => m.Start > word.Index && m.Sentence == word.Sentence && m.Person >= 0);
            var sender = mentions.FirstOrDefault(m => m.Start < word.Index && m.Sentence == word.Sentence && m.Person >= 0 && context.At(m.Start - 1)?.Norm == "من");
            if (messenger is not null && sender is not null && persons[messenger.Person].Country is null)
            {
                persons[messenger.Person].Country = persons[sender.Person].Country;
            }
        }
    }

    // «استقبل … وزير خارجية جنوب السودان …، حيث سلمه رسالة من الرئيس سلفا كير»: a letter's sender whose state the text does
    // not give is of the state of whoever brought it: at the encounter where it was handed over, the one state there that is
    // not the place's.
    private static void Senders(TextContext context, List<ResolvedPerson> persons, List<MeetingDraft> meetings)
    {
        foreach (var p in persons.Where(p => p.Country is null && p.Posts.Count > 0 && !p.Posts.Any(OfAnOrganisation)))
        {
            foreach (var sent in p.Mentions.Where(m => TriggerLexicon.SentMessage(context, m.Start)))
            {
                var at = context.Tokens[sent.Start].Start;
                if (meetings.FirstOrDefault(m => m.Evidence.Start <= at && at < m.Evidence.End) is not { Country: { } place } handedOver)
                {
                    continue;
                }
                var there = handedOver.Participants.Select(o => persons[o].Country).OfType<string>().Distinct().ToList();
                if (there.Contains(place) && there.Where(c => c != place).ToList() is [var state])
                {
                    p.Country = state;
                    break;
                }
            }
        }
    }

    // «وصل فيدان إلى دمشق … والتقى نظيره أسعد الشيباني», "met his counterpart in Damascus": a counterpart met in a state
    // that someone else at the meeting is not from is of that state.
    private static void CounterpartsAbroad(TextContext context, List<ResolvedPerson> persons, List<MeetingDraft> meetings)
    {
        foreach (var p in persons.Where(p => p.Country is null && !p.Posts.Any(OfAnOrganisation) && IsCounterpart(context, p)))
        {
            var abroad = meetings.FirstOrDefault(m => m.Participants.Contains(p.Index) && m.Country is not null && m.Kind != MeetingKind.Call
                && m.Participants.Any(o => o != p.Index && persons[o].Country is { } other && other != m.Country));
            if (abroad is not null)
            {
                p.Country = abroad.Country;
            }
        }
    }

    private static bool IsCounterpart(TextContext context, ResolvedPerson p) =>
        p.Honorifics.Any(h => h.StartsWith("نظير", StringComparison.Ordinal))
        || p.Mentions.Any(m => Counterparts.WordBefore(context, m.Start) >= 0);

    /// <summary>
    /// «وصرح السفير تميم خلاف المتحدث الرسمي باسم وزارة الخارجية»: a spokesperson of the foreign ministry, the presidency
    /// («الرئاسة», «رئاسة الجمهورية») or the government, of no stated state, speaks for the first person named with a post there
    /// (the article's lead).
    /// </summary>
    private static void SpokespeopleOfTheLead(List<ResolvedPerson> persons)
    {
        foreach (var p in persons.Where(p => p.Country is null && p.Posts.Any(post => post.Head == "Spokesperson") && !p.Posts.Any(OfAnOrganisation)))
        {
            var title = ArabicText.Normalize(p.Posts.First(post => post.Head == "Spokesperson").Title).ToLowerInvariant();
            Func<Post, bool>? body = title.Contains("الخارجيه", StringComparison.Ordinal) || title.Contains("foreign", StringComparison.Ordinal)
                ? post => post.TitleEn.Contains("Foreign", StringComparison.Ordinal)
                : title.Contains("الرياسه", StringComparison.Ordinal) || title.Contains("رياسه الجمهوريه", StringComparison.Ordinal) || title.Contains("presiden", StringComparison.Ordinal)
                    ? post => post.Head is "President" or "King" or "Emir" or "Sultan"
                    : title.Contains("الحكومه", StringComparison.Ordinal) || title.Contains("مجلس الوزراء", StringComparison.Ordinal) || title.Contains("government", StringComparison.Ordinal)
                        ? post => post.Head == "Prime Minister"
                        : null;
            if (body is not null && persons.FirstOrDefault(q => q != p && q.Country is not null && q.Posts.Any(body)) is { } lead)
            {
                p.Country = lead.Country;
            }
        }
    }

    // An official whose state the text never states («وزير الخارجية أسعد الشيباني») serves the state the article is about:
    // the one it names clearly more often than any other, the place of its dateline counted twice («أربيل - …»).
    private static void OfficialsOfTheArticlesState(TextContext context, List<ResolvedPerson> persons, List<CountryMention> countries, List<PersonMention> mentions, List<MeetingDraft> meetings, Gazetteer gazetteer)
    {
        var names = new SpanCover(mentions.Where(m => !m.IsTitleOnly && m.Posts.Count == 0).Select(m => (m.Start, m.End)));
        // «يتلقى اتصالاً هاتفياً من نظيره البحريني», "his Saudi counterpart": the counterpart's nationality is the other side's, not the article's; a
        // headline («جلالة الملك يلتقي رئيس الوزراء الهولندي») restates the report and counts nothing twice.
        var headline = context.HeadlineSentence;
        var counts = countries
            .Where(c => !names.Covers(c.Start, c.End) && context.Tokens[c.Start].Sentence != headline && !(c.IsNationality && context.At(c.Start - 1) is { } before
                && (before.Forms[^1] is "نظيره" or "نظيرها" or "نظيرته" or "نظيرتها" || before.Norm is "counterpart")
                || context.At(c.End)?.Norm is "counterpart" or "counterparts"))
            .GroupBy(c => c.Code).Select(g => (Code: g.Key, Count: g.Count() + g.Count(c => IsDateline(context, c))))
            .OrderByDescending(g => g.Count).ToList();
        if (counts.Count == 0 || counts[0].Count < 2 || counts.Count > 1 && counts[1].Count * 3 > counts[0].Count * 2)
        {
            return;
        }
        var state = counts[0].Code;
        foreach (var p in persons.Where(p => OfficialOfNoStatedState(p) && !HeadsAnOrganisationsDelegation(context, p)))
        {
            // «بغداد - واع: وصل رئيس الجمهورية … إلى روما في زيارة رسمية»: who alone visits the state is its guest, of the
            // dateline's state when that is another.
            if (meetings.Any(m => m.Kind == MeetingKind.Visit && m.City is not null && m.Country == state && m.Participants.Count == 1 && m.Participants.Contains(p.Index)))
            {
                p.Country = countries.FirstOrDefault(c => IsDateline(context, c) && c.Code != state)?.Code;
                continue;
            }
            // A king or crown prince belongs to a monarchy: never to a republic the article is about.
            if (p.Posts.Any(post => RoyalHeads.Contains(post.Head)) && !gazetteer.Monarchies.Contains(state))
            {
                continue;
            }
            p.Country = state;
        }
    }

    // «وفداً من البنك الدولي برئاسة المدير الإقليمي …», "a World Bank delegation led by …": the head serves the organisation.
    private static bool HeadsAnOrganisationsDelegation(TextContext context, ResolvedPerson p)
    {
        foreach (var m in p.Mentions)
        {
            for (var led = m.Start - 1; led >= m.Start - 4 && context.At(led) is { } t && context.SameSentence(led, m.Start); led--)
            {
                if (t.Norm is not ("برياسه" or "led" or "headed"))
                {
                    continue;
                }
                for (var k = led - 1; k >= led - 8 && context.At(k) is { } d && context.SameSentence(k, led); k--)
                {
                    if (d.Norm is "وفد" or "وفدا" or "delegation" && NamesAnOrganisation(ArabicText.Normalize(context.Slice(k, led)).ToLowerInvariant()))
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /// <summary>Whether words (normalised, in lower case) name an international body, a party or a movement.</summary>
    internal static bool NamesAnOrganisation(string words)
    {
        foreach (var o in Organisations)
        {
            if (words.Contains(o, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    // «المتحدثة باسم البيت الأبيض», "Kremlin spokesman": a post named after a seat of power is its state's.
    private static void SeatsOfPower(TextContext context, List<ResolvedPerson> persons)
    {
        foreach (var p in persons.Where(p => p.Country is null))
        {
            foreach (var post in p.Posts)
            {
                // Only the post's own tokens: from the first that ends inside it.
                for (var k = context.FirstTokenAt(post.Span.Start); k < context.Tokens.Count && context.Tokens[k].Start < post.Span.End && p.Country is null; k++)
                {
                    if (context.Tokens[k].Start >= post.Span.Start && context.Tokens[k].End <= post.Span.End
                        && context.Gazetteer.Places.TryMatch(context.Tokens, k, true, out var places, out var end, out _)
                        && context.Tokens[end - 1].End <= post.Span.End && places.FirstOrDefault(place => place.Landmark) is { } seat)
                    {
                        p.Country = seat.Code;
                    }
                }
            }
        }
    }

    // «أربيل - روداو», "ERBIL, July 2 -", "KUWAIT:", «المنامة في 25 نوفمبر / بنا /»: a place that opens the text, followed by
    // a dash, a comma or a colon, or by «في» and the day.
    private static bool IsDateline(TextContext context, CountryMention c) =>
        (c.Start == 0 || OpensTheBody(context, c.Start)) && !c.IsNationality
        && (context.At(c.End)?.Text is "-" or "–" or "—" or "," or "،" or ":" || context.At(c.End)?.Norm == "في" && context.At(c.End + 1) is { Kind: TokenKind.Number });

    // «طهران - 23 - 6 (كونا) -- وصل وزير الخارجية …», «الدوحة - قنا: التقى … نائب رئيس مجلس الوزراء … خلال زيارته الرسمية
    // إلى واشنطن»: a state's own agency, abroad or at home, names its own officials by their posts alone; abroad the state
    // most named is the host's, at home it may be the one they visit. At home, not one who heads an organisation's delegation.
    private static void OfficialsOfTheAgencysState(TextContext context, List<ResolvedPerson> persons, List<CountryMention> countries)
    {
        if (Agency(context, countries) is not { } agency)
        {
            return;
        }
        foreach (var p in persons.Where(p => OfficialOfNoStatedState(p) && !HeadsAnOrganisationsDelegation(context, p)))
        {
            p.Country = agency.State;
        }
    }

    // A state's official the text gives no state: a post, none of it an organisation's; not an ambassador alone, who is as
    // likely a foreigner posted there as one of the article's own abroad, and is left alone.
    private static bool OfficialOfNoStatedState(ResolvedPerson p) =>
        p.Country is null && p.Posts.Count > 0 && !p.Posts.Any(OfAnOrganisation) && !p.Posts.All(post => post.Head == "Ambassador");

    /// <summary>
    /// The state of the agency credited after the dateline («طهران - 23 - 6 (كونا) --», «الرياض - سبأ» ending its line,
    /// "MOSCOW (WAM) --"), and whether the dateline is in that state; null when no agency of a state is credited there.
    /// </summary>
    private static (string State, bool AtHome)? Agency(TextContext context, List<CountryMention> countries)
    {
        if (countries.FirstOrDefault(c => IsDateline(context, c)) is not { } dateline)
        {
            // «وطنية - استقبل رئيس مجلس النواب …»: an agency credited with no dateline opens the body and reports from home.
            return context.Gazetteer.NewsAgencies.TryMatch(context.Tokens, 0, false, out var own, out var after, out _)
                && context.At(after)?.Text is "-" or "–" or "—" or "--" or ":" ? (own, true) : null;
        }
        for (var k = dateline.End; k < dateline.End + 12 && context.At(k) is { } t && context.SameSentence(dateline.Start, k); k++)
        {
            if (t.Text is "(" or "/" or "-" or "–" or "—" && context.Gazetteer.NewsAgencies.TryMatch(context.Tokens, k + 1, false, out var state, out var end, out _)
                && (context.At(end)?.Text is ")" or "/" or "-" or "–" or "—" or "--" || !context.SameSentence(k, end)))
            {
                return (state, state == dateline.Code);
            }
        }
        return null;
    }

    // The first word of the line after a headline («… يستقبل الرئيس الإندونيسي\n\nالكويت – …»).
    private static bool OpensTheBody(TextContext context, int k) =>
        k > 0 && context.Tokens[k - 1].Sentence == context.Tokens[0].Sentence && context.Tokens[k].Sentence != context.Tokens[0].Sentence
        && context.Text.AsSpan(context.Tokens[k - 1].End, context.Tokens[k].Start - context.Tokens[k - 1].End).Contains('\n');

    // A listed public figure whose state the text does not state serves the state the gazetteer knows; not one who only
    // holds a post of an organisation here (whose offices and countries stay without a state). A surname alone names
    // the figure only when the article knows the person by nothing more: «محمد الصفدي», later «الصفدي», is not Ayman Safadi.
    // Failing a listed figure, a ruling family that closes the name gives its state.
    private static void StatesOfPublicFigures(List<ResolvedPerson> persons, Gazetteer gazetteer)
    {
        foreach (var p in persons.Where(p => p.Country is null && !p.Posts.Any(post => OfAnOrganisation(post))))
        {
            var keys = p.Aliases.Prepend(p.Name).Select(Gazetteer.Key).SelectMany(AbdSpellings).Distinct().ToList();
            var fullNameKnown = keys.Any(k => k.Contains(' ', StringComparison.Ordinal));
            p.Country = keys.Where(k => !fullNameKnown || k.Contains(' ', StringComparison.Ordinal))
                .Select(k => StateOf(k, gazetteer)).FirstOrDefault(s => s is not null)
                ?? keys.Select(k => RulingFamilyOf(k, gazetteer)).FirstOrDefault(code => code is not null);
        }
    }

    // «سلمان بن عبد العزيز» is the listed «سلمان بن عبدالعزيز»: «عبد» is written apart from the name it opens or joined to it.
    private static IEnumerable<string> AbdSpellings(string key)
    {
        yield return key;
        var words = key.Split(' ');
        if (Array.IndexOf(words, "عبد") is var apart and >= 0 && apart < words.Length - 1)
        {
            yield return string.Join(' ', words[..apart].Append("عبد" + words[apart + 1]).Concat(words[(apart + 2)..]));
        }
        if (words.FirstOrDefault(w => w.Length > 5 && w.StartsWith("عبدال", StringComparison.Ordinal)) is { } joined)
        {
            yield return string.Join(' ', words.Select(w => w == joined ? "عبد " + joined[3..] : w));
        }
    }

    // «محمد بن عبدالرحمن بن جاسم آل ثاني», "Tahnoun bin Zayed Al Nahyan": the family that closes the name rules one state.
    // The family's name alone is no person of it («آل ثاني» said of the family), so a name before it is needed.
    private static string? RulingFamilyOf(string key, Gazetteer gazetteer)
    {
        var words = key.Split(' ');
        return Enumerable.Range(1, Math.Min(2, words.Length - 1))
            .Select(n => gazetteer.RulingFamilies.GetValueOrDefault(string.Join(' ', words[^n..])))
            .FirstOrDefault(code => code is not null);
    }

    private static string? StateOf(string key, Gazetteer gazetteer)
    {
        var words = key.Split(' ');
        // «الصفدي», «بن سلمان»; «عون» and «الأسد» too: two figures bear each, but serve one state.
        if (words.Length == 1 || words is ["بن", _])
        {
            var states = gazetteer.FiguresEndingWith.GetValueOrDefault(key, []).Select(f => gazetteer.FigureStates.GetValueOrDefault(Gazetteer.Key(f))).Distinct().Take(2).ToList();
            return states.Count == 1 ? states[0] : null;
        }
        // «فيصل بن فرحان آل سعود» is the listed «فيصل بن فرحان».
        for (var n = words.Length; n >= 2; n--)
        {
            if (gazetteer.FigureStates.TryGetValue(string.Join(' ', words[..n]), out var state))
            {
                return state;
            }
        }
        // «رشاد محمد العليمي» is the listed «رشاد العليمي», his father's name between.
        if (words is [var given, not ("بن" or "ابن" or "بنت" or "ال" or "عبد" or "ابو"), var family]
            && gazetteer.FigureStates.TryGetValue(given + " " + family, out var withFather))
        {
            return withFather;
        }
        // "Tayyip Erdogan", "Bashar Assad", "Ahmad al-Sharaa": a listed figure's English name spelt another way.
        if (key.Any(ArabicText.IsArabicLetter))
        {
            return null;
        }
        var loose = NameSkeleton.Words(key);
        for (var n = loose.Length; n >= 2; n--)
        {
            var prefix = string.Join(' ', loose[..n]);
            // "Mohammed bin Abdulrahman bin Abdulaziz" goes on where the listed "Mohammed bin Abdulrahman Al Thani" does
            // otherwise: another man.
            if (n < loose.Length && gazetteer.FigureNamesLoose.GetValueOrDefault(prefix) is { } listed
                && NameSkeleton.Words(listed) is var listedWords && listedWords.Length > n && listedWords[n] != loose[n])
            {
                continue;
            }
            if (gazetteer.FigureStatesLoose.GetValueOrDefault(prefix) is { } state)
            {
                return state;
            }
        }
        // "Abdullatif bin Rashid Al Zayani" is the listed "Abdullatif Al Zayani": his given and family names, "bin" and his
        // father's between.
        // Not a regnal number: "Al Hussein bin Abdullah II" is no "Hassan II".
        if (loose.Length >= 4 && loose[1] == "bn" && RegnalNumber.Of(key.Split(' ')[^1]) is null && !loose[^1].Any(char.IsDigit))
        {
            foreach (var surname in new[] { loose[^2..], loose[^1..] })
            {
                if (gazetteer.FigureStatesLoose.GetValueOrDefault(string.Join(' ', surname.Prepend(loose[0]))) is { } fathersBetween)
                {
                    return fathersBetween;
                }
            }
        }
        return null;
    }

    // Without their article, so that «للجامعة العربية», «للأمم المتحدة» («لل» for «ل» + «ال») match too.
    private static readonly string[] Organisations =
    [
        "جامعه الدول", "جامعه العربيه", "امم المتحده", "الاممي", "الامميه", "اتحاد الاوروبي", "مجلس الاوروبي", "مفوضيه الاوروبيه",
        "مفوض الاوروبي", "مفوضه الاوروبيه", "برلمان الاوروبي", "اتحاد الافريقي",
        "صندوق النقد الدولي", "بنك الدولي", "مجلس التعاون", "منظمه", "حركه", "حزب", "حلف", "اللجنه التنفيذيه", "وكاله الدوليه", "وكاله الطاقه الذريه", "باسم الامين العام",
        "حماس", "الحوثي", "انصار الله", "الحشد الشعبي", "قسد", "طالبان", "داعش", "الجهاد الاسلامي",
        "البابا", "league", "united nations", "european union", "european council", "european commission", "european parliament", "african union",
        "monetary fund", "world bank", "organization", "organisation", "movement", "party", "nato", "executive committee", "pope", "cooperation council",
        "hezbollah", "hamas", "houthi", "taliban", "fatah", "syrian democratic forces", "sdf", "atomic energy agency", "international energy agency",
        "international criminal court", "international court of justice", "international committee of the red cross",
        // "head of the group's Gaza politburo": a movement named before.
        "group's", "politburo",
    ];

    // Asked of every post in several passes, and news repeats its titles: each wording is read once.
    private static bool OfAnOrganisation(Post post) => PostsOfOrganisations.Get((post.Title, post.TitleEn), 0, static (key, _) =>
    {
        var (title, titleEn) = (ArabicText.Normalize(key.Title), key.TitleEn);
        return Organisations.Any(o => title.Contains(o, StringComparison.Ordinal) || titleEn.Contains(o, StringComparison.OrdinalIgnoreCase))
            || titleEn.Split(' ').Any(EnglishMentionFinder.IsOrganisationAcronym);
    });

    private static readonly BoundedMemo<(string Title, string TitleEn), bool> PostsOfOrganisations = new(10_000);

    /// <summary>«عضو المكتب السياسي للحزب …», "member of the Political Bureau of the CPC Central Committee": a party's post.</summary>
    internal static bool OfAParty(Post post) =>
        post.Title.Contains("حزب", StringComparison.Ordinal) || post.TitleEn.Contains("Party", StringComparison.Ordinal)
        || post.TitleEn.Contains("Political Bureau of the CPC", StringComparison.Ordinal) || post.TitleEn.Contains("Politburo", StringComparison.OrdinalIgnoreCase);

    // «يرافقه وزير الخارجية», «ورافق الشرع وزير الخارجية», "accompanied by": who travels with someone is of the traveller's state.
    private static void Companions(TextContext context, List<ResolvedPerson> persons, List<PersonMention> mentions)
    {
        foreach (var verb in context.Tokens.Where(t => t.IsWord && t.Forms.Contains("رافق")))
        {
            var after = mentions.Where(m => m.Sentence == verb.Sentence && m.Start > verb.Index && m.Person >= 0).ToList();
            if (after.Count >= 2 && persons[after[0].Person].Country is { } state)
            {
                foreach (var companion in after.Skip(1).Where(m => m.Person != after[0].Person))
                {
                    persons[companion.Person].Country ??= state;
                }
            }
        }
        // "Sharaa was accompanied by Foreign Minister … and Defense Minister …": everyone listed after "accompanied by" is of the
        // state of the traveller, the sentence's first person ("King Abdullah met Trump, accompanied by …"); so after
        // "accompanied at the talks by".
        foreach (var by in context.Tokens.Where(t => t.Norm == "by" && AccompaniedBefore(context, t.Index)))
        {
            var leader = mentions.FirstOrDefault(o => o.Sentence == by.Sentence && o.End < by.Index && o.Person >= 0);
            if (leader is null || persons[leader.Person].Country is not { } state)
            {
                continue;
            }
            var next = by.Index + 1;
            foreach (var companion in mentions.Where(o => o.Sentence == by.Sentence && o.Start > by.Index && o.Person >= 0))
            {
                if (companion.Start != next)
                {
                    break;
                }
                persons[companion.Person].Country ??= state;
                next = companion.End + (context.At(companion.End)?.Norm is "and" or "," ? 1 : 0);
            }
        }
        foreach (var m in mentions.Where(m => m.Person >= 0 && persons[m.Person].Country is null))
        {
            var accompanied = context.AnyNear(m.Start, m.Start - 2, 2,
                t => t.Forms[^1] is "يرافقه" or "يرافقها" or "برفقه" or "بمرافقه" or "رافقه" or "accompanied");
            // The traveller is the sentence's first person ("King Abdullah met Trump, accompanied by ...").
            var leader = accompanied ? mentions.FirstOrDefault(o => o.Start < m.Start && o.Sentence == m.Sentence && o.Person >= 0 && o.Person != m.Person) : null;
            if (leader is not null && persons[leader.Person].Country is not null)
            {
                persons[m.Person].Country = persons[leader.Person].Country;
            }
        }
    }

    // "accompanied" before «by», or "accompanied at the talks", "accompanied on the trip": a few words set off by none.
    private static bool AccompaniedBefore(TextContext context, int by)
    {
        for (var k = by - 1; k >= by - 4 && context.At(k) is { IsWord: true } t && context.SameSentence(k, by); k--)
        {
            if (t.Norm == "accompanied")
            {
                return k == by - 1 || context.At(k + 1)?.Norm is "at" or "on" or "in" or "during";
            }
        }
        return false;
    }

    // «وحضر اللقاء وزير الخارجية فؤاد حسين ووزير النفط حيان عبد الغني»: officials listed one after the other by their posts
    // alone, joined by «و», serve one government; so do those listed after a counterpart («نظيره السوري أسعد الشيباني ووزير
    // الدفاع مرهف أبو قصرة»).
    private static void ListedColleagues(TextContext context, List<ResolvedPerson> persons, List<PersonMention> mentions)
    {
        for (var i = 1; i < mentions.Count; i++)
        {
            var (before, m) = (mentions[i - 1], mentions[i]);
            if (m.Person >= 0 && before.Person >= 0 && m.Person != before.Person && before.End == m.Start && persons[m.Person].Country is null
                && (before.Posts.Count > 0 || Counterparts.IsCounterpart(context, mentions, before)) && m.Posts.Count > 0 && m.Posts.All(p => p.Country is null) && !m.Posts.Any(OfAnOrganisation)
                && context.Tokens[m.Start].Norm is ['و', _, ..] && persons[before.Person].Country is { } state)
            {
                persons[m.Person].Country = state;
            }
        }
    }

    // Who receives a foreign delegation at home is of the host state.
    private static void HostsOfDelegations(List<ResolvedPerson> persons, List<MeetingDraft> meetings)
    {
        foreach (var m in meetings.Where(m => m.Country is not null && m.Delegations.Count > 0 && !m.Delegations.Contains(m.Country)))
        {
            foreach (var p in m.Participants.Select(i => persons[i]).Where(p => p.Country is null && p.Posts.Count > 0))
            {
                p.Country = m.Country;
            }
        }
    }

    /// <summary>
    /// "King Abdullah II met Macron … Crown Prince Hussein attended": a royal whose state the text does not give, at a
    /// meeting with one monarch of a known state, is of that monarch's house.
    /// </summary>
    private static void RoyalCompanions(List<ResolvedPerson> persons, List<MeetingDraft> meetings, Gazetteer gazetteer)
    {
        foreach (var p in persons.Where(p => p.Country is null && p.Posts.Any(post => RoyalHeads.Contains(post.Head))))
        {
            var houses = meetings.Where(m => m.Participants.Contains(p.Index))
                .SelectMany(m => m.Participants.Where(o => o != p.Index && persons[o].Country is not null && persons[o].Posts.Any(post => RoyalHeads.Contains(post.Head))))
                .Select(o => persons[o].Country).Where(c => c is not null && gazetteer.Monarchies.Contains(c)).Distinct().ToList();
            if (houses.Count == 1)
            {
                p.Country = houses[0];
            }
        }
    }

    // The posts of a state's government, which a state's official alone holds (a High Representative may be the EU's).
    private static readonly HashSet<string> StateHeads = new(StringComparer.Ordinal)
    {
        "King", "Emir", "Crown Prince", "Sultan", "President", "Prime Minister", "Minister", "Minister of State", "Governor",
    };

    // Those, a parliament's speaker («Speaker of the National Assembly») and members («النائب فيصل كرامي»), an army's chief of
    // staff («Chief of the General Staff»), whose titles the gazetteer gives whole, and the posts of a ministry, the
    // presidency, the ruler's court or the intelligence service («وكيل وزارة الخارجية», «أمين عام الوزارة», «مدير مكتب رئاسة
    // الجمهورية», «رئيس الديوان الملكي», «رئيس المخابرات العامة»).
    private static bool OfAStatesGovernment(Post post) =>
        StateHeads.Contains(post.Head) || post.Head.StartsWith("Speaker", StringComparison.Ordinal) || post.Head == "Member of Parliament"
        || post.Head.Contains("Staff", StringComparison.Ordinal)
        // "Foreign Minister", "Interior Minister": the English titles that name the portfolio first.
        || post.Head.EndsWith(" Minister", StringComparison.Ordinal)
        || ArabicText.Normalize(post.Title) is var title && StateBodies.Any(body => title.Contains(body, StringComparison.Ordinal))
        || post.TitleEn.Contains("Ministry", StringComparison.Ordinal) || post.TitleEn.Contains("Intelligence", StringComparison.Ordinal);

    private static readonly string[] StateBodies = ["وزاره", "رياسه الجمهوريه", "الديوان", "المخابرات", "الاستخبارات"];

    private static readonly HashSet<string> RoyalHeads = new(StringComparer.Ordinal) { "King", "Queen", "Emir", "Crown Prince", "Sultan" };

    // An official whose state the article does not name beside him receives visitors at home («الرباط - استقبل رئيس
    // الحكومة عزيز أخنوش وزير الخارجية الإسباني»), or meets at home those of his own state only.
    private static void OfficialsAtHome(List<ResolvedPerson> persons, List<MeetingDraft> meetings, Gazetteer gazetteer, HashSet<int> counterparts)
    {
        // «استقبل العليمي في الرياض سفيرة … حضر اللقاء مدير مكتب رئاسة الجمهورية»: at a reception where no one is of the
        // place's state, who attends with a post is of the side of the one who received, named first.
        foreach (var p in persons.Where(p => p.Country is null && p.Posts.Count > 0 && !p.Posts.Any(OfAnOrganisation)))
        {
            // Only when the state of everyone else there is known (but an organisation's envoy's): else the host may be one not
            // yet known to be of the place.
            if (meetings.FirstOrDefault(m => m.Attendees.Contains(p.Index) && m.Country is not null && !m.Participants.Any(o => persons[o].Country == m.Country)
                    && m.Participants.All(o => m.Attendees.Contains(o) || persons[o].Country is not null || persons[o].Posts.Any(OfAnOrganisation))) is { } away
                && away.Participants.Where(o => !away.Attendees.Contains(o) && persons[o].Country is not null).DefaultIfEmpty(-1).Min() is var receiver and >= 0)
            {
                p.Country = persons[receiver].Country;
            }
        }
        foreach (var p in persons.Where(p => p.Country is null && p.Posts.Any(OfAStatesGovernment) && !p.Posts.Any(OfAnOrganisation)))
        {
            // Not when someone of that state is also there with foreigners: then he is the visitor, they the hosts. Who only
            // attended (an ambassador at home for the visit) says nothing of that.
            // A minister or president who is on a trip may not be named with his state («وصل إلى الدوحة وزير الدولة …»): only a
            // monarch is taken for the host of a visit, or one whom a visitor of another state meets there («وكان في استقباله
            // في مطار الكويت الدولي وزير الخارجية …»).
            var royal = p.Posts.Any(post => RoyalHeads.Contains(post.Head));
            // «التقيا في نيويورك على هامش أعمال الجمعية العامة»: on a conference's sidelines no one need be at home.
            var host = meetings.FirstOrDefault(m => m.Participants.Contains(p.Index) && m.Country is not null && !m.OnSidelines
                && (royal && gazetteer.Monarchies.Contains(m.Country) || !royal && m.Kind == MeetingKind.Meeting && m.Participants.Count >= 2
                    // A visitor of another state, or an organisation's official ("Rosemary DiCarlo, who is visiting the country").
                    || !royal && m.Kind == MeetingKind.Visit && m.Participants.Any(o => o != p.Index
                        && (persons[o].Country is { } visitor && visitor != m.Country || persons[o].Country is null && persons[o].Posts.Any(OfAnOrganisation))))
                && (!m.Participants.Any(o => o != p.Index && !m.Attendees.Contains(o) && persons[o].Country == m.Country)
                    // Not with his counterpart ("had met his Saudi counterpart in Riyadh"), who is of another state than his.
                    || m.Kind == MeetingKind.Meeting && m.Delegations.Count == 0 && m.Participants.All(o => o == p.Index || persons[o].Country == m.Country && !counterparts.Contains(o))));
            // «وحضر اللقاء وزير الخارجية» at a reception the home state's leader gave: one of the hosts' side.
            host ??= meetings.FirstOrDefault(m => m.Attendees.Contains(p.Index) && m.Country is not null
                && m.Participants.Any(o => o != p.Index && !m.Attendees.Contains(o) && persons[o].Country == m.Country));
            if (host is not null)
            {
                p.Country = host.Country;
            }
        }
    }
}
