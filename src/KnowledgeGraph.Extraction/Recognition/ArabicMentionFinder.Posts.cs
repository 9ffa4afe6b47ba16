using KnowledgeGraph.Domain;
using KnowledgeGraph.Domain.Names;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Recognition;

// The posts that introduce a name («وزير الخارجية الأردني», «سفير قطر لدى الأردن»): titles, their complements, the
// country they belong to, and their English form.
public sealed partial class ArabicMentionFinder
{
    private List<Post> ParsePosts(int i, out int end, out string? country)
    {
        var posts = new List<Post>();
        country = null;
        end = i;
        var pos = i;
        var firstClitic = PostBehindPreposition(i);
        while (true)
        {
            if (posts.Count > 0 && TitleAsGivenName(pos))
            {
                break;
            }
            var post = ParsePost(pos, allowClitic: true, out var next);
            if (post is null)
            {
                break;
            }
            // «واجتمع رئيس الوزراء بوزير الخارجية التركي هاكان فيدان»: a post behind «ب» or «ل» after a post is the verb's
            // object, another person's.
            if (posts.Count > 0 && PostBehindPreposition(pos))
            {
                break;
            }
            // «ملك البحرين الملك حمد»: the title repeated as a courtesy form is not a second post.
            // «المتحدث باسم الخارجية السفير تميم خلاف»: a one-word title after a post is a courtesy rank, not a second post;
            // «السفير محمد الشناوي» alone: "ambassador" as a courtesy rank (a post names its state: «سفير مصر لدى ...»).
            var single = BareTitle(post) && !EnvoyGoesOn(post.Head, next);
            if (posts.Count == 0 && single && post.Head == "Ambassador" && !_countryAt.ContainsKey(next))
            {
                end = next;
                break;
            }
            // «استقبل أمير البلاد سفير الصين …»: nobody holds an ambassador's post with another; it is the next person's.
            // Nor a post of the other gender («التقى الوزير المبعوثة الخاصة …»).
            if (posts.Count > 0 && (post.Head == "Ambassador" && !single || Feminine(post.Title) != Feminine(posts[^1].Title)))
            {
                break;
            }
            // «الرئيس السوداني السفير الأمريكي …», «واستقبل الرئيس السفير الأمريكي …»: with a nationality of its own it is the
            // next person's post; and «السفير» after a bare title of no state («واستقبل الرئيس السفير ماثيو تولر») is its own
            // bearer's rank.
            if (posts.Count > 0 && single && (_countryAt.TryGetValue(next, out var own) && own.IsNationality || AmbassadorAfterBareTitle(posts, country, post)))
            {
                break;
            }
            if (posts.Count > 0 && single)
            {
                end = next;
                break;
            }
            // «استقبل الرئيس الوزير الأول محمد ولد بلال»: a bare one-word title and then a post are two people, subject and object.
            if (posts.Count == 1 && BareTitle(posts[0]) && posts[0].Country is null && country is null)
            {
                break;
            }
            posts.Add(post);
            pos = next;
            end = next;
            // «القائم بالأعمال في سفارة الولايات المتحدة لدى المملكة», «الملحق العسكري بالسفارة الفرنسية»: the embassy a post is
            // in is the post's, and its state.
            if (post.Country is null && EmbassyAt(pos, out var embassyState, out var afterEmbassy) && context.SameSentence(i, afterEmbassy - 1))
            {
                posts[^1] = Through(post, afterEmbassy) with { Country = embassyState };
                pos = end = afterEmbassy;
            }
            if (_countryAt.TryGetValue(pos, out var nisba) && nisba.IsNationality && context.SameSentence(i, pos))
            {
                // «السفير الأمريكي الجديد لدى العراق», «القنصل العام الأمريكي الجديد في أربيل»: "new" after the nationality.
                var afterNisba = context.At(nisba.End)?.Norm is "الجديد" or "الجديده" && context.SameSentence(i, nisba.End + 1) ? nisba.End + 1 : nisba.End;
                // «القائم بأعمال السفارة السعودية لدى مملكة البحرين»: the adjective and «لدى Y» belong to the title; so does «في Y»
                // after an ambassador («السفير السعودي في لبنان وليد البخاري»).
                if (context.At(afterNisba)?.Norm == "لدي" || posts[^1].Head is "Ambassador" or "Consul" or "Consul General" && context.At(afterNisba)?.Norm == "في"
                    && _countryAt.TryGetValue(afterNisba + 1, out var host) && !host.IsNationality)
                {
                    var afterLadai = SkipEmbassyHost(afterNisba + 1);
                    posts[^1] = Through(posts[^1], afterLadai) with { Country = nisba.Code };
                    pos = end = afterLadai;
                }
                else
                {
                    country = nisba.Code;
                    pos = end = afterNisba;
                    // «المستشار الألماني», «المستشار النمساوي»: the adviser of Germany or Austria is its Chancellor.
                    if (posts[^1].TitleEn == "Adviser" && nisba.Code is "DE" or "AT")
                    {
                        posts[^1] = posts[^1] with { TitleEn = "Chancellor" };
                    }
                }
            }
            // «سفير المملكة العربية السعودية بتونس»: the host, with «ب» glued to it, closes an ambassador's post.
            if (posts[^1].Head is "Ambassador" or "Consul" or "Consul General" && context.At(pos) is { Norm: ['ب', _, ..] } && _countryAt.TryGetValue(pos, out var station)
                && !station.IsNationality && context.SameSentence(i, station.End - 1))
            {
                posts[^1] = Through(posts[^1], station.End);
                pos = end = station.End;
            }
            if (EnvoyGoesOn(posts[^1].Head, pos))
            {
                pos = end = ExtendEnvoy(posts, pos);
            }
            // «وزير الدولة القطري للشؤون الخارجية», «وزير الدولة بوزارة الخارجية»: the post continues after the adjective.
            // Not a bare title before a post behind the preposition («وأكد الرئيس لوزير الخارجية الأمريكي …»: the verb's object).
            if (PrepositionalComplement(pos) && !(BareTitle(posts[^1]) && PostBehindPreposition(pos)))
            {
                var words = new List<string>();
                // «الناطق الرسمي باسم الحكومة الأردنية»: a nationality inside the preposition's phrase says the post's state.
                var after = ParseComplement(pos, words, out var inner, prepositional: true);
                country ??= inner;
                // «القائد العام للإدارة السورية الجديدة»: the adjectives of the preposition's noun, a nationality among them.
                for (var extra = 0; extra < 2 && after > pos && context.At(after) is { IsWord: true } adjective && context.SameSentence(pos, after); extra++)
                {
                    if (_countryAt.TryGetValue(after, out var nationality) && nationality.IsNationality)
                    {
                        country ??= nationality.Code;
                        // Unless its gender is not the noun's: «وزيرة الدولة للتعاون الدولي الإماراتية» is the minister's nationality.
                        if (!AgreesWithWordBefore(after))
                        {
                            break;
                        }
                        after = nationality.End;
                    }
                    else if (ArabicText.StartsWithArticle(adjective.Norm) && !context.IsGivenName(adjective) && !_g.Honorifics.TryMatch(_tokens, after, false, out _, out _, out _)
                             && context.At(after + 1) is { } following
                             && (context.IsGivenName(following) || _g.Honorifics.TryMatch(_tokens, after + 1, false, out _, out _, out _)))
                    {
                        after++;
                    }
                    else
                    {
                        break;
                    }
                }
                if (after > pos)
                {
                    var last = posts[^1];
                    var extension = context.Slice(pos, after);
                    // Words the English does not know leave only their joints ("and"): then the English adds nothing.
                    // "Affairs" alone («للشؤون الأفريقية» with an adjective it does not know) says nothing either.
                    var english = string.Join(' ', words.Where(w => w.Length > 0)).Trim();
                    english = english.Split(' ').All(w => w is "and" or "of" or "the" or "Affairs") ? "" : english;
                    english = english.EndsWith(" and", StringComparison.Ordinal) ? english[..^4] : english;
                    // «وزير الدولة بوزارة الخارجية», «الأمين العام لوزارة الدفاع»: "at" or "of the Ministry of …", as English says it.
                    var ministry = TheMinistry(english) is { } named ? (_tokens[pos].Norm[0] == 'ب' ? " at " : " of ") + named : null;
                    posts[^1] = last with
                    {
                        Title = last.Title + " " + extension,
                        TitleEn = ministry is not null ? last.TitleEn + ministry : english.Length > 0 ? $"{last.TitleEn} for {english}" : last.TitleEn,
                        Span = new TextSpan(last.Span.Start, _tokens[after - 1].End),
                    };
                    pos = end = after;
                }
                // «ممثل المفوضية السامية للأمم المتحدة لشؤون اللاجئين في الأردن»: where an organisation's officer serves belongs
                // to the title after the post's own phrase too; the post is still the organisation's, of no state.
                if (ServingPlaceAfterFi(pos) is { } posting && context.SameSentence(i, posting - 1) && PersonStates.NamesAnOrganisation(ArabicText.Normalize(posts[^1].Title)))
                {
                    posts[^1] = Through(posts[^1], posting);
                    pos = end = posting;
                }
                // «المبعوث الشخصي للأمين العام للأمم المتحدة إلى الصحراء الغربية»: whose envoy, then where to.
                if (EnvoyGoesOn(posts[^1].Head, pos))
                {
                    pos = end = ExtendEnvoy(posts, pos);
                }
            }
            // «ولي العهد رئيس مجلس الوزراء في المملكة العربية السعودية الأمير محمد»: a state's posts named with «في» and the state
            // before the holder's name are that state's; «… في جمهورية الهند كيرتي فاردان سينغ»: two words no dictionary knows
            // open a foreign name.
            if (country is null && posts[^1].Country is null && StateAfterFi(pos) is { } seatState
                && context.SameSentence(i, seatState.End)
                && (NameOpensAt(seatState.End) || context.At(seatState.End) is { } first && ForeignOrUnseenWord(first)
                    && context.At(seatState.End + 1) is { } second && context.SameSentence(first.Index, second.Index) && ForeignOrUnseenWord(second))
                && !PersonStates.NamesAnOrganisation(ArabicText.Normalize(posts[^1].Title)))
            {
                country = seatState.Code;
                pos = end = seatState.End;
            }
            // «رئيس مجلس السيادة الانتقالي القائد العام للقوات المسلحة …»: an adjective of the post before the next post; not a
            // listed figure's surname («واستقبل الرئيس السيسي الملك عبدالله الثاني» is two men).
            if (!IsPostStart(pos) && context.At(pos) is { IsWord: true } ofPost && ArabicText.StartsWithArticle(ofPost.Norm) && !_countryAt.ContainsKey(pos)
                && !context.IsGivenName(ofPost) && !_g.FigureSurnames.ContainsKey(ofPost.Norm) && !DefiniteTimeWords.Contains(ofPost.Norm) && context.SameSentence(i, pos + 1) && _g.Titles.TryMatch(_tokens, pos + 1, allowProclitics: false, out _, out _, out _))
            {
                pos++;
            }
            // «المرافق لأمير الكويت وزير المالية ...»: a title behind «ل» or «ب» that names its state is someone else's.
            if (!IsPostStart(pos) || posts.Count == 1 && firstClitic && posts[0].Country is not null && country is null)
            {
                break;
            }
        }
        if (country is not null)
        {
            for (var k = 0; k < posts.Count; k++)
            {
                posts[k] = posts[k] with { Country = posts[k].Country ?? country };
            }
        }
        foreach (var p in posts)
        {
            country ??= p.Country;
        }
        return posts;
    }

