using KnowledgeGraph.Domain;
using KnowledgeGraph.Extraction.Dates;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Learning;
using KnowledgeGraph.Extraction.Meetings;
using KnowledgeGraph.Extraction.Recognition;
using KnowledgeGraph.Extraction.Text;
using KnowledgeGraph.Extraction.Transliteration;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// Text and published date in, facts out: persons, countries, offices and meetings with their spans.
/// Pure and deterministic: no I/O beyond the embedded gazetteers loaded once.
/// </summary>
public sealed class ArticleExtractor(Gazetteer gazetteer, PersonTagger? tagger)
{
    public ArticleExtractor()
        : this(Gazetteer.Default, PersonTagger.Default)
    {
    }

    public ArticleFacts Extract(Article article)
    {
        var tokens = Tokenizer.Tokenize(article.Text);
        var context = new TextContext(article.Text, tokens, gazetteer);
        var countries = CountryRecognizer.Find(context);
        var english = IsEnglish(article, tokens);
        var mentions = english ? new EnglishMentionFinder(context, countries).Find() : new ArabicMentionFinder(context, countries).Find();
        if (!english && tagger is not null)
        {
            AddTaggedNames(context, mentions, tagger);
        }
        var persons = new PersonResolver(context).Resolve(mentions);
        var dates = DateResolver.Find(tokens, article.Published);
        var meetings = new MeetingRecognizer(context, mentions, countries, dates).Find(out var delegationMembers);
        foreach (var (code, members) in delegationMembers)
        {
            foreach (var member in members)
            {
                persons[member].Country ??= code;
            }
        }
        // From the most specific evidence to the most general.
        StatesOfPublicFigures(persons, gazetteer);
        Companions(context, persons, mentions);
        OfficialsOfTheArticlesState(persons, countries, mentions, gazetteer);
        HeadsOfStateFromPlace(persons, meetings);
        HostsOfDelegations(persons, meetings);

        var ids = persons.Select(p => "p" + (p.Index + 1)).ToArray();
        var personFacts = persons.Select(p => new PersonFact(
            ids[p.Index],
            p.Name,
            [.. p.Aliases.Where(a => a != p.Name)],
            english ? p.Name : Transliterator.ToLatin(p.Name, gazetteer),
            p.Country is null ? [] : [p.Country],
            p.Span)).ToList();
        var offices = persons.SelectMany(p => p.Posts.Select(post => new OfficeFact(ids[p.Index], post.Title, post.TitleEn, post.Country ?? p.Country, post.Span))).ToList();
        var nameSpans = mentions.Where(m => !m.IsTitleOnly).Select(m => m.Span).ToList();
        var countryCodes = countries
            .Where(c => !nameSpans.Any(s => tokens[c.Start].Start >= s.Start && tokens[c.End - 1].End <= s.End))
            .Select(c => c.Code).Distinct().ToList();
        var meetingFacts = meetings.Select(m => new MeetingFact(
            m.Kind,
            [.. m.Participants.Select(p => ids[p])],
            [.. m.Delegations],
            m.Date,
            m.City,
            m.Country,
            m.Evidence)).ToList();
        return new ArticleFacts(article.Id, personFacts, countryCodes, offices, meetingFacts);
    }

