using KnowledgeGraph.Domain;
using KnowledgeGraph.Domain.Names;
using KnowledgeGraph.Extraction.Dates;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Meetings;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Recognition;

/// <summary>
/// Finds persons in Arabic text: names introduced by titles («وزير الداخلية السوري»), honorifics and ranks
/// («الأمير», «المقدم ركن»), or a known given name; and titles that stand alone («أمير قطر»).
/// </summary>
/// <param name="isCommonWord">Whether training saw a word as an ordinary one (the tagger's), which the dictionary's
/// over-general affix rules cannot tell: «تصريحات» is, «تشوان» is not.</param>
public sealed partial class ArabicMentionFinder(TextContext context, IReadOnlyList<CountryMention> countries, Func<string, bool>? isCommonWord = null)
{
    private const int MaxNameWords = 4;
    private const int MaxNameWordsWithLineage = 7;
    /// <summary>Lineage and family words inside Arabic names («بن», «أبو», «آل», «عبد»), normalised.</summary>
    internal static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "بن", "ابن", "بنت", "ابو", "ابي", "ال", "عبد", "ام" };

    private readonly Dictionary<int, CountryMention> _countryAt = countries.ToDictionary(c => c.Start);
    private readonly IReadOnlyList<Token> _tokens = context.Tokens;
    private readonly Gazetteer _g = context.Gazetteer;

    public List<PersonMention> Find()
    {
        var mentions = new List<PersonMention>();
        for (var i = 0; i < _tokens.Count; i++)
        {
            if (!_tokens[i].IsWord)
            {
                continue;
            }
            // «دولة قطر» is a state, not the courtesy form «دولة» before a name.
            if (_countryAt.TryGetValue(i, out var place) && !place.IsNationality)
            {
                i = place.End - 1;
                continue;
            }
            var posts = ParsePosts(i, out var afterPosts, out var country);
            // «استقبل رئيس الجمهورية قيس سعيد … كما التقى رئيس الدولة وزير الشؤون الخارجية محمد علي النفطي»: a first post held
            // by someone named before, and not the next name's, refers back to him; the posts after it are the next name's.
            if (posts.Count > 1 && SecondPostAt(i, afterPosts, posts) is var second && second > i && HeldBefore(mentions, posts, country, afterPosts))
            {
                mentions.Add(new PersonMention { Start = i, End = second, Sentence = _tokens[i].Sentence, Posts = [posts[0]], Country = posts[0].Country, Span = posts[0].Span });
                i = second - 1;
                continue;
            }
            var honorifics = new List<string>();
            // A nationality the post left («وزيرة الدولة للتعاون الدولي الإماراتية») is the person's.
            var afterNationality = posts.Count > 0 ? SkipNationality(i, afterPosts, ref country) : i;
            // «وصهر الرئيس الأمريكي جاريد كوشنر»: the posts after a kinship word are the relative's; the name after them
            // is the kin's, who shares the relative's state.
            if (posts.Count > 0 && AfterKinship(i) && ParseName(afterNationality, triggered: true) is var kinEnd && kinEnd > afterNationality
                && context.SameSentence(i, kinEnd - 1))
            {
                mentions.Add(new PersonMention { Start = i, End = afterNationality, Sentence = _tokens[i].Sentence, Posts = posts, Country = country, Span = context.SpanOf(i, afterNationality) });
                var kinName = context.SliceAfterClitic(afterNationality, kinEnd, 0, out var kinSpan);
                mentions.Add(new PersonMention
                {
                    Start = afterNationality, End = kinEnd, Sentence = _tokens[i].Sentence, Name = kinName,
                    NameWords = PersonMention.WordsOf(kinName), Span = kinSpan, Country = country,
                });
                i = kinEnd - 1;
                continue;
            }
            // «استقبل الرئيس السوداني السفير الأمريكي جون غودفري»: a rank with a nationality of its own after a post is the next
            // person's post; the first post stands alone. So does a bare title before «السفير» («واستقبل الرئيس السفير …»).
            if (posts.Count > 0 && _g.Honorifics.TryMatch(_tokens, afterNationality, false, out var nextHonorific, out var rankEnd, out _) && context.SameSentence(i, rankEnd)
                && (_countryAt.TryGetValue(rankEnd, out var rankNationality) && rankNationality.IsNationality
                    || ParsePost(afterNationality, allowClitic: false, out _) is { } rank && AmbassadorAfterBareTitle(posts, country, rank)
                    // «ونعى الرئيس الفنانة فاتن حمامة», «واستقبل الوزير اللاعب محمد صلاح»: a profession after a bare title of no
                    // state introduces the person the title's holder deals with («وزير الثقافة الفنان فاروق حسني» is one man, and
                    // so is «الرئيس العراقي الأسير صدام حسين»).
                    || posts is [var bare] && BareTitle(bare) && (country ?? bare.Country) is null && nextHonorific.Kind == HonorificKind.Profession))
            {
                mentions.Add(new PersonMention { Start = i, End = afterNationality, Sentence = _tokens[i].Sentence, Posts = posts, Country = country, Span = context.SpanOf(i, afterNationality) });
                i = afterNationality - 1;
                continue;
            }
            var nameStart = SkipHonorifics(afterNationality, honorifics, allowClitic: posts.Count == 0);
            // «المتحدث باسم الخارجية هو توم كايسي»: "he is" joins post and holder; «الرئيس الصيني هو جينتاو», a listed
            // figure, is Hu.
            if (posts.Count > 0 && context.At(nameStart) is { Norm: "هو" or "هي" } && context.At(nameStart + 1) is { IsWord: true }
                && context.SameSentence(nameStart, nameStart + 1) && !_g.PublicFigures.TryMatch(_tokens, nameStart, false, out _, out _, out _))
            {
                nameStart = afterNationality = nameStart + 1;
            }
            // «وزير الدولة، وزير الشؤون الخارجية …، أحمد عطاف»: posts set off by commas, one after another, before their holder.
            var beforeCommas = (nameStart, afterNationality, country);
            List<Post>? commaPosts = null;
            while (posts.Count > 0 && honorifics.Count == 0 && nameStart == afterNationality && IsComma(context.At(nameStart)) && context.SameSentence(i, nameStart + 1)
                   && IsPostStart(nameStart + 1) && ParsePosts(nameStart + 1, out var nextEnd, out var nextCountry) is { Count: > 0 } next)
            {
                (commaPosts ??= []).AddRange(next);
                country ??= nextCountry;
                nameStart = afterNationality = SkipNationality(i, nextEnd, ref country);
            }
            var heldByComma = false;
            // «أجرى وزير الشؤون الخارجية والتعاون الإفريقي، ناصر بوريطة، مباحثات …»: a name set off by commas after a post is its holder.
            if (posts.Count > 0 && honorifics.Count == 0 && nameStart == afterNationality && IsComma(context.At(nameStart)) && context.SameSentence(i, nameStart + 1)
                && (NameOpensAt(nameStart + 1) || context.At(nameStart + 1) is { Norm: "عبد" or "ابو" } || _g.PublicFigures.TryMatch(_tokens, nameStart + 1, false, out _, out _, out _)))
            {
                if (HolderAfterComma(nameStart, honorifics) is var held and >= 0)
                {
                    nameStart = held;
                    heldByComma = true;
                }
            }
            if (heldByComma && commaPosts is not null)
            {
                posts.AddRange(commaPosts);
            }
            else if (commaPosts is not null)
            {
                (nameStart, afterNationality, country) = beforeCommas;
            }
            // «الرئيس التنفيذي لأرامكو أمين الناصر»: a word behind «ل» between a post and a name names whose post it is.
            if (posts.Count > 0 && honorifics.Count == 0 && context.At(nameStart) is { IsWord: true, Norm.Length: > 3 } owner && owner.Norm[0] == 'ل'
                && !context.IsGivenName(owner) && context.SameSentence(i, nameStart + 1) && NameOpensAt(nameStart + 1)
                // Something known behind «ل»: «السيناتور ليندسي غراهام» is a given name no list holds, not "for Yndsi".
                && (_g.Organisations.TryMatch(_tokens, nameStart, true, out _, out _, out _) || _countryAt.ContainsKey(nameStart) || owner.Forms.Skip(1).Any(_g.Lexicon.Knows)))
            {
                posts[^1] = Through(posts[^1], nameStart + 1);
                nameStart = SkipHonorifics(nameStart + 1, honorifics, allowClitic: false);
            }
            // «رئيس مجلس إدارة الشركة هو السيد ناصر الطبسي»: the post, "is", then its holder; «هو جينتاو» is a name.
            if (posts.Count > 0 && honorifics.Count == 0 && context.At(nameStart) is { Norm: "هو" or "هي" }
                && context.SameSentence(i, nameStart + 1) && NameOpensAt(nameStart + 1))
            {
                nameStart = SkipHonorifics(nameStart + 1, honorifics, allowClitic: false);
            }
            // «وزير الخارجية في الإدارة السورية الجديدة أسعد الشيباني», «رئيس مجلس السيادة الانتقالي السوداني الفريق أول ركن
            // عبد الفتاح البرهان»: an adjective of the title before the name, and the nationality after it.
            // Not a listed figure's surname before an honorific: «واستقبل الرئيس السيسي الشيخ محمد بن زايد» is two men.
            // Not the day: «استقبل الملك اليوم جاسم البديوي» is the king receiving him («الرئيس الحالي جورج بوش» is his); nor
            // "who", though it opens as the article does: «الرئيس الذي حكمت المحكمة ببراءته» is "the president whom the court acquitted".
            var beforeAdjectives = nameStart;
            while (honorifics.Count == 0 && posts.Count > 0 && context.At(nameStart) is { IsWord: true } adj && ArabicText.StartsWithArticle(adj.Norm) && !IsPostStart(nameStart)
                   && adj.Norm != "اليوم" && !DateResolver.IsWeekday(adj.Norm) && adj.Norm is not ("الذي" or "التي" or "الذين" or "اللذين" or "اللتين" or "اللواتي" or "اللاتي")
                   && !context.IsGivenName(adj) && !(_g.FigureSurnames.ContainsKey(adj.Norm) && _g.Honorifics.TryMatch(_tokens, nameStart + 1, false, out _, out _, out _)) && !_countryAt.ContainsKey(nameStart) && context.At(nameStart + 1) is { } given && context.SameSentence(i, nameStart + 1)
                   && (context.IsGivenName(given) || given.Norm is "عبد" or "ابو" || _g.Honorifics.TryMatch(_tokens, nameStart + 1, false, out _, out _, out _)
                       || _countryAt.TryGetValue(nameStart + 1, out var after) && after.IsNationality
                       // «رئيس الوزراء المخلوع تاكسين شيناواترا»: an ordinary adjective, then a word no dictionary knows.
                       || adj.Text.StartsWith("ال", StringComparison.Ordinal) && OrdinaryWord(adj) && given.IsWord && !ArabicText.StartsWithArticle(given.Norm) && !context.IsArabicStopWithClitics(given)
                          && !context.KnowsWord(given) && !_countryAt.ContainsKey(nameStart + 1)))
            {
                nameStart = SkipHonorifics(SkipNationality(i, nameStart + 1, ref country), honorifics, allowClitic: false);
            }
            // «رئيس الجمهورية الإسلامية الموريتانية، السيد محمد ولد الشيخ الغزواني»: the adjectives, then the holder set off by a comma.
            if (nameStart > beforeAdjectives && honorifics.Count == 0 && IsComma(context.At(nameStart)) && context.SameSentence(i, nameStart + 1) && NameOpensAt(nameStart + 1))
            {
                nameStart = HolderAfterComma(nameStart, honorifics) is var held and >= 0 ? held : nameStart;
            }
            var praiseOnly = false;
            // «النجم البرازيلي كافو», «الصحفي الأمريكي …»: a nationality after the courtesy form or profession is the person's.
            if (posts.Count == 0 && honorifics.Count > 0)
            {
                nameStart = SkipNationality(i, nameStart, ref country);
                // «الشاعر الكبير نزار قباني», «الإعلامية الشهيرة أوبرا وينفري»: up to two words in praise of the profession
                // («اللاعب المحلي المخضرم صالح زكريا»), then the name.
                var praised = nameStart;
                // An ordinal says which one, as praise does («الإمام الثامن علي بن موسى الرضا», «الطفل الثاني لأينشتاين»).
                while (praised - nameStart < 2 && context.At(praised) is { IsWord: true } praise && (PraiseWords.Contains(praise.Norm) || RegnalNumber.Of(praise.Norm) is not null)
                       && (praised == nameStart || context.SameSentence(i, praised)))
                {
                    praised++;
                }
                // «الفنان التشكيلي حسني», «النجمة السينمائية سكارليت جوهانسون», «القيادي بحماس إسماعيل رضوان»: an adjective of
                // the dictionary that qualifies the profession (a relative one, «ـي»), or a noun behind «ب», then a given name or
                // a word no dictionary knows.
                if (praised - nameStart < 2 && context.At(praised) is { IsWord: true } field && QualifiesProfession(field) && !_countryAt.ContainsKey(praised) && !IsPostStart(praised)
                    && context.At(praised + 1) is { IsWord: true } named && context.SameSentence(i, praised + 1) && (context.IsGivenName(named) || ForeignWord(named)))
                {
                    praised++;
                }
                if (praised > nameStart && context.At(praised) is { IsWord: true } given && context.SameSentence(i, praised) && !_countryAt.ContainsKey(praised)
                    && (context.IsGivenName(given) || Connectors.Contains(given.Norm) || ForeignWord(given)
                        || context.At(praised + 1) is { IsWord: true } surname && context.SameSentence(i, praised + 1) && ForeignWord(surname)
                        // «الخبير الاقتصادي سيد ليلاز»: after the words of praise, a word that is no function word, verb, noun with
                        // the article or word with a preposition («المدرب الجديد ليوفنتوس»).
                        || !ArabicText.StartsWithArticle(given.Norm) && !context.IsArabicStopWithClitics(given) && !KnownVerb(given)
                           && !(given.Forms.Length > 1 && given.Norm[0] is 'ل' or 'ب' or 'ك')))
                {
                    nameStart = SkipNationality(i, praised, ref country);
                }
                // «المدرب المساعد بلحسن مرياح»: a word of praise opens no name; what follows it is left to the tagger.
                else
                {
                    praiseOnly = praised > nameStart;
                }
            }
            var national = posts.Count == 0 && honorifics.Count == 0 ? NationalBefore(i) : null;
            country ??= national?.Code;
            var speaker = posts.Count == 0 && honorifics.Count == 0 && SpeakerAt(i);
            var triggered = posts.Count > 0 || honorifics.Count > 0 || speaker || HeadedBy(context, i) || national is not null;
            // «ويؤكد دويسنبرج ذلك», «وأنهى فيتيل السباق»: right after a verb of saying, or a verb opening the sentence (not one of
            // "she": «واكتسبت كيش» is an island), a word without the article that no dictionary knows needs no agreement from
            // the tagger; a number written onto a word («حوالي40») is none.
            var said = speaker && (AfterSpeechVerb(context, i) || OpeningVerb(i - 1) && _tokens[i - 1].Norm[^1] != 'ت' && !GluedToAWord(_tokens[i])) && !_tokens[i].Text.Any(char.IsDigit)
                && !ArabicText.StartsWithArticle(_tokens[i].Norm) && !KnownAsSubject(_tokens[i]) && !_g.Organisations.TryMatch(_tokens, i, true, out _, out _, out _);
            if (!triggered && !StartsName(_tokens[i], triggered: false))
            {
                continue;
            }
            var nameEnd = praiseOnly ? nameStart : PlaceNames.EndBeforeOrganisation(context, triggered ? nameStart : i, ParseName(triggered ? nameStart : i, triggered));
            // A listed figure's name runs on over a word the parse stops at: «محمد شياع السوداني» ends in a demonym. And it
            // ends before ordinary words the parse ran on to: «إيمانويل ماكرون المستجدات الإقليمية» ("the developments").
            if (_g.PublicFigures.TryMatch(_tokens, triggered ? nameStart : i, true, out _, out var figureEnd, out _) && context.SameSentence(i, figureEnd - 1))
            {
                if (figureEnd > nameEnd)
                {
                    nameEnd = figureEnd;
                }
                else if (figureEnd < nameEnd && (Enumerable.Range(figureEnd, nameEnd - figureEnd).All(k => OrdinaryWord(_tokens[k]))
                    // «موفد إيمانويل ماكرون جان إيف لودريان»: a given name after the figure's whole name opens the next person's.
                    || context.IsGivenName(_tokens[figureEnd]) && _tokens[figureEnd].Forms.Length == 1))
                {
                    nameEnd = figureEnd;
                }
            }
            var nameFrom = triggered ? nameStart : i;
            // «الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا»: the parse stops at a word of the language («لولا», "were it not")
            // that opens a listed figure's name; the given names before it are his.
            if (nameEnd > nameFrom && _g.PublicFigures.TryMatch(_tokens, nameEnd, false, out _, out var laterEnd, out _) && context.SameSentence(i, laterEnd - 1)
                && Enumerable.Range(nameFrom, nameEnd - nameFrom).All(k => context.IsGivenName(_tokens[k]) || ForeignWord(_tokens[k])))
            {
                nameEnd = laterEnd;
            }
            // A listed figure's surname alone ends the name before an ordinary word: «الرئيس شيراك شذ عن هذه القاعدة»; and
            // before another figure's surname: «واتهم غانتس نتنياهو بالفشل» is Gantz accusing Netanyahu («آشتون كارتر» is one).
            if (nameEnd > nameFrom + 1 && _tokens[nameFrom].Forms.Any(_g.FigureSurnames.ContainsKey) && !context.IsGivenName(_tokens[nameFrom]) && !(triggered && TitleAsGivenName(nameFrom))
                && (OrdinaryWord(_tokens[nameFrom + 1]) || _g.FigureSurnames.ContainsKey(_tokens[nameFrom + 1].Norm) && !context.IsGivenName(_tokens[nameFrom + 1])
                    && !_g.PublicFigures.TryMatch(_tokens, nameFrom, true, out _, out _, out _)))
            {
                nameEnd = nameFrom + 1;
            }
            // «وأشاد الوزير بجمال عبد الناصر», «واتصل الوزير لمحمد بن سلمان», «والتقى الملك بنتنياهو»: a preposition on the
            // given name or a listed figure's surname after a post makes the name the object of the verb, another person than
            // the post's holder: the post stands alone, and the name is read after it (a listed figure's name too).
            if (posts.Count > 0 && nameEnd > nameStart && PrepositionOnName(_tokens[nameStart]))
            {
                nameEnd = nameStart;
            }
            // «والتقى الرئيس السيسي بنتنياهو»: nor does a name run on into a listed figure's surname behind a preposition.
            for (var k = nameStart + 1; k < nameEnd; k++)
            {
                if (PrepositionOnFigureSurname(context, _tokens[k]))
                {
                    nameEnd = k;
                }
            }
            // A monarch's regnal number ends his name: «الملك عبد الله الثاني», «البابا لاون الرابع عشر بأن ...».
            if (nameEnd > nameStart && posts.Any(p => p.IsMonarchs))
            {
                nameEnd = AfterRegnalNumber(nameStart + 1, nameEnd, i);
            }
            // A courtesy form alone before one ordinary word («للأمير مراسم») is not enough to make a name; before a word no
            // dictionary knows it is («الحارس شوفكوفسكيي»), and so before "that" is a word training never saw as an ordinary
            // one, which only the dictionary's affix rules read («وقال المخرج برتوي إن»).
            if (posts.Count == 0 && honorifics.Count > 0 && nameEnd == nameStart + 1 && !context.IsGivenName(_tokens[nameStart]) && KnownInAnyForm(_tokens[nameStart])
                && !ImamsEpithet(honorifics, _tokens[nameStart]) && !UnseenBeforeThat(context, nameStart, isCommonWord))
            {
                nameEnd = nameStart;
            }
            // «مؤسسة محمد بن راشد»: the whole name names the institution; no shorter name starts inside it.
            if (posts.Count == 0 && nameEnd > nameStart && PlaceNames.Include(context, i, nameEnd))
            {
                i = nameEnd - 1;
                continue;
            }
            if (nameEnd > nameStart && (triggered || nameEnd - i >= 2) && context.SameSentence(i, nameEnd - 1) && !PlaceNames.Include(context, i, nameEnd))
            {
                var start = triggered ? nameStart : i;
                // «هدية لمحمد بن سلمان»: a preposition on the given name that opens a lineage is not the name's.
                var clitic = !triggered && !context.IsGivenName(_tokens[start]) && context.GivenNameBehind(_tokens[start], "لبفك") is not null ? 1 : 0;
                var name = context.SliceAfterClitic(start, nameEnd, clitic, out var span);
                var end = nameEnd;
                // «مولاي رشيد شقيق العاهل المغربي»: the kin of a monarch or leader of a stated nation shares his state.
                if (context.At(nameEnd) is { } kin && Kinship.Contains(kin.Norm))
                {
                    country ??= NationalityAfter(nameEnd, 3);
                }
                if (posts.Count == 0 && AppositivePosts(nameEnd, out var afterPosts2, out var appositiveCountry) is { Count: > 0 } appositive)
                {
                    posts = appositive;
                    country ??= appositiveCountry;
                    end = afterPosts2;
                }
                // «فخامة الرئيس شوكت ميرضيائيف رئيس جمهورية أوزبكستان»: the same post after the name, with its state, says it whole.
                else if (country is null && posts.All(p => p.Country is null) && AppositivePosts(nameEnd, out var afterSame, out var sameCountry) is { Count: > 0 } same
                    && sameCountry is not null && HeadsAmong(same, posts))
                {
                    posts = same;
                    country = sameCountry;
                    end = afterSame;
                }
                mentions.Add(new PersonMention
                {
                    Start = i,
                    End = nameEnd,
                    Sentence = _tokens[i].Sentence,
                    Name = name,
                    NameWords = PersonMention.WordsOf(name),
                    Span = span,
                    Posts = posts,
                    Honorifics = honorifics,
                    Country = country,
                    Introduced = national is not null || said || IsNasabName(_tokens[start]) || AliAfterSaying(_tokens[start]),
                });
                i = end - 1;
                // «النائبين علي فياض وحسن فضل الله»: the second holder of a title in the dual, after «و».
                if (end == nameEnd && posts is [var dual] && IsDual(dual) && context.At(nameEnd) is { Norm: ['و', _, _, ..] } and var and && context.SameSentence(i, nameEnd)
                    && _g.GivenNames.ContainsKey(and.Norm[1..]))
                {
                    var secondEnd = Math.Max(nameEnd + 1, context.SameSentence(nameEnd, nameEnd + 1) ? ParseName(nameEnd + 1, triggered: true) : 0);
                    var secondName = context.SliceAfterClitic(nameEnd, secondEnd, 1, out var secondSpan);
                    mentions.Add(new PersonMention
                    {
                        Start = nameEnd, End = secondEnd, Sentence = _tokens[nameEnd].Sentence, Name = secondName, NameWords = PersonMention.WordsOf(secondName),
                        Span = secondSpan, Posts = posts, Country = country,
                    });
                    i = secondEnd - 1;
                }
            }
            // «عقد مع نظيره الصيني جلسة مباحثات»: a counterpart named by his state alone stands for someone named elsewhere.
            else if (posts.Count == 0 && country is not null && nameStart > i && honorifics.Any(h => ArabicText.Normalize(h).StartsWith("نظير", StringComparison.Ordinal)))
            {
                mentions.Add(new PersonMention { Start = i, End = nameStart, Sentence = _tokens[i].Sentence, Honorifics = honorifics, Country = country, Span = context.SpanOf(i, nameStart) });
                i = nameStart - 1;
            }
            // «كما تلقى سمو الأمير اتصالاً هاتفياً آخر»: "His Highness the Emir", by courtesy and rank alone, is someone named elsewhere.
            else if (posts.Count == 0 && country is null && nameEnd == nameStart && honorifics.Count >= 2 && ArabicText.Normalize(honorifics[^1]) == "الامير")
            {
                mentions.Add(new PersonMention { Start = i, End = nameStart, Sentence = _tokens[i].Sentence, Honorifics = honorifics, Span = context.SpanOf(i, nameStart) });
                i = nameStart - 1;
            }
            else if (posts.Count > 0)
            {
                // «العليمي يلتقي السفير الأمريكي والمبعوث الأممي»: with no name after them, posts joined by «و» are two people's.
                var and = SecondHolderAt(i, afterPosts, posts);
                var firstPosts = and < 0 ? posts : [.. posts.Where(p => p.Span.End <= _tokens[and].Start)];
                var firstEnd = and < 0 ? afterPosts : and;
                mentions.Add(new PersonMention { Start = i, End = firstEnd, Sentence = _tokens[i].Sentence, Posts = firstPosts, Country = country, Span = context.SpanOf(i, firstEnd) });
                if (and >= 0)
                {
                    var rest = posts.Skip(firstPosts.Count).ToList();
                    mentions.Add(new PersonMention { Start = and, End = afterPosts, Sentence = _tokens[i].Sentence, Posts = rest, Span = context.SpanOf(and, afterPosts) });
                }
                i = afterPosts - 1;
            }
        }
        return mentions;
    }

    // «…، السيد محمد ولد الشيخ الغزواني.»: where the name set off by the comma at «comma» starts, past its courtesy forms
    // (added to «honorifics»), when the name closes the clause; else -1, and no courtesy form is kept.
    private int HolderAfterComma(int comma, List<string> honorifics)
    {
        var held = SkipHonorifics(comma + 1, honorifics, allowClitic: false);
        if (ParseName(held, triggered: true) is var heldEnd && heldEnd > held && (IsComma(context.At(heldEnd)) || context.At(heldEnd) is null or { Kind: TokenKind.Punct, Text: "." }))
        {
            return held;
        }
        honorifics.Clear();
        return -1;
    }

    // The token where a post joined by «و» opens, when posts stand before and after it; else -1.
    private int SecondHolderAt(int start, int end, List<Post> posts)
    {
        for (var k = start + 1; k < end; k++)
        {
            if (_tokens[k].Norm is ['و', _, ..] && _g.Titles.TryMatch(_tokens, k, true, out _, out _, out var clitic) && clitic > 0
                && posts.Any(p => p.Span.End <= _tokens[k].Start) && posts.Any(p => p.Span.Start >= _tokens[k].Start))
            {
                return k;
            }
        }
        return -1;
    }

    private bool AfterKinship(int i)
    {
        if (i == 0 || !context.SameSentence(i - 1, i))
        {
            return false;
        }
        foreach (var form in _tokens[i - 1].Forms)
        {
            if (Kinship.Contains(form))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// «كما تأهل السويسري ستانيسلاس فافرينكا»: a nationality that stands for a person, after a verb, a function word or
    /// with a preposition glued to it rather than after a noun it describes, before a given name or a word no dictionary
    /// knows: the name is the person's, and so is the nationality.
    /// </summary>
    private CountryMention? NationalBefore(int i)
    {
        if (i == 0 || _tokens[i] is not { IsWord: true, IsLatin: false } t || !_countryAt.TryGetValue(i - 1, out var nationality) || !nationality.IsNationality
            || nationality.End != i || !context.SameSentence(i - 1, i) || context.IsArabicStopWithClitics(t) || ArabicText.StartsWithArticle(t.Norm)
            || _countryAt.ContainsKey(i) || IsPostStart(i) || !(context.IsGivenName(t) || !KnownInAnyForm(t) || UnseenPair(i)))
        {
            return null;
        }
        var adjective = _tokens[i - 1];
        if (!adjective.Forms.Any(ArabicText.StartsWithArticle))
        {
            return null;
        }
        var withClitic = adjective.Norm[0] is 'ل' or 'و' or 'ب' && !ArabicText.StartsWithArticle(adjective.Norm);
        var before = context.At(i - 2);
        // «وتغلب الروسي مارات سافين», «فاز الروسي …»: nor does it after the verb that opens the sentence.
        var describesNoNoun = before is null || !before.IsWord || !context.SameSentence(i - 2, i - 1) || context.IsArabicStopWithClitics(before) || KnownVerb(before)
            || OpeningVerb(i - 2) || (i == 2 || !context.SameSentence(i - 3, i - 2)) && _g.Lexicon.IsListedOnlyAsVerb(before.Norm);
        return withClitic || describesNoNoun ? nationality : null;
    }

    // «على الروسي مارات سافين»: two words in a row that training never saw outside a name, though the dictionary's affix
    // rules can read each as an ordinary word. Not a word the rules read as a clitic on an ordinary one («بقوات»,
    // «عواقبها»), nor after a plural nationality («الأمريكيون مستعدون»).
    private bool UnseenPair(int i) =>
        !_tokens[i - 1].Norm.EndsWith("ون", StringComparison.Ordinal) && !_tokens[i - 1].Norm.EndsWith("ين", StringComparison.Ordinal)
        && UnseenName(_tokens[i]) && context.At(i + 1) is { IsWord: true } next && context.SameSentence(i, i + 1) && UnseenName(next);

    private bool UnseenName(Token t) => ForeignOrUnseenWord(t) && !t.Forms.Skip(1).Any(_g.Lexicon.Knows);

    // «وأشاد فيدرر بمنافسه»: the dictionary reads «فيدرر» as «ف» and a verb, which no subject right after its verb is.
    private bool KnownAsSubject(Token t) =>
        KnownInAnyForm(t) && !(t.Norm is ['ف', 'ي', _, _, ..] && !_g.Lexicon.Lists(t.Norm) && _g.Lexicon.IsListedOnlyAsVerb(t.Norm[1..]));

    private bool KnownInAnyForm(Token t)
    {
        foreach (var form in t.Forms)
        {
            if (_g.Lexicon.Knows(form))
            {
                return true;
            }
        }
        return false;
    }

    // «ماجعلهم», «غيرموحدة»: a function word written onto a word, which the dictionary knows apart; «فيما يتعلق باليورو»: a
    // preposition and the article on one, which no subject has.
    private bool GluedToAWord(Token t) =>
        t.Norm.StartsWith("بال", StringComparison.Ordinal) || t.Norm.StartsWith("لل", StringComparison.Ordinal) || t.Norm.StartsWith("كال", StringComparison.Ordinal)
        || t.Norm.Length > 4 && (t.Norm.StartsWith("ما", StringComparison.Ordinal) && _g.Lexicon.Knows(t.Norm[2..])
            || t.Norm.StartsWith("غير", StringComparison.Ordinal) && _g.Lexicon.Knows(t.Norm[3..]));

    private static bool IsComma(Token? t) => t is { Kind: TokenKind.Punct, Text: "،" or "," };

    // Whether every post of one list has its head among the other's. A method, not a lambda in Find: one there that read
    // Find's posts would make every word of the text allocate a closure.
    private static bool HeadsAmong(List<Post> these, List<Post> others) => these.All(p => others.Any(q => q.Head == p.Head));

    // The token where the second of a chain of posts begins.
    private int SecondPostAt(int from, int to, List<Post> posts)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (_tokens[k].Start == posts[1].Span.Start)
            {
                return k;
            }
        }
        return -1;
    }

    // Whether a person named before holds the first post (in the same state, if both are stated) but not the second,
    // and is not named right after the posts.
    private bool HeldBefore(List<PersonMention> before, List<Post> posts, string? country, int afterPosts)
    {
        foreach (var m in before)
        {
            // «رئيس مجلس القيادة» for «رئيس مجلس القيادة الرئاسي» named before: the article shortens the post it gave in full.
            if (m.IsTitleOnly || !m.Posts.Any(p => (p.TitleEn == posts[0].TitleEn || ShortenedFrom(posts[0].Title, p.Title))
                    && (p.Country ?? m.Country) is var c && (c is null || (posts[0].Country ?? country) is not { } own || c == own))
                || m.Posts.Any(p => p.TitleEn == posts[1].TitleEn))
            {
                continue;
            }
            for (var k = afterPosts; k < afterPosts + MaxNameWords && context.At(k) is { IsWord: true } word; k++)
            {
                if (m.NameWords.Contains(word.Norm))
                {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    // A title of two words or more that another opens: the article gave the post in full before.
    private static bool ShortenedFrom(string shorter, string title) =>
        shorter.Contains(' ', StringComparison.Ordinal) && ArabicText.Normalize(title).StartsWith(ArabicText.Normalize(shorter) + " ", StringComparison.Ordinal);

    /// <summary>
    /// «الشيخ مشعل الأحمد الجابر الصباح أمير البلاد حفظه الله», «أيمن الصفدي وزير الخارجية، في …»: posts right after a name
    /// are its own when no name follows them; «استقبل الشيخ مشعل وزير الخارجية أيمن الصفدي» gives the post to the next name.
    /// </summary>
    private List<Post> AppositivePosts(int pos, out int end, out string? country)
    {
        end = pos;
        country = null;
        // «الأمير الحسين بن عبدالله الثاني، ولي العهد.»: set off by a comma, the posts must close the clause.
        var setOff = IsComma(context.At(pos)) && context.SameSentence(pos, pos + 1) && IsPostStart(pos + 1);
        var at = setOff ? pos + 1 : pos;
        if (context.At(at) is not { IsWord: true } || !context.SameSentence(pos - 1, at)
            || ParsePosts(at, out end, out country) is not { Count: > 0 } posts
            || setOff && context.At(end) is not (null or { Kind: TokenKind.Punct, Text: "." or "،" or "," or "-" or "–" }))
        {
            return [];
        }
        // «سوبراهمانيام جايشانكار وزير الشؤون الخارجية في جمهورية الهند،»: after the name, posts that name their state with
        // «في» before the clause ends are that state's.
        if (country is null && posts.All(p => p.Country is null) && StateAfterFi(end) is { } seat && context.SameSentence(pos, seat.End - 1)
            && context.At(seat.End) is null or { Kind: TokenKind.Punct } && !PersonStates.NamesAnOrganisation(ArabicText.Normalize(posts[^1].Title)))
        {
            country = seat.Code;
            end = seat.End;
        }
        var next = context.At(end);
        var nameFollows = next is { IsWord: true } && context.SameSentence(pos, end) && !context.IsArabicStopWithClitics(next)
            && (context.IsGivenName(next) || _g.Honorifics.TryMatch(_tokens, end, true, out _, out _, out _) || !context.KnowsWord(next)
                || _g.PublicFigures.TryMatch(_tokens, end, true, out _, out _, out _));
        return nameFollows ? [] : posts;
    }

    // The end of a monarch's name parsed up to «end»: right after the first regnal number from «from», which may lie just
    // past «end» («عبد الله» + «الثاني»).
    private int AfterRegnalNumber(int from, int end, int clause)
    {
        for (var k = from; k <= end && context.At(k) is { IsWord: true } ordinal && context.SameSentence(clause, k); k++)
        {
            if (context.At(k + 1) is { } ten && RegnalNumber.Of(ordinal.Norm, ten.Norm) is not null)
            {
                return k + 2;
            }
            if (RegnalNumber.Of(ordinal.Norm) is not null)
            {
                return k + 1;
            }
        }
        return end;
    }

    // The state of the first nationality adjective within «count» words after «pos», in its sentence. A loop, not a lambda:
    // Find's loop body would otherwise pay for a closure at every token.
    private string? NationalityAfter(int pos, int count)
    {
        for (var k = pos + 1; k <= pos + count && context.SameSentence(pos, k); k++)
        {
            if (_countryAt.TryGetValue(k, out var c) && c.IsNationality)
            {
                return c.Code;
            }
        }
        return null;
    }

    /// <summary>Past a nationality adjective at <paramref name="pos"/> in the clause opened at <paramref name="from"/>, which gives the person's state unless one is known.</summary>
    private int SkipNationality(int from, int pos, ref string? country)
    {
        if (_countryAt.TryGetValue(pos, out var nationality) && nationality.IsNationality && context.SameSentence(from, nationality.End))
        {
            country ??= nationality.Code;
            return nationality.End;
        }
        return pos;
    }

    private int SkipHonorifics(int pos, List<string> honorifics, bool allowClitic)
    {
        while (context.At(pos) is { IsWord: true } && _g.Honorifics.TryMatch(_tokens, pos, allowClitic && honorifics.Count == 0, out var h, out var next, out _))
        {
            // «ركن» and «أول» complete a rank («المقدم ركن», «الفريق أول»); alone they are ordinary words.
            if (honorifics.Count == 0 && h.Form is "ركن" or "الركن" or "أول" or "الأول")
            {
                break;
            }
            honorifics.Add(h.Form);
            pos = next;
        }
        return pos;
    }

    /// <summary>
    /// A given name that is also a function word, after a title or honorific: «علي» is the name Ali, which normalising
    /// folds into the preposition «على» (the written final «ي» tells them apart), and «الشيخ صباح خالد» is Sabah, not
    /// "morning"; a name following it confirms either, and so does an honorific right before it, whatever follows («قتل
    /// الإمام علي في الكوفة»: after a title a preposition would have no object).
    /// </summary>
    private bool SpelledAsGivenName(Token t) =>
        context.IsGivenName(t) && (t.Norm != "علي" || t.Text.LastOrDefault(c => !ArabicText.IsDiacritic(c)) == 'ي')
        && (context.At(t.Index + 1) is { IsWord: true } next && context.SameSentence(t.Index, t.Index + 1) && !context.IsArabicStop(next)
            || AfterHonorific(t.Index));

    // A nationality adjective of one word («المصري») at token «k».
    private bool NisbaAt(int k) => _countryAt.TryGetValue(k, out var nisba) && nisba.IsNationality && nisba.End == k + 1;

    // A one-word honorific or rank («الإمام», «الأمير») stands right before token «k».
    private bool AfterHonorific(int k) => k > 0 && _g.Honorifics.TryMatch(_tokens, k - 1, true, out _, out var end, out _) && end == k;

    private bool StartsName(Token t, bool triggered)
    {
        if (!t.IsWord || t.Kind == TokenKind.Number || _countryAt.ContainsKey(t.Index) || context.IsArabicStop(t) && !(triggered && SpelledAsGivenName(t)) && !AliAfterSaying(t) || ThatWithoutHamza(context, t.Index))
        {
            return false;
        }
        // «بن» or «بنت» and a given name follow: the word names the father's child.
        var beforeLineage = context.At(t.Index + 1) is { Norm: "بن" or "بنت" } && context.At(t.Index + 2) is { IsWord: true } father
            && context.IsGivenName(father);
        // «مساعد بن محمد العيبان»: a word that spells a title's modifier ("assistant") is a given name before a lineage;
        // «الرئيس بن سلمان» is still a title.
        var isTitle = _g.Titles.TryMatch(_tokens, t.Index, true, out var title, out _, out _);
        // «الأمير سلطان بن سعد»: after an honorific, a title word before a lineage is the given name too.
        var givenBeforeLineage = isTitle && beforeLineage && !ArabicText.StartsWithArticle(t.Norm) && (title.Kind == TitleKind.Modifier
            || AfterHonorific(t.Index));
        var givenTitle = triggered && TitleAsGivenName(t.Index);
        if (isTitle && !givenBeforeLineage && !givenTitle || _g.Honorifics.TryMatch(_tokens, t.Index, false, out _, out _, out _))
        {
            return false;
        }
        if (context.IsGivenName(t) || givenBeforeLineage || givenTitle || IsKunya(context, t) || IsNasabName(t))
        {
            return true;
        }
        // «الوليد بن طلال»: a word before a lineage opens a name, unless it is a verb («التقى بن سلمان») or a listed
        // figure's surname («ماكرون بن سلمان»).
        if (!triggered && !(beforeLineage && !_g.FigureSurnames.ContainsKey(t.Norm)) || KnownVerb(t) && !ForeignNameAfterPost(t, triggered) || t.Norm[0] == 'و' || t.IsLatin)
        {
            return false;
        }
        return true;
    }

    // «وقال المخرج برتوي إن»: one word before "that", without the article or a verb's shape (nor behind a proclitic: «فيقول»),
    // that training never saw as an ordinary word and the dictionary does not list (its affix rules read it), is the
    // speaker's name.
    internal static bool UnseenBeforeThat(TextContext context, int k, Func<string, bool>? isCommonWord) =>
        context.At(k + 1) is { Norm: "ان" } && context.SameSentence(k, k + 1) && context.Tokens[k] is { IsLatin: false } word && !VerbLike(word)
        && !word.Forms.Any(context.Gazetteer.Lexicon.IsListedOnlyAsVerb) && isCommonWord is not null && !isCommonWord(word.Norm) && !context.Gazetteer.Lexicon.Lists(word.Norm) && !context.IsArabicStopWithClitics(word)
        && !ArabicText.StartsWithArticle(word.Norm);

    /// <summary>«وعلق كريستيان علي ذلك»: «علي» at <paramref name="k"/> before a demonstrative is the preposition «على» ("on that").</summary>
    internal static bool AlaBeforeDemonstrative(TextContext context, int k) =>
        context.At(k) is { Norm: "علي" } && context.At(k + 1) is { Norm: "ذلك" or "هذا" or "هذه" or "تلك" or "هولاء" } && context.SameSentence(k, k + 1);

    // «وقال علي الأنصاري أستاذ التاريخ»: after a verb of saying that takes no «على» ("said on" is no Arabic), «علي» before a
    // given or family name, or a word no dictionary knows, is Ali, though the press writes the preposition so too; «وقال علي
    // هامش المؤتمر» ("on the sidelines") has an ordinary word after it.
    private bool AliAfterSaying(Token t) =>
        t is { Norm: "علي", Index: > 0 } && t.Text.EndsWith('ي') && SayingWithoutAla.Contains(_tokens[t.Index - 1].Norm) && context.SameSentence(t.Index - 1, t.Index)
        && context.At(t.Index + 1) is { IsWord: true, IsLatin: false } next && context.SameSentence(t.Index, t.Index + 1) && !context.IsArabicStopWithClitics(next)
        && (context.IsGivenName(next) || _g.FigureSurnames.ContainsKey(next.Norm)
            || isCommonWord is not null && !isCommonWord(next.Norm) && (ArabicText.StartsWithArticle(next.Norm) && next.Norm.EndsWith('ي') || !context.KnowsWord(next)));

    private static readonly HashSet<string> SayingWithoutAla = new(StringComparer.Ordinal)
    {
        "قال", "وقال", "يقول", "ويقول", "اضاف", "واضاف", "يضيف", "ويضيف", "اوضح", "واوضح", "يوضح", "ويوضح", "صرح", "وصرح", "ذكر", "وذكر", "تابع", "وتابع",
        "اعلن", "واعلن",
    };

    /// <summary>
    /// «وزير الدولة سلطان المريخي», «الوزير سلطان الجابر»: after a title (the caller knows), «سلطان» or «أمير» that names
    /// no state after it is a given name, not a monarch's title («سلطان عمان», «أمير قطر»).
    /// </summary>
    private bool TitleAsGivenName(int k) =>
        k > 0 && _tokens[k].Norm is "سلطان" or "امير" && context.At(k + 1) is { IsWord: true } next && context.SameSentence(k, k + 1)
        && !_countryAt.ContainsKey(k + 1) && !context.IsArabicStopWithClitics(next) && !_g.Titles.TryMatch(_tokens, k + 1, true, out _, out _, out _)
        && !RealmWords.Contains(next.Norm);

    // What a monarch's or governor's title rules, named in place of a state: «أمير البلاد», «أمير منطقة الرياض», «أمير المؤمنين».
    private static readonly HashSet<string> RealmWords = new(StringComparer.Ordinal)
    {
        "البلاد", "الدوله", "دوله", "المومنين", "منطقه", "المنطقه", "اماره", "الاماره", "الحج", "الشعراء",
    };

    /// <summary>
    /// «ابن خلدون», «ابن بطوطة»: "son of" before a word no dictionary knows, in any form, or one that training never saw as
    /// an ordinary word («خلدون» is in the dictionary), is the name by which he is known; before kin, a definite noun, a verb
    /// or an ordinary word it is a son («ابن عمه», «ابن الملك», «ابن عشر سنين»).
    /// </summary>
    private bool IsNasabName(Token t) =>
        t.Norm == "ابن" && context.At(t.Index + 1) is { IsWord: true, IsLatin: false } father && father.Kind != TokenKind.Number && context.SameSentence(t.Index, t.Index + 1)
        && (!KnownInAnyForm(father) || isCommonWord is not null && !isCommonWord(father.Norm) && !ArabicText.StartsWithArticle(father.Norm) && !Kinship.Contains(father.Norm)
            && father.Norm.Length > 3 && !KnownVerb(father))
        && !context.IsArabicStopWithClitics(father) && !_countryAt.ContainsKey(father.Index);

    /// <summary>"Father of" in its three cases: «أبو», «أبي», «أبا».</summary>
    internal static bool KunyaWord(string norm) => norm is "ابو" or "ابي" or "ابا";

    /// <summary>
    /// «أبو مصعب الزرقاوي», «أبي زكريا الحفصي»: "father of" and a given name is a kunya, by which many are known; it opens
    /// the name and belongs to it.
    /// </summary>
    internal static bool IsKunya(TextContext context, Token t) =>
        KunyaWord(t.Norm) && context.At(t.Index + 1) is { IsWord: true } child && context.SameSentence(t.Index, t.Index + 1)
        && (context.IsGivenName(child) || child.Norm == "عبد");

    /// <summary>
    /// An honorific, rank or profession ends a name: the next person's («محمد الشيخ أحمد»), or what he does («منصور أبو
    /// حميد الناشط في …»). Before his post a profession's word is his family name («ناصر الشاعر نائب رئيس الوزراء»).
    /// </summary>
    private bool ProfessionOrHonorificAt(int k, int nameStart) =>
        _g.Honorifics.TryMatch(_tokens, k, false, out var h, out var end, out _)
        && !(h.Kind == HonorificKind.Profession && context.SameSentence(nameStart, end) && IsPostStart(end))
        // «طارق السيد إن …», «كمال الشيخ عام 1960»: a courtesy form that no name follows is the family name.
        && !(h.Kind is HonorificKind.Honorific or HonorificKind.Royal && end == k + 1 && k > nameStart && context.IsGivenName(_tokens[k - 1])
             && (context.At(end) is not { IsWord: true } next || !context.SameSentence(k, end)
                 || next.Norm is not ("عبد" or "ابو" or "ولد") && !Connectors.Contains(next.Norm) && !ForeignWord(next) && !NameOpensAt(end)
                    && !_g.Titles.TryMatch(_tokens, end, true, out _, out _, out _) && context.KnowsWord(next)));

    // «الإمام الرضا», «الإمام الصادق»: an imam is known by his epithet with the article, which is also a word ("contentment",
    // "the truthful"); not by words in praise («الإمام الجليل»), an ordinal («الإمام الثامن») or an elative («الإمام الأكبر»,
    // the Grand Imam of al-Azhar).
    internal static bool ImamsEpithet(IReadOnlyList<string> honorifics, Token t) =>
        honorifics is [var imam] && ArabicText.Normalize(imam) == "الامام" && t.Text.StartsWith("ال", StringComparison.Ordinal)
        && !PraiseWords.Contains(t.Norm) && RegnalNumber.Of(t.Norm) is null && !(t.Norm.Length == 6 && t.Norm.StartsWith("الا", StringComparison.Ordinal));

    // «بجمال», «لمحمد»: «ب», «ل» or «ك» on a given name, or «بنتنياهو» on a listed figure's surname (below).
    private bool PrepositionOnName(Token t) => PrepositionOnWord(context, t) && context.GivenNameBehind(t, "لبك") is not null || PrepositionOnFigureSurname(context, t);

    // A word with a proclitic that is no given name or listed surname as a whole («بشار», «لطفي»).
    private static bool PrepositionOnWord(TextContext context, Token t) =>
        t is { IsWord: true, IsLatin: false, Norm: ['ب' or 'ل' or 'ك', _, _, ..] } && !context.Gazetteer.GivenNames.ContainsKey(t.Norm)
        && !context.Gazetteer.FigureSurnames.ContainsKey(t.Norm);

    /// <summary>
    /// «بنتنياهو», «لبوتين»: «ب» or «ل» on a listed figure's surname, the word itself no name, after a word that ends a
    /// name or a title whole: one with the article («الرئيس», «السيسي», «الثاني») or a listed surname. Not «ك», which spells
    /// names («كلاين» is Klein, not "like Leyen"); nor after a foreign given name, whose surname it is («نيد برايس» is Ned
    /// Price, not "Ned with Rice").
    /// </summary>
    public static bool PrepositionOnFigureSurname(TextContext context, Token t) =>
        PrepositionOnWord(context, t) && t.Norm[0] != 'ك' && context.Gazetteer.FigureSurnames.ContainsKey(t.Norm[1..])
        && context.At(t.Index - 1) is { IsLatin: false } before && !context.IsGivenName(before)
        && (ArabicText.StartsWithArticle(before.Norm) || context.Gazetteer.FigureSurnames.ContainsKey(before.Norm));

    private bool TwoGivenNames(int pos) => context.IsGivenName(_tokens[pos]) && context.IsGivenName(_tokens[pos + 1]);

    // A word no dictionary or list of names knows, without the article or a preposition glued to it («ليوفنتوس» is "for Juventus").
    private bool ForeignWord(Token t) =>
        !t.IsLatin && t.Kind != TokenKind.Number && !ArabicText.StartsWithArticle(t.Norm) && !context.KnowsWord(t) && !context.IsGivenName(t)
        && !_g.FigureSurnames.ContainsKey(t.Norm) && !(t.Forms.Length > 1 && t.Norm[0] is 'ل' or 'ب' or 'ك' or 'و');

    // «كيرتي فاردان سينغ»: the dictionary's affix rules read «كيرتي» as «ك» on a word, but training never saw it as an
    // ordinary one, and it has neither the article nor a verb's shape, nor is it an honorific without its article («شيخ»).
    private bool ForeignOrUnseenWord(Token t) =>
        ForeignWord(t) || isCommonWord is not null && t is { IsWord: true, IsLatin: false } && t.Kind != TokenKind.Number && !isCommonWord(t.Norm)
            && !ArabicText.StartsWithArticle(t.Norm) && !context.IsArabicStopWithClitics(t) && !VerbLike(t) && !_countryAt.ContainsKey(t.Index)
            && !_g.Honorifics.TryGet("ال" + t.Norm, out _);

    // «جيروم باول», «جوناثان باول»: after a foreign given name, a word spelt as a proclitic on a function word, but without
    // the hamza that word is written with («بأول»), is a surname. Not «بان» for «بأن», which the press often writes so.
    private bool SurnameSpeltLikeFunctionWord(Token previous, Token t) =>
        context.IsGivenName(previous) && !context.KnowsWord(previous) && !context.IsArabicStop(t) && t.Norm.Length > 3
        && t.Norm[0] is 'ب' or 'ل' or 'ك' && t.Text.Length > 1 && t.Text[1] == 'ا' && _g.ArabicStopWordsWithHamza.Contains(t.Norm[1..])
        && t.Norm[1..] is not ("ان" or "انه" or "انها");

    // A given name or an honorific at <paramref name="k"/>: a name begins there.
    private bool NameOpensAt(int k) =>
        context.At(k) is { IsWord: true } t && (context.IsGivenName(t) || _g.Honorifics.TryMatch(_tokens, k, false, out _, out _, out _));

    // The second word of a compound after a name word of its own («رشيد يار الله»), not after «عبد» («عبد الله»).
    private bool CompoundEndAt(int k, int nameStart) =>
        k - nameStart >= 2 && CompoundEnds.Contains(_tokens[k].Norm) && !Connectors.Contains(_tokens[k - 1].Norm);

    // «وزير الدفاع يشار غولر»: after a post, a word shaped like a verb before a word no dictionary knows that ends the name is
    // a foreign given name; so it is before two such words, or words training never saw outside a name («وزير خارجية
    // غامبيا سيرين مودو نجي،»); not a verb that reports an encounter («الرئيس يستقبل ميلانوفيتش»).
    private bool ForeignNameAfterPost(Token t, bool triggered)
    {
        if (!triggered || TriggerLexicon.Reports(context, t))
        {
            return false;
        }
        var k = t.Index + 1;
        while (k - t.Index <= 2 && context.At(k) is { IsWord: true } next && context.SameSentence(t.Index, k) && !_countryAt.ContainsKey(k)
               && (ForeignWord(next) || UnseenName(next) || k == t.Index + 1 && GivenNameAsSurname(t, next)))
        {
            k++;
        }
        var after = context.At(k);
        return k > t.Index + 1 && (after is null || !context.SameSentence(t.Index, k) || after.Kind == TokenKind.Punct || context.IsArabicStopWithClitics(after));
    }

    // «المتحدثة باسم الخارجية الأمريكية تامي بروس»: so it is before a given name («بروس», Bruce) when training never saw it
    // as an ordinary word and the dictionary lists it as no verb («يهنئ محمد» is one).
    private bool GivenNameAsSurname(Token t, Token next) =>
        context.IsGivenName(next) && !_g.Lexicon.IsListedOnlyAsVerb(t.Norm) && isCommonWord is not null && !isCommonWord(t.Norm);

    /// <summary>
    /// «علي محمد جيدي بدعم», «شون لفيضان»: a preposition on an indefinite noun that training saw as an ordinary word
    /// ("with the support of", "for a flood") goes on the sentence, not the name.
    /// </summary>
    internal static bool IndefiniteNounBehindPreposition(TextContext context, Token t, Func<string, bool> isCommonWord) =>
        t is { IsLatin: false, Norm: ['ب' or 'ل', _, _, _, ..], Forms.Length: > 1 } && t.Forms[^1] is { Length: >= 3 } noun
        && !ArabicText.StartsWithArticle(noun) && (isCommonWord(noun) || isCommonWord(t.Norm)) && !context.IsGivenName(t) && !context.Gazetteer.FigureSurnames.ContainsKey(t.Norm);

    /// <summary>
    /// «ماريو فارغاس يوسا»: after a word no dictionary knows, a word shaped like a verb that the dictionary knows only
    /// through its affix rules, not as an entry of its own as the verbs of the news are, and that training did not see as
    /// an ordinary word, is the foreign name's; not a verb of two («يبحثان»), nor the future of a verb training saw as an
    /// ordinary word («سيعلن»; «سيلفا», «سيدت» are names).
    /// </summary>
    internal static bool ForeignSurnameSpeltLikeAVerb(TextContext context, Token previous, Token t, Func<string, bool> isCommonWord) =>
        VerbLike(t) && !context.KnowsWord(previous) && !context.Gazetteer.Lexicon.Lists(t.Norm) && !(t.Norm[0] == 'س' && isCommonWord(t.Norm[1..]))
        && !PluralVerb(t) && !isCommonWord(t.Norm);

    /// <summary>«سيلتقيان», «يبحثون», «تبادلوا»: a verb of two or more, which no surname spells.</summary>
    internal static bool PluralVerb(Token t) => t.Norm.EndsWith("ان", StringComparison.Ordinal) || t.Norm.EndsWith("ون", StringComparison.Ordinal) || t.Norm.EndsWith("وا", StringComparison.Ordinal);

    private bool QualifiesProfession(Token t) =>
        !context.IsGivenName(t) && !_g.FigureSurnames.ContainsKey(t.Norm)
        && (t.Text.StartsWith("ال", StringComparison.Ordinal) && (t.Norm.EndsWith('ي') || t.Norm.EndsWith("يه", StringComparison.Ordinal)) && context.KnowsWord(t)
            || t.Norm[0] == 'ب' && t.Forms.Skip(1).Any(_g.Lexicon.Knows));

    private bool OrdinaryWord(Token t) =>
        t.IsWord && !Connectors.Contains(t.Norm) && !context.IsGivenName(t) && !_g.FigureSurnames.ContainsKey(t.Norm) && context.KnowsWord(t);

    private static readonly HashSet<string> BirthWords = new(StringComparer.Ordinal) { "عام", "سنه", "يوم", "شهر", "ونشا", "ميتا" };

    private bool BornWhenOrWhere(Token t) => BornWhenOrWhere(context, t);

    /// <summary>«ولد عام 1606», «ولد في دمشق», «ولد بمكة»: the word after «ولد» tells that it is "was born", not Mauritania's "son of".</summary>
    internal static bool BornWhenOrWhere(TextContext context, Token t) => !context.IsGivenName(t) && t.Norm != "عبد" && (context.IsArabicStopWithClitics(t) || BirthWords.Contains(t.Norm)
        || t.Norm.Length >= 3 && t.Norm[0] is 'ب' or 'ل' or 'و' or 'ف' && context.Gazetteer.Lexicon.Knows(t.Norm[1..]));

    /// <summary>The end of a name starting at <paramref name="pos"/>, or <paramref name="pos"/> when none starts there.</summary>
    private int ParseName(int pos, bool triggered)
    {
        if (context.At(pos) is not { } first || !StartsName(first, triggered))
        {
            return pos;
        }
        // After a title a lone definite word is a surname («الوزير الصفدي»); without one it is a common noun.
        var end = pos + 1;
        var lineage = false;
        // «عبد الله» spelt in two words is one name word («سالم عبد الله الجابر الصباح»).
        var spacedAbd = 0;
        var afterOuld = -1;
        // A ruling family's name closes a name of four words more («صباح خالد الحمد المبارك الصباح»), though «الصباح» is
        // also "the morning".
        while (context.At(end) is { } t && context.SameSentence(pos, end)
               && (end - pos - spacedAbd < (lineage ? MaxNameWordsWithLineage : MaxNameWords) || CompoundEndAt(end, pos)
                   || !lineage && end - pos - spacedAbd == MaxNameWords && _g.RulingFamilies.ContainsKey(t.Norm)))
        {
            var previous = _tokens[end - 1];
            var afterConnector = Connectors.Contains(previous.Norm) || afterOuld == end - 1;
            if (!t.IsWord || t.Kind == TokenKind.Number)
            {
                break;
            }
            // «عبد الأمير رشيد يار الله»: a compound name word spelt in two counts as one, as the spaced «عبد» does.
            if (CompoundEndAt(end, pos))
            {
                spacedAbd++;
                end++;
                continue;
            }
            // Past four words, as the spaced «عبد» allows, only a given name or a family name goes on: «مصطفى عبد الله بفوز عبد
            // الفتاح» is two names, and «علي عبد الله صالح اليمين الدستورية» ends before "the oath".
            if (end - pos >= MaxNameWords && !lineage && !context.IsGivenName(t) && !_g.FigureSurnames.ContainsKey(t.Norm)
                && !(ArabicText.StartsWithArticle(t.Norm) && !context.KnowsWord(t)))
            {
                break;
            }
            // Mauritania's «ولد» ("son of") joins names as «بن» does («محمد ولد الشيخ الغزواني»); before a function word, a
            // time or a preposition it is "was born" («ولد في», «ولد عام 1950», «ولد بمدينة»).
            if (t.Norm == "ولد" && context.At(end + 1) is { IsWord: true } father && context.SameSentence(pos, end + 1) && !BornWhenOrWhere(father))
            {
                lineage = true;
                afterOuld = end++;
                continue;
            }
            // «خوان دي لا كروز», «جان بيير دو لا فونتين»: two particles in a row ("de la") are a surname's, whatever the word after.
            if (ForeignParticles.Contains(t.Norm) && !afterConnector && context.At(end + 1) is { } particle && ForeignParticles.Contains(particle.Norm) && particle.Norm != t.Norm
                && context.At(end + 2) is { IsWord: true, IsLatin: false } surname && context.SameSentence(pos, end + 2) && !context.IsArabicStopWithClitics(surname))
            {
                lineage = true;
                end += 3;
                continue;
            }
            // «فرنانديس دي لافيغا», «فون دير لاين»: a foreign name's particle between two words the dictionary does not know.
            if (ForeignParticles.Contains(t.Norm) && !afterConnector && !context.KnowsWord(previous)
                && context.At(end + 1) is { IsWord: true } next && context.SameSentence(pos, end + 1) && !context.KnowsWord(next))
            {
                lineage = true;
                end++;
                continue;
            }
            if (Connectors.Contains(t.Norm))
            {
                lineage |= t.Norm != "عبد";
                spacedAbd += t.Norm == "عبد" ? 1 : 0;
                end++;
                // «آل خليفة», «آل ثاني»: the family name closes the name.
                if (t.Norm == "ال" && context.At(end) is { IsWord: true } family && context.SameSentence(pos, end))
                {
                    end++;
                    break;
                }
                continue;
            }
            // A verb follows a name («الصفدي يبحث مع»); a foreign surname that looks like one («يونسوف») ends the clause.
            // «للصحفيين», «بالاتحاد»: a preposition on a definite noun of the dictionary never continues a name («كالديرون» does).
            if (!afterConnector && t.Norm.Length > 4 && (t.Norm.StartsWith("لل", StringComparison.Ordinal) && _g.Lexicon.Knows("ال" + t.Norm[2..])
                || t.Norm[0] is 'ب' or 'و' or 'ف' or 'ك' && t.Norm[1..].StartsWith("ال", StringComparison.Ordinal) && _g.Lexicon.Knows(t.Norm[1..])
                || isCommonWord is not null && IndefiniteNounBehindPreposition(context, t, isCommonWord)
                // «هدية لمحمد بن سلمان»: a preposition on a given name opens the phrase of another person.
                || t.Norm[0] is 'ل' or 'ب' && !context.IsGivenName(t) && context.GivenNameBehind(t, "لب") is not null))
            {
                break;
            }
            // «السلطان هيثم بن طارق المعظم»: an epithet after a monarch's name ("the Great", "may God protect him") is not the name;
            // nor is a kinship word after one («مولاي رشيد شقيق الملك», "the king's brother").
            if (PostNominal.Contains(t.Norm) || Kinship.Contains(t.Norm) || afterConnector && KinOfHimOrHer.Contains(t.Norm))
            {
                break;
            }
            // «تشن تشوان دونغ»: before a word no dictionary knows, a word shaped like a verb that training never saw as an
            // ordinary word is a name's too.
            var verb = KnownVerb(t) && !context.IsGivenName(t) && context.At(end + 1) is not { Kind: TokenKind.Punct, Text: "،" or "." or "," }
                && !(isCommonWord is not null && !isCommonWord(t.Norm) && context.At(end + 1) is { IsWord: true } following
                     && context.SameSentence(end, end + 1) && !context.KnowsWord(following) && following.Kind != TokenKind.Number && !following.IsLatin)
                // «المفوض السامي فولكر تورك في جنيف»: after a post and a foreign given name alone, a word shaped like a verb that
                // training never saw as an ordinary one is his surname; so it is after two given names («جان كلود تريشيه»).
                && !(triggered && (end - pos == 1 && ForeignWord(previous) || end - pos == 2 && TwoGivenNames(pos)) && isCommonWord is not null && !isCommonWord(t.Norm))
                // So it is after a word no dictionary knows, when the dictionary knows it only through its affix rules («ماريو فارغاس يوسا»).
                && !(isCommonWord is not null && ForeignSurnameSpeltLikeAVerb(context, previous, t, isCommonWord));
            if (AlaBeforeDemonstrative(context, end))
            {
                break;
            }
            // «محمد علي»: a given name that spells like a function word («على») continues a given name.
            // The pronoun «هو» is also Hu's name, which opens a Chinese name, never continues one («صدام حسين هو تهديد»).
            // «عبد السلام عبدي علي وزير الخارجية»: after any name word, such a given name («علي», spelt like
            // «على») closes the name before a post or punctuation, where the preposition would have an object.
            var givenAfterGiven = context.IsGivenName(t) && !Pronouns.Contains(t.Norm)
                && (context.IsGivenName(previous) || context.At(end + 1) is var after
                    && (after is null || !context.SameSentence(end, end + 1) || after.Kind == TokenKind.Punct || _g.Titles.TryMatch(_tokens, end + 1, true, out _, out _, out _)));
            // «الأمير محمد بن سلمان هنأه فيه»: after a lineage («بن سلمان») only a family name goes on, not an ordinary word.
            var wordAfterLineage = lineage && !context.IsGivenName(t) && !ArabicText.StartsWithArticle(t.Norm) && context.KnowsWord(t)
                && !_g.FigureSurnames.ContainsKey(t.Norm);
            // «أبو حمزة المصري»: the nisba after a kunya is part of the name by which he is known, not a nationality of his.
            var kunyaNisba = end - pos - spacedAbd == 2 && IsKunya(context, first) && NisbaAt(end);
            // «السيد علي السويدي»: after an honorific and a given name alone, a nisba is the family name; a nationality would
            // stand before the name («السيد السويدي علي» is not how news writes it).
            var familyNisba = end - pos - spacedAbd == 1 && AfterHonorific(pos) && context.IsGivenName(first) && NisbaAt(end);
            // «الكاتب غونتر غراس الحائز على …»: after a foreign word, an ordinary Arabic one is no longer the name.
            var ordinaryAfterForeign = isCommonWord is not null && ForeignWord(previous) && isCommonWord(t.Norm) && !context.IsGivenName(t) && !_g.FigureSurnames.ContainsKey(t.Norm);
            if (!afterConnector && !givenAfterGiven && (context.IsArabicStopWithClitics(t) && !SurnameSpeltLikeFunctionWord(previous, t) || ThatWithClitic(t) || _countryAt.ContainsKey(end) && !kunyaNisba && !familyNisba || verb || wordAfterLineage || ordinaryAfterForeign
                || end - pos >= 2 && IndefiniteAccusative(context, previous, t)
                // «يونس العيناوي علي الفرنسي سيدريك بيولين»: before a nationality, after a name of two words, «علي» is a result's «على».
                || end - pos >= 2 && t.Norm == "علي" && _countryAt.TryGetValue(end + 1, out var over) && over.IsNationality
                || (t.Norm[0] == 'و' && !context.IsGivenName(t) && !context.OpensWithWawYetContinuesName(previous, t) && !(triggered && WawName(t)))
                || _g.Titles.TryMatch(_tokens, end, true, out _, out _, out _) || ProfessionOrHonorificAt(end, pos) || PastVerbOfShe(context, t) || isCommonWord is not null && PastVerbOfTwoOrMore(context, t, isCommonWord)
                || WithTanween(t) || DefiniteVerbalNoun(context, end) || VerbSpeltWithArticle(context, t)))
            {
                break;
            }
            end++;
        }
        while (end > pos + 1 && (Connectors.Contains(_tokens[end - 1].Norm) || afterOuld == end - 1))
        {
            end--;
        }
        // A definite word alone after a title is a surname only when it is not an ordinary noun of the title's phrase.
        if (end == pos + 1 && ArabicText.StartsWithArticle(first.Norm) && !triggered)
        {
            return pos;
        }
        return end;
    }
}