    // «المبعوث الأمريكي الخاص إلى سوريا»: an envoy's title goes on after its state with "special" and where the envoy is sent.
    private bool EnvoyGoesOn(string head, int pos) =>
        head.EndsWith("Envoy", StringComparison.Ordinal) && context.At(pos) is { IsWord: true } t && pos > 0 && context.SameSentence(pos - 1, pos)
        && (t.Norm is "الخاص" or "الخاصه" || t.Norm is "الي" or "لدي" && (_countryAt.ContainsKey(pos + 1) || EnvoyRegionAt(pos + 1) is not null)
            || _countryAt.TryGetValue(pos, out var nisba) && nisba.IsNationality);

    private int ExtendEnvoy(List<Post> posts, int pos)
    {
        var post = posts[^1];
        var (title, english) = (post.Title, post.TitleEn);
        if (context.At(pos)?.Norm is "الخاص" or "الخاصه")
        {
            title += " " + _tokens[pos].Text;
            english = english.StartsWith("Special ", StringComparison.Ordinal) ? english : "Special " + english;
            pos++;
        }
        if (context.At(pos)?.Norm is "الي" or "لدي" && context.SameSentence(pos - 1, pos))
        {
            if (_countryAt.TryGetValue(pos + 1, out var to) && !to.IsNationality)
            {
                title += " " + context.Slice(pos, to.End);
                english += " to " + _g.Countries[to.Code].NameEn;
                pos = to.End;
            }
            else if (EnvoyRegionAt(pos + 1) is var (length, region))
            {
                title += " " + context.Slice(pos, pos + 1 + length);
                english += " to " + region;
                pos += 1 + length;
            }
        }
        posts[^1] = post with { Title = title, TitleEn = english, Span = new TextSpan(post.Span.Start, _tokens[pos - 1].End) };
        return pos;
    }