    /// <summary>
    /// Names the trained tagger finds where no title or honorific introduced them («نظام بشار الأسد»); the tagger
    /// also says where a name found by rule ends («جو بايدن جماعات مسلحة» → «جو بايدن»).
    /// </summary>
    private static void AddTaggedNames(TextContext context, List<PersonMention> mentions, PersonTagger tagger)
    {
        var tokens = context.Tokens;
        var tagged = SplitAtConjunctions(context, tagger.Find(tokens));
        // A name found only because it opens with a given name («حسن», «جمال» are also words) needs the tagger's agreement.
        mentions.RemoveAll(m => !m.IsTitleOnly && m.Posts.Count == 0 && m.Honorifics.Count == 0
            && !tagged.Any(t => t.Start <= FirstTokenAt(tokens, m.Span.Start) && t.End > FirstTokenAt(tokens, m.Span.Start)));
        DropOrdinaryWordsAfterTitles(context, mentions, tagged);
        EndGivenNamesWhereTheTaggerEnds(context, mentions, tagged);
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.IsTitleOnly || mention.NameWords.Count < 3)
            {
                continue;
            }
            var nameStart = FirstTokenAt(tokens, mention.Span.Start);
            // After an honorific a given name alone is enough («الأمير محمد ضيفه» → «محمد»): the resolver knows who he is.
            var shortest = mention.Honorifics.Count > 0 || mention.Posts.Count > 0 ? 1 : 2;
            var cut = tagged.FirstOrDefault(t => t.Start == nameStart && t.End - t.Start >= shortest && t.End < mention.End
                && (t.End - t.Start >= 2 || context.IsGivenName(tokens[t.Start]))
                // «غانم صقر الغانم»: a family name closing the rule's name stays unless training saw it as an ordinary word.
                && !(t.End == mention.End - 1 && ArabicText.StartsWithArticle(tokens[t.End].Norm) && !tagger.IsCommonWord(tokens[t.End].Norm))
                && !context.IsGivenName(tokens[t.End])
                // «إدواردو باتريسيو بينيا هالر،»: a long foreign name the tagger does not know, ending at the comma, stays whole.
                && (tagger.IsCommonWord(tokens[t.End].Norm) || context.At(mention.End) is not { Kind: TokenKind.Punct, Text: "،" or "," or "." })
                && !Enumerable.Range(t.Start, mention.End - t.Start).Any(k => tokens[k].Norm is "بن" or "ابن" or "بنت" or "ال" or "ابو" or "عبد"));
            if (cut != default)
            {
                var name = context.Slice(cut.Start, cut.End);
                mentions[m] = new PersonMention
                {
                    Start = mention.Start, End = cut.End, Sentence = mention.Sentence, Name = name,
                    NameWords = ArabicText.Normalize(name).Split(' ', StringSplitOptions.RemoveEmptyEntries),
                    Span = context.SpanOf(cut.Start, cut.End), Posts = mention.Posts, Honorifics = mention.Honorifics, Country = mention.Country,
                };
            }
        }
        var taken = new bool[tokens.Count];
        foreach (var m in mentions)
        {
            for (var k = m.Start; k < m.End && k < taken.Length; k++)
            {
                taken[k] = true;
            }
        }
        foreach (var (start, taggedEnd) in tagged.Concat(LoneFigureSurnames(context, tagged, taken)).OrderBy(t => t.Start))
        {
            // The tagger may run into the verb or phrase after a name («الصفدي يبحثان», «عبد العاطي بنتائج»).
            var end = taggedEnd;
            while (end - start > 1 && tokens[end - 1] is { } last && !context.IsGivenName(last)
                   && (ArabicMentionFinder.VerbLike(last) || context.IsArabicStopWithClitics(last)
                       || last.Norm.Length > 4 && last.Norm[0] is 'ب' or 'ل' or 'ك' && last.Forms.Any(f => f.StartsWith("ال", StringComparison.Ordinal))))
            {
                end--;
            }
            if (Enumerable.Range(start, end - start).Any(k => taken[k] || !tokens[k].IsWord) || NamesAPlace(context, start, end))
            {
                continue;
            }
            var first = tokens[start];
            // A lone adjective-like word («أساسي») is more often an adjective than a name.
            if (end - start == 1 && (context.IsArabicStopWithClitics(first)
                || !context.IsGivenName(first) && !ArabicText.StartsWithArticle(first.Norm) && first.Norm.EndsWith('ي') && !IsFigureSurname(context, first)))
            {
                continue;
            }
            // «وبوش», «ببشار», «فبوتين», «لساركوزي»: a proclitic is not part of the name; but a public figure's name keeps
            // its first letter («فيدان» is Fidan), and so does a name that opens with «ف» when what follows is no known name
            // («فيرغسون», «فرناندو»): the conjunction «ف» rarely comes before a name, «و» often does.
            var clitic = IsLineageAfterAnd(first.Norm) ? 1 : first.Forms.Skip(1)
                .Where(f => context.Gazetteer.GivenNames.ContainsKey(f)
                    || first.Norm[0] == 'و' && !context.IsGivenName(first) && !context.Gazetteer.FigureSurnames.ContainsKey(first.Norm)
                    || first.Norm[0] != 'و' && first.Norm.EndsWith(f, StringComparison.Ordinal) && context.Gazetteer.FigureSurnames.ContainsKey(f))
                .Select(f => first.Norm.Length - f.Length).FirstOrDefault();
            var name = context.SliceAfterClitic(start, end, clitic, out var span);
            mentions.Add(new PersonMention
            {
                Start = start,
                End = end,
                Sentence = first.Sentence,
                Name = name,
                NameWords = ArabicText.Normalize(name).Split(' ', StringSplitOptions.RemoveEmptyEntries),
                Span = span,
            });
        }
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>
    /// A public figure's surname that no dictionary lists («ساركوزي», «لاريجاني») names the figure even where the tagger
    /// missed it; surnames that are also words («الأسد», «عون») are left to the tagger.
    /// </summary>
    private static IEnumerable<(int Start, int End)> LoneFigureSurnames(TextContext context, List<(int Start, int End)> tagged, bool[] taken)
    {
        var g = context.Gazetteer;
        for (var k = 0; k < context.Tokens.Count; k++)
        {
            var t = context.Tokens[k];
            if (t.IsWord && !t.IsLatin && !taken[k] && !tagged.Any(s => s.Start <= k && s.End > k)
                && IsFigureSurname(context, t) && !g.Lexicon.Knows(t.Norm))
            {
                yield return (k, k + 1);
            }
        }
    }

    // The word, or the word without its proclitics («لساركوزي»), is a listed figure's surname; «للسيسي» is not «السيسي» in the text.
    private static bool IsFigureSurname(TextContext context, Token t) =>
        t.Forms.Any(f => f.Length >= 3 && t.Norm.EndsWith(f, StringComparison.Ordinal) && context.Gazetteer.FigureSurnames.ContainsKey(f));

    /// <summary>
    /// A title or rank followed by ordinary words («المدرب ارتكب أخطاء», «الفريق الأحمر» "the red team») introduces no
    /// name. What follows a title is a name when its first word looks like one (a given name, a lineage word, a public
    /// figure's name, a word the dictionary does not list) or the tagger sees a name there; otherwise the title stands alone.
    /// </summary>
    private static void DropOrdinaryWordsAfterTitles(TextContext context, List<PersonMention> mentions, List<(int Start, int End)> tagged)
    {
        var tokens = context.Tokens;
        for (var m = mentions.Count - 1; m >= 0; m--)
        {
            var mention = mentions[m];
            if (mention.IsTitleOnly || mention.Posts.Count == 0 && mention.Honorifics.Count == 0)
            {
                continue;
            }
            var nameStart = FirstTokenAt(tokens, mention.Span.Start);
            if (LooksLikeName(context, nameStart) || tagged.Any(t => t.Start < mention.End && t.End > nameStart))
            {
                continue;
            }
            if (mention.Posts.Count > 0)
            {
                mentions[m] = new PersonMention
                {
                    Start = mention.Start, End = nameStart, Sentence = mention.Sentence, Posts = mention.Posts, Country = mention.Country,
                    Span = context.SpanOf(mention.Start, nameStart),
                };
            }
            else
            {
                mentions.RemoveAt(m);
            }
        }
    }

    /// <summary>
    /// A name found because it opens with a given name runs on until a function word; where the tagger ends it earlier
    /// and the next word is an ordinary word of the dictionary («جوزيه لإيقاف خطورتهم», «كورت لنا التفاصيل»), it ends there.
    /// </summary>
    private static void EndGivenNamesWhereTheTaggerEnds(TextContext context, List<PersonMention> mentions, List<(int Start, int End)> tagged)
    {
        var tokens = context.Tokens;
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.IsTitleOnly || mention.Posts.Count > 0 || mention.Honorifics.Count > 0)
            {
                continue;
            }
            var first = FirstTokenAt(tokens, mention.Span.Start);
            var end = tagged.FirstOrDefault(t => t.Start <= first && t.End > first).End;
            if (end <= first || end >= mention.End || LooksLikeName(context, end) || !tokens[end].IsWord)
            {
                continue;
            }
            // The name keeps where it started (after any proclitic the finder left out).
            var span = new TextSpan(mention.Span.Start, tokens[end - 1].End);
            var name = context.Text[span.Start..span.End];
            mentions[m] = new PersonMention
            {
                Start = mention.Start, End = end, Sentence = mention.Sentence, Name = name,
                NameWords = ArabicText.Normalize(name).Split(' ', StringSplitOptions.RemoveEmptyEntries),
                Span = span, Country = mention.Country,
            };
        }
    }

    private static bool LooksLikeName(TextContext context, int k)
    {
        var t = context.Tokens[k];
        var g = context.Gazetteer;
        return t.IsLatin || context.IsGivenName(t) || t.Norm is "بن" or "ابن" or "بنت" or "ابو" or "ابي" or "ال" or "عبد" or "ام"
            || t.Forms.Any(f => g.FigureSurnames.ContainsKey(f) || !g.Lexicon.Knows(f))
            || g.PublicFigures.TryMatch(context.Tokens, k, true, out _, out _, out _);
    }

    // Normalised: «مؤسسة» is «موسسه», «هيئة» is «هييه».
    private static readonly HashSet<string> Facilities = new(StringComparer.Ordinal)
    {
        "مطار", "جامعه", "مدينه", "شارع", "مسجد", "قاعده", "مستشفي", "ميناء", "قصر", "جسر", "سد", "ملعب", "مركز", "موسسه", "جايزه",
        // Institutions named after people, or with names the tagger takes for people («صحيفة يديعوت أحرونوت», «نادي بنفيكا»).
        "نادي", "فريق", "منتخب", "صحيفه", "جريده", "مجله", "شركه", "وكاله", "مصرف", "بنك", "حزب", "قناه", "منظمه", "جمعيه", "هييه", "مجموعه",
        "airport", "university", "city", "street", "mosque", "base", "hospital", "port", "palace", "bridge", "dam", "stadium", "center", "centre", "foundation", "prize", "international",
    };

    /// <summary>«مطار الملك خالد», "King Khalid International Airport", «شركة نوكيا»: a name that names a place or an institution.</summary>
    internal static bool NamesAPlace(TextContext context, int start, int end) =>
        context.At(start - 1) is { } before && Facilities.Contains(before.Forms[^1])
        || context.At(start - 2) is { } twoBefore && Facilities.Contains(twoBefore.Forms[^1]) && context.At(start - 1) is { IsWord: true } && context.Gazetteer.Titles.TryMatch(context.Tokens, start - 1, false, out _, out _, out _)
        || context.At(end) is { IsLatin: true } after && Facilities.Contains(after.Norm);

    // «وبن», «وأبو»: too short to lose «و» by the proclitic rule, yet «و» + a lineage word.
    private static bool IsLineageAfterAnd(string norm) => norm is "وبن" or "وابن" or "وابو" or "وعبد";

    /// <summary>«ابن فرحان والصفدي»: a word that opens with «و» inside a tagged name starts the next name.</summary>
    private static List<(int Start, int End)> SplitAtConjunctions(TextContext context, List<(int Start, int End)> spans)
    {
        var result = new List<(int, int)>();
        // The tagger may open a new name inside a long foreign one («إدواردو باتريسيو | بينيا هالر»): adjacent parts are one name.
        var joined = new List<(int Start, int End)>();
        foreach (var span in spans)
        {
            if (joined.Count > 0 && joined[^1].End == span.Start && context.Tokens[span.Start].Norm[0] != 'و')
            {
                joined[^1] = (joined[^1].Start, span.End);
            }
            else
            {
                joined.Add(span);
            }
        }
        foreach (var (start, end) in joined)
        {
            var from = start;
            for (var k = start + 1; k < end; k++)
            {
                var t = context.Tokens[k];
                // «موسى وبن عيسى»: a lineage word after «و» opens the next name too.
                if (t.Norm.Length > 3 && t.Norm[0] == 'و' && !context.IsGivenName(t) && !context.OpensWithWawYetContinuesName(context.Tokens[k - 1], t) || IsLineageAfterAnd(t.Norm))
                {
                    result.Add((from, k));
                    from = k;
                }
            }
            result.Add((from, end));
        }
        return result;
    }

    private static int FirstTokenAt(IReadOnlyList<Text.Token> tokens, int offset)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].End > offset)
            {
                return k;
            }
        }
        return tokens.Count;
    }

    private static bool IsEnglish(Article article, IReadOnlyList<Token> tokens)
    {
        if (article.Language is { Length: > 0 } language)
        {
            return language.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        }
        var words = tokens.Where(t => t.IsWord).Take(200).ToList();
        return words.Count > 0 && words.Count(t => t.IsLatin) * 2 > words.Count;
    }

    // An official whose state the text never states («وزير الخارجية أسعد الشيباني») serves the state the article is about:
    // the one it names clearly more often than any other.
    private static void OfficialsOfTheArticlesState(List<ResolvedPerson> persons, List<CountryMention> countries, List<PersonMention> mentions, Gazetteer gazetteer)
    {
        var counts = countries
            .Where(c => !mentions.Any(m => !m.IsTitleOnly && c.Start >= m.Start && c.End <= m.End && m.Posts.Count == 0))
            .GroupBy(c => c.Code).Select(g => (Code: g.Key, Count: g.Count())).OrderByDescending(g => g.Count).ToList();
        if (counts.Count == 0 || counts[0].Count < 2 || counts.Count > 1 && counts[1].Count * 3 > counts[0].Count * 2)
        {
            return;
        }
        var state = counts[0].Code;
        foreach (var p in persons.Where(p => p.Country is null && p.Posts.Count > 0))
        {
            // A king or crown prince belongs to a monarchy: never to a republic the article is about.
            if (p.Posts.Any(post => RoyalHeads.Contains(post.Head)) && !gazetteer.Monarchies.Contains(state))
            {
                continue;
            }
            p.Country = state;
        }
    }

    // A listed public figure whose state the text does not state serves the state the gazetteer knows; not one who only
    // holds a post of an organisation here (whose offices and countries stay without a state).
    private static void StatesOfPublicFigures(List<ResolvedPerson> persons, Gazetteer gazetteer)
    {
        foreach (var p in persons.Where(p => p.Country is null && !p.Posts.Any(post => OfAnOrganisation(post))))
        {
            p.Country = p.Aliases.Prepend(p.Name).Select(name => StateOf(Gazetteer.Key(name), gazetteer)).FirstOrDefault(s => s is not null);
        }
    }

    private static string? StateOf(string key, Gazetteer gazetteer)
    {
        var words = key.Split(' ');
        if (words.Length == 1)
        {
            return gazetteer.FigureBySurname.GetValueOrDefault(key) is { } full ? gazetteer.FigureStates.GetValueOrDefault(Gazetteer.Key(full)) : null;
        }
        // «فيصل بن فرحان آل سعود» is the listed «فيصل بن فرحان».
        for (var n = words.Length; n >= 2; n--)
        {
            if (gazetteer.FigureStates.TryGetValue(string.Join(' ', words[..n]), out var state))
            {
                return state;
            }
        }
        return null;
    }

    private static readonly string[] Organisations =
    [
        "جامعه الدول", "الجامعه العربيه", "الامم المتحده", "الاتحاد الاوروبي", "مجلس التعاون", "منظمه", "حركه", "حزب", "حلف", "اللجنه التنفيذيه",
        "league", "united nations", "european union", "organization", "organisation", "movement", "party", "nato", "executive committee",
    ];

    private static bool OfAnOrganisation(Post post) =>
        Organisations.Any(o => Gazetteer.Key(post.Title).Contains(o, StringComparison.Ordinal) || post.TitleEn.Contains(o, StringComparison.OrdinalIgnoreCase));

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

    private static readonly HashSet<string> RoyalHeads = new(StringComparer.Ordinal) { "King", "Queen", "Emir", "Crown Prince", "Sultan" };

    // A king, emir or president whose state the article does not name beside him receives visitors at home.
    private static void HeadsOfStateFromPlace(List<ResolvedPerson> persons, List<MeetingDraft> meetings)
    {
        foreach (var p in persons.Where(p => p.Country is null && p.Posts.Any(post => post.Head is "King" or "Emir" or "Crown Prince" or "Sultan")))
        {
            // Not when someone of that state is also there: then he is the visitor, they the hosts.
            var host = meetings.FirstOrDefault(m => m.Participants.Contains(p.Index) && m.Country is not null
                && !m.Participants.Any(o => o != p.Index && persons[o].Country == m.Country));
            if (host is not null)
            {
                p.Country = host.Country;
            }
        }
    }
}