    // The regions an envoy is sent to that are no state: «إلى الشرق الأوسط», «إلى الصحراء الغربية», «إلى القرن الأفريقي».
    private static readonly PhraseIndex<string> EnvoyRegions = BuildEnvoyRegions();

    private static PhraseIndex<string> BuildEnvoyRegions()
    {
        var regions = new PhraseIndex<string>();
        regions.Add("الشرق الأوسط", "the Middle East");
        regions.Add("الصحراء الغربية", "Western Sahara");
        regions.Add("القرن الأفريقي", "the Horn of Africa");
        regions.Add("منطقة البحيرات العظمى", "the Great Lakes Region");
        regions.Add("منطقة الساحل", "the Sahel");
        return regions;
    }

    private (int Length, string English)? EnvoyRegionAt(int k) =>
        EnvoyRegions.TryMatch(_tokens, k, false, out var english, out var end, out _) ? (end - k, english) : null;

    // The bodies a post is held in after «ب» («بوزارة الخارجية», «بسفارة المملكة»), normalised.
    private static readonly HashSet<string> Institutions = new(StringComparer.Ordinal)
    {
        "وزاره", "رياسه", "مجلس", "امانه", "هييه", "سفاره", "قنصليه", "ديوان", "مكتب", "بعثه", "جامعه", "منظمه", "لجنه", "موسسه",
        "اتحاد", "مجموعه", "قياده", "قوات", "اداره", "مديريه", "حكومه", "دوله", "محكمه", "مصرف", "بنك", "صندوق", "شركه", "حزب", "حركه",
        "مركز", "معهد", "اسم", "شوون", "شيون", "كليه",
    };

    // «لوزير الخارجية», «بوزير الخارجية»: a post that opens at token «k» behind «ل» or «ب».
    private bool PostBehindPreposition(int k) =>
        context.At(k) is { Norm.Length: > 1 } t && t.Norm[0] is 'ل' or 'ب' && _g.Titles.TryMatch(_tokens, k, true, out _, out _, out var clitic) && clitic > 0;

    // «الرئيس», «الوزير»: one word with the article.
    private static bool BareTitle(Post post) => post.Title.Split(' ').Length == 1 && ArabicText.StartsWithArticle(ArabicText.Normalize(post.Title));

    private bool PrepositionalComplement(int pos)
    {
        if (context.At(pos) is not { IsWord: true } t || !context.SameSentence(pos - 1, pos) || _countryAt.ContainsKey(pos))
        {
            return false;
        }
        if (t.Norm.StartsWith("لل", StringComparison.Ordinal) && t.Norm.Length > 4)
        {
            return true;
        }
        // «لحقوق الإنسان», «بوزارة الخارجية»: a preposition on a noun in construct with a definite one, which after «ب» is
        // an institution («وزير الخارجية بنقل الرسائل» is "by carrying the messages"); «بالخارج»: on a definite noun. Not a
        // name that opens with the letter before a regnal number («البابا بنديكت السادس», «البابا لاون الرابع عشر»).
        // «لحركة فتح»: a movement's proper name stands for the definite noun. Not a given name behind the preposition
        // («واتصل الوزير لمحمد الشمري»: a person, not "minister for Mohammed").
        return t.Norm.Length > 3 && t.Norm[0] is 'ب' or 'ل' && context.GivenNameBehind(t, "بل") is null
            && (context.At(pos + 1) is { IsWord: true } next && (ArabicText.StartsWithArticle(next.Norm) || _g.ProperTitleWords.Contains(next.Norm)) && RegnalNumber.Of(next.Norm) is null
                   && (t.Norm[0] == 'ل' || Institutions.Contains(t.Norm[1..]))
                || ArabicText.StartsWithArticle(t.Norm[1..])
                // «لشؤون منطقة البحر المتوسط»: a chain of three, the middle noun a word of titles.
                || t.Norm[0] == 'ل' && Translate(t.Norm[1..]).Length > 0 && context.At(pos + 1) is { IsWord: true } middle && Translate(middle.Norm).Length > 0
                   && context.At(pos + 2) is { IsWord: true } third && ArabicText.StartsWithArticle(third.Norm) && context.SameSentence(pos, pos + 2));
    }

    // «وزيرة», «المبعوثة»: a title whose first word ends in «ة» is a woman's.
    private static bool Feminine(string title)
    {
        var space = title.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? title : title[..space];
        return first.EndsWith('ة');
    }

    // The post with its title and span running on to the token before «end» («القائم بالأعمال» through «… لدى المملكة»).
    private Post Through(Post post, int end)
    {
        var span = new TextSpan(post.Span.Start, _tokens[end - 1].End);
        return post with { Title = context.Text[span.Start..span.End], Span = span };
    }

    // «في سفارة X» or «بسفارة X», «في السفارة الـX» or «بالسفارة الـX», then «لدى Y» if said: the embassy's state and where
    // the words end.
    private bool EmbassyAt(int pos, out string? state, out int end)
    {
        state = null;
        end = pos;
        var at = context.At(pos)?.Norm == "في" ? pos + 1 : pos;
        if (context.At(at) is not { } embassy || at == pos && embassy.Norm is not ("بسفاره" or "بالسفاره")
            || at > pos && embassy.Norm is not ("سفاره" or "السفاره"))
        {
            return false;
        }
        if (!_countryAt.TryGetValue(at + 1, out var place) || place.IsCity || place.IsNationality != embassy.Norm.EndsWith("السفاره", StringComparison.Ordinal))
        {
            return false;
        }
        state = place.Code;
        end = context.At(place.End)?.Norm == "لدي" ? SkipEmbassyHost(place.End + 1) : place.End;
        return true;
    }

    private int SkipEmbassyHost(int pos)
    {
        if (_countryAt.TryGetValue(pos, out var named) && !named.IsNationality)
        {
            return named.End;
        }
        // «سفير دولة الإمارات لدى البلاد», «… لدى الدولة» (as the Emirates' press says), «لدى بلادنا» (as Yemen's does): the
        // home country of the news, unnamed.
        if (context.At(pos)?.Norm is "البلاد" or "الدوله" or "بلادنا")
        {
            return pos + 1;
        }
        if (context.At(pos)?.Norm is "دوله" or "مملكه" or "جمهوريه" or "سلطنه" or "المملكه" or "الجمهوريه")
        {
            pos++;
        }
        if (_countryAt.TryGetValue(pos, out var host) && !host.IsNationality)
        {
            return host.End;
        }
        // «مندوب دولة الكويت الدائم لدى الأمم المتحدة», «… لدى جامعة الدول العربية»: a representative to an international body.
        for (var n = 1; n <= 3 && context.At(pos + n - 1) is { IsWord: true } && context.SameSentence(pos, pos + n - 1); n++)
        {
            if (PersonStates.NamesAnOrganisation(ArabicText.Normalize(context.Slice(pos, pos + n))))
            {
                return context.At(pos + n)?.Norm is "العربيه" or "الاوروبي" or "الافريقي" or "الاسلامي" or "الدولي" or "الدوليه" ? pos + n + 1 : pos + n;
            }
        }
        return pos;
    }

    private static readonly HashSet<string> DualTitles = new(StringComparer.Ordinal) { ArabicText.Normalize("النائبين"), ArabicText.Normalize("النائبان") };

    private static readonly HashSet<string> MemberOfParliament = new([ArabicText.Normalize("النائب"), ArabicText.Normalize("النائبة"), .. DualTitles], StringComparer.Ordinal);

    /// <summary>«النائبين علي فياض وحسن فضل الله»: the dual of a title, held by the two names joined by «و» after it.</summary>
    private bool IsDual(Post post) => DualTitles.Contains(ArabicText.Normalize(context.Text[post.Span.Start..post.Span.End]));

    // «في الأردن», «في المملكة العربية السعودية»: the state named by its name after «في» at «pos», or null.
    private CountryMention? StateAfterFi(int pos) =>
        context.At(pos)?.Norm == "في" && _countryAt.TryGetValue(pos + 1, out var state) && state is { IsNationality: false, IsCity: false } ? state : null;

    // «… في الأردن», «رئيس حركة حماس في قطاع غزة», «… في الخارج»: where an organisation's officer serves, a state or a place
    // that is none; the end of those words.
    private int? ServingPlaceAfterFi(int pos) =>
        StateAfterFi(pos)?.End ?? (context.At(pos)?.Norm == "في" && Territories.TryMatch(_tokens, pos + 1, false, out _, out var end, out _) ? end : null);

    private static readonly PhraseIndex<string> Territories = BuildTerritories();

    private static PhraseIndex<string> BuildTerritories()
    {
        var territories = new PhraseIndex<string>();
        foreach (var territory in (string[])["غزة", "قطاع غزة", "الضفة الغربية", "الضفة", "القدس", "الخارج", "إقليم كردستان"])
        {
            territories.Add(territory, territory);
        }
        return territories;
    }

    private static bool AmbassadorAfterBareTitle(List<Post> posts, string? country, Post post) =>
        posts is [var only] && BareTitle(only) && (country ?? only.Country) is null && post.Head == "Ambassador";

    private bool IsPostStart(int pos) =>
        context.At(pos) is { IsWord: true } && _g.Titles.TryMatch(_tokens, pos, allowProclitics: true, out _, out _, out _);

    /// <summary>One post: modifiers («نائب»), a title and, for a head («وزير»), its complement («الخارجية وشؤون المغتربين»).</summary>
    private Post? ParsePost(int pos, bool allowClitic, out int end)
    {
        end = pos;
        var start = pos;
        var clitic = 0;
        // Most words start no title: the list is made for the first that does.
        List<string>? english = null;
        TitleEntry? entry = null;
        var headEnd = pos;
        // «النائب الأول لرئيس مجلس الوزراء»: after a modifier the title may carry «ل».
        while (context.At(pos) is { IsWord: true } && context.SameSentence(start, pos)
               && MatchTitle(pos, allowClitic && pos == start || entry?.Kind == TitleKind.Modifier, out var e, out var next, out var c))
        {
            if (pos == start)
            {
                clitic = c;
            }
            (english ??= new List<string>(2)).Add(e.English);
            entry = e;
            pos = headEnd = next;
            if (e.Kind != TitleKind.Modifier)
            {
                break;
            }
        }
        // «النائب فريد هيكل الخازن»: "deputy" before a name and no title is a member of parliament; so it is before his
        // nationality and a name («النائبة الأردنية هند الفايز»).
        if (entry is { Kind: TitleKind.Modifier } && english is { Count: 1 } && MemberOfParliament.Contains(_tokens[start].Norm[clitic..])
            && context.SameSentence(start, pos)
            && (NameOpensAt(pos) || _countryAt.TryGetValue(pos, out var nationality) && nationality is { IsNationality: true } && context.SameSentence(pos, nationality.End) && NameOpensAt(nationality.End)))
        {
            var member = context.SliceAfterClitic(start, pos, clitic, out var memberSpan);
            end = pos;
            // Each of «النائبين» ("the two deputies") holds the singular's post.
            return new Post(DualTitles.Contains(ArabicText.Normalize(member)) ? member[..^2] : member, "Member of Parliament", "Member of Parliament", null, memberSpan);
        }
        if (english is null || entry is null || entry.Kind == TitleKind.Modifier)
        {
            return null;
        }
        var complement = new List<string>();
        string? country = null;
        // «محافظ البصرة», «عمدة باريس», «حاكم إمارة أبوظبي»: a governor's, mayor's or ruler's complement is his city (or the
        // emirate named by it), in its state.
        var seatAt = entry.English == "Ruler" && context.At(pos)?.Norm is "اماره" ? pos + 1 : pos;
        if (entry.Kind == TitleKind.Head && entry.English is "Governor" or "Mayor" or "Ruler" && _countryAt.TryGetValue(seatAt, out var seat) && seat is { IsCity: true, CityEn: { } seatEn }
            && context.SameSentence(start, seat.End))
        {
            complement.Add(seatEn);
            country = seat.Code;
            pos = seat.End;
        }
        else if (entry.Kind == TitleKind.Head)
        {
            pos = ParseComplement(pos, complement, out country);
            if (pos == headEnd && !EnvoyGoesOn(entry.English, pos))
            {
                return null;
            }
        }
        // «رئيس هيئة الأركان بقوة دفاع البحرين», «قائد القوات البحرية في الجيش الكويتي»: the armed force a
        // complete title serves in names its state.
        else if (entry.Kind == TitleKind.Complete && ForceOfState(pos) is { } force)
        {
            country = force.Code;
            pos = force.End;
        }
        // «الرئيس التنفيذي لشركة أرامكو», «الرئيس التنفيذي لمايكروسوفت»: «ل» on a listed company, or on «شركة» before the
        // company's name, is the company a complete title serves; the name comes after it.
        else if (entry.Kind == TitleKind.Complete && CompanyServed(pos) is var served && served > pos && context.SameSentence(start, served - 1))
        {
            pos = served;
        }
        // «عضو مجلس القيادة الرئاسي»: a council only one state has names that state.
        country ??= entry.Country;
        end = pos;
        var title = context.SliceAfterClitic(start, end, clitic, out var span);
        // «برقية للرئيس اللبناني»: «ل» before the article drops its alif, and the title is «الرئيس».
        if (clitic == 0 && title.StartsWith("لل", StringComparison.Ordinal) && !_g.Titles.TryGet(_tokens[start].Norm, out _))
        {
            title = "ا" + title[1..];
        }
        var titleEn = ComposeEnglish(title, english, complement, country);
        return new Post(title, titleEn, entry.English, country, span);
    }

    // Where «ل» and the company a title serves end, or pos when none stands there.
    private int CompanyServed(int pos)
    {
        if (context.At(pos) is not { IsWord: true, IsLatin: false, Norm: ['ل', _, _, ..] } t)
        {
            return pos;
        }
        if (_g.Organisations.TryMatch(_tokens, pos, true, out _, out var end, out var clitic) && clitic > 0)
        {
            return end;
        }
        if (t.Norm is "لشركه" or "لمجموعه" && context.At(pos + 1) is { IsWord: true } && context.SameSentence(pos, pos + 1))
        {
            return _g.Organisations.TryMatch(_tokens, pos + 1, false, out _, out var named, out _) ? named : pos + 2;
        }
        return pos;
    }

    // «بقوة دفاع البحرين», «في الجيش الكويتي»: «ب» or «في», an armed force, and its state within three words; or null.
    private CountryMention? ForceOfState(int pos)
    {
        if (context.At(pos) is not { IsWord: true } t || !(t.Norm == "في" && context.At(pos + 1) is { } after && StateBodies.Contains(after.Norm)
            || t.Norm[0] == 'ب' && t.Forms.Skip(1).Any(StateBodies.Contains)))
        {
            return null;
        }
        var body = t.Norm == "في" ? pos + 1 : pos;
        for (var k = body + 1; k <= body + 3 && context.At(k) is { IsWord: true } && context.SameSentence(pos, k); k++)
        {
            if (_countryAt.TryGetValue(k, out var state) && !state.IsCity)
            {
                return state;
            }
        }
        return null;
    }

    private static readonly HashSet<string> StateBodies = new(StringComparer.Ordinal)
    {
        "قوه", "قوات", "القوات", "الجيش", "جيش", "الحرس", "حرس", "الشرطه", "شرطه",
    };

    /// <summary>
    /// The longest title at <paramref name="pos"/> that does not run into a state's name: «رئيس الجمهورية العربية
    /// السورية» is the head «رئيس» with the state as complement, not «رئيس الجمهورية» followed by stray words.
    /// </summary>
    private bool MatchTitle(int pos, bool allowClitic, out TitleEntry entry, out int end, out int clitic)
    {
        if (!_g.Titles.TryMatch(_tokens, pos, allowClitic, out entry, out end, out clitic))
        {
            return false;
        }
        for (var k = pos + 1; k < end; k++)
        {
            if (_countryAt.TryGetValue(k, out var place) && place.End > end)
            {
                foreach (var form in allowClitic ? _tokens[pos].Forms : [_tokens[pos].Norm])
                {
                    if (_g.Titles.TryGet(form, out var head))
                    {
                        entry = head;
                        end = pos + 1;
                        clitic = _tokens[pos].Norm.Length - form.Length;
                        return true;
                    }
                }
                return false;
            }
        }
        return true;
    }
}
