using KnowledgeGraph.Domain;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Recognition;

/// <summary>
/// Finds persons in Arabic text: names introduced by titles («وزير الداخلية السوري»), honorifics and ranks
/// («الأمير», «المقدم ركن»), or a known given name; and titles that stand alone («أمير قطر»).
/// </summary>
public sealed class ArabicMentionFinder(TextContext context, IReadOnlyList<CountryMention> countries)
{
    private const int MaxNameWords = 4;
    private const int MaxNameWordsWithLineage = 7;
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "بن", "ابن", "بنت", "ابو", "ابي", "ال", "عبد", "ام" };

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
            var honorifics = new List<string>();
            var nameStart = SkipHonorifics(posts.Count > 0 ? afterPosts : i, honorifics, allowClitic: posts.Count == 0);
            // «وزير الخارجية في الإدارة السورية الجديدة أسعد الشيباني»: an adjective of the title before the name.
            while (honorifics.Count == 0 && posts.Count > 0 && context.At(nameStart) is { IsWord: true } adj && ArabicText.StartsWithArticle(adj.Norm)
                   && !context.IsGivenName(adj) && context.At(nameStart + 1) is { } given && context.SameSentence(i, nameStart + 1)
                   && (context.IsGivenName(given) || _g.Honorifics.TryMatch(_tokens, nameStart + 1, false, out _, out _, out _)))
            {
                nameStart = SkipHonorifics(nameStart + 1, honorifics, allowClitic: false);
            }
            var triggered = posts.Count > 0 || honorifics.Count > 0;
            if (!triggered && !StartsName(_tokens[i], triggered: false))
            {
                continue;
            }
            var nameEnd = ParseName(triggered ? nameStart : i, triggered);
            // A courtesy form alone before one unknown word («للأمير مراسم») is not enough to make a name.
            if (posts.Count == 0 && honorifics.Count > 0 && nameEnd == nameStart + 1 && !context.IsGivenName(_tokens[nameStart]))
            {
                nameEnd = nameStart;
            }
            if (nameEnd > nameStart && (triggered || nameEnd - i >= 2) && context.SameSentence(i, nameEnd - 1) && !ArticleExtractor.NamesAPlace(context, i, nameEnd))
            {
                var start = triggered ? nameStart : i;
                var name = context.SliceAfterClitic(start, nameEnd, 0, out var span);
                mentions.Add(new PersonMention
                {
                    Start = i,
                    End = nameEnd,
                    Sentence = _tokens[i].Sentence,
                    Name = name,
                    NameWords = ArabicText.Normalize(name).Split(' ', StringSplitOptions.RemoveEmptyEntries),
                    Span = span,
                    Posts = posts,
                    Honorifics = honorifics,
                    Country = country,
                });
                i = nameEnd - 1;
            }
            else if (posts.Count > 0)
            {
                mentions.Add(new PersonMention { Start = i, End = afterPosts, Sentence = _tokens[i].Sentence, Posts = posts, Country = country, Span = context.SpanOf(i, afterPosts) });
                i = afterPosts - 1;
            }
        }
        return mentions;
    }

    private List<Post> ParsePosts(int i, out int end, out string? country)
    {
        var posts = new List<Post>();
        country = null;
        end = i;
        var pos = i;
        var firstClitic = context.At(i) is { } head && head.Norm.Length > 1 && head.Norm[0] is 'ل' or 'ب'
            && _g.Titles.TryMatch(_tokens, i, true, out _, out _, out var headClitic) && headClitic > 0;
        while (true)
        {
            var post = ParsePost(pos, allowClitic: true, out var next);
            if (post is null)
            {
                break;
            }
            // «ملك البحرين الملك حمد»: the title repeated as a courtesy form is not a second post.
            // «المتحدث باسم الخارجية السفير تميم خلاف»: a one-word title after a post is a courtesy rank, not a second post;
            // «السفير محمد الشناوي» alone: "ambassador" as a courtesy rank (a post names its state: «سفير مصر لدى ...»).
            var single = post.Title.Split(' ').Length == 1 && ArabicText.StartsWithArticle(ArabicText.Normalize(post.Title));
            if (posts.Count == 0 && single && post.Head == "Ambassador" && !_countryAt.ContainsKey(next))
            {
                end = next;
                break;
            }
            if (posts.Count > 0 && single)
            {
                end = next;
                break;
            }
            posts.Add(post);
            pos = next;
            end = next;
            if (_countryAt.TryGetValue(pos, out var nisba) && nisba.IsNationality && context.SameSentence(i, pos))
            {
                // «القائم بأعمال السفارة السعودية لدى مملكة البحرين»: the adjective and «لدى Y» belong to the title.
                if (context.At(nisba.End)?.Norm == "لدي")
                {
                    var afterLadai = SkipEmbassyHost(nisba.End + 1);
                    var span = new TextSpan(posts[^1].Span.Start, _tokens[afterLadai - 1].End);
                    posts[^1] = posts[^1] with { Title = context.Text[span.Start..span.End], Span = span, Country = nisba.Code };
                    pos = end = afterLadai;
                }
                else
                {
                    country = nisba.Code;
                    pos = end = nisba.End;
                }
            }
            // «وزير الدولة القطري للشؤون الخارجية», «وزير الدولة بوزارة الخارجية»: the post continues after the adjective.
            if (PrepositionalComplement(pos))
            {
                var words = new List<string>();
                var after = ParseComplement(pos, words, out _, prepositional: true);
                // «القائد العام للإدارة السورية الجديدة»: the adjectives of the preposition's noun, a nationality among them.
                for (var extra = 0; extra < 2 && after > pos && context.At(after) is { IsWord: true } adjective && context.SameSentence(pos, after); extra++)
                {
                    if (_countryAt.TryGetValue(after, out var nationality) && nationality.IsNationality)
                    {
                        country ??= nationality.Code;
                        words.Add(_g.Countries[nationality.Code].NameEn);
                        after = nationality.End;
                    }
                    else if (ArabicText.StartsWithArticle(adjective.Norm) && !context.IsGivenName(adjective) && context.At(after + 1) is { } following
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
                    var english = string.Join(' ', words.Where(w => w.Length > 0)).Trim();
                    posts[^1] = last with
                    {
                        Title = last.Title + " " + extension,
                        TitleEn = english.Length > 0 ? $"{last.TitleEn} for {english}" : last.TitleEn,
                        Span = new TextSpan(last.Span.Start, _tokens[after - 1].End),
                    };
                    pos = end = after;
                }
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
        country ??= posts.Select(p => p.Country).FirstOrDefault(c => c is not null);
        return posts;
    }

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
        return t.Norm.Length > 3 && t.Norm[0] is 'ب' or 'ل' && !context.IsGivenName(t)
            && context.At(pos + 1) is { IsWord: true } next && ArabicText.StartsWithArticle(next.Norm);
    }

    private int SkipEmbassyHost(int pos)
    {
        if (_countryAt.TryGetValue(pos, out var named) && !named.IsNationality)
        {
            return named.End;
        }
        if (context.At(pos)?.Norm is "دوله" or "مملكه" or "جمهوريه" or "سلطنه" or "المملكه" or "الجمهوريه")
        {
            pos++;
        }
        return _countryAt.TryGetValue(pos, out var host) && !host.IsNationality ? host.End : pos;
    }

    private bool IsPostStart(int pos) =>
        context.At(pos) is { IsWord: true } && _g.Titles.TryMatch(_tokens, pos, allowProclitics: true, out _, out _, out _);

    /// <summary>One post: modifiers («نائب»), a title and, for a head («وزير»), its complement («الخارجية وشؤون المغتربين»).</summary>
    private Post? ParsePost(int pos, bool allowClitic, out int end)
    {
        end = pos;
        var start = pos;
        var clitic = 0;
        var english = new List<string>();
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
            english.Add(e.English);
            entry = e;
            pos = headEnd = next;
            if (e.Kind != TitleKind.Modifier)
            {
                break;
            }
        }
        if (entry is null || entry.Kind == TitleKind.Modifier)
        {
            return null;
        }
        var complement = new List<string>();
        string? country = null;
        if (entry.Kind == TitleKind.Head)
        {
            pos = ParseComplement(pos, complement, out country);
            if (pos == headEnd)
            {
                return null;
            }
        }
        end = pos;
        var title = context.SliceAfterClitic(start, end, clitic, out var span);
        var titleEn = ComposeEnglish(title, english, complement, country);
        return new Post(title, titleEn, entry.English, country, span);
    }

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

    private int ParseComplement(int pos, List<string> words, out string? country, bool prepositional = false)
    {
        country = null;
        var start = pos;
        var sawDefinite = false;
        var afterPreposition = prepositional;
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
            if (_countryAt.TryGetValue(pos, out var place))
            {
                // «المتحدث باسم الرئاسة المصرية»: after a preposition the adjective belongs to its noun, and says the state.
                if (place.IsNationality && afterPreposition && sawDefinite)
                {
                    country ??= place.Code;
                    words.Add(_g.Countries[place.Code].NameEn);
                    pos = place.End;
                    continue;
                }
                if (place.IsNationality || place.IsCity)
                {
                    break;
                }
                // «أمير قطر», «ملك البحرين»: the state is the complement and the office's country.
                country = place.Code;
                words.Add(_g.Countries[place.Code].NameEn);
                pos = place.End;
                // «سفير أوزبكستان لدى الكويت»: an ambassador's title keeps its host.
                if (context.At(pos)?.Norm == "لدي")
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
            if (_g.Honorifics.TryMatch(_tokens, pos, false, out _, out _, out _) || EndsComplement(t))
            {
                break;
            }
            if (t.Norm is "في" or "باسم" && context.At(pos + 1) is { IsWord: true } n && !context.IsArabicStop(n) && !_countryAt.ContainsKey(pos + 1))
            {
                pos++;
                sawDefinite = false;
                afterPreposition = true;
                continue;
            }
            var norm = t.Norm;
            var conj = norm.Length > 3 && norm[0] == 'و' && !_g.GivenNames.ContainsKey(norm);
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
                words.Add(conj ? "and " + Translate(bare) : Translate(bare));
                sawDefinite = true;
                pos++;
                continue;
            }
            // An indefinite word continues a construct chain («قائد مجموعة البحث») but ends the title after a definite one.
            var nextIsDefinite = context.At(pos + 1) is { IsWord: true } nx && ArabicText.StartsWithArticle(nx.Norm);
            if ((!sawDefinite && !context.IsGivenName(t) && !VerbLike(t)) || (conj && nextIsDefinite))
            {
                words.Add(conj ? "and " + Translate(bare) : Translate(bare));
                pos++;
                continue;
            }
            break;
        }
        // A complement never ends on a bare construct noun: give back trailing indefinite words.
        while (pos > start && context.At(pos - 1) is { IsWord: true } last && !ArabicText.StartsWithArticle(last.Norm.TrimStart('و'))
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

    private static readonly HashSet<string> DefiniteTimeWords = new(StringComparer.Ordinal)
    {
        "الذي", "التي", "الذين", "اليوم", "الماضي", "الماضيه", "الجاري", "الحالي", "المقبل", "المقبله", "الاحد", "الاثنين",
        "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت",
    };

    // Function and time words end a title's complement; other common nouns («التعاون») may belong to it.
    private bool EndsComplement(Token t) =>
        t.Norm is not ("في" or "باسم") && context.IsArabicStop(t) && (!ArabicText.StartsWithArticle(t.Norm.TrimStart('و')) || DefiniteTimeWords.Contains(t.Norm.TrimStart('و')));

    private string Translate(string norm)
    {
        if (_g.TitleWords.TryGetValue(norm, out var en))
        {
            return en;
        }
        return "";
    }

    private string ComposeEnglish(string title, List<string> heads, List<string> complement, string? country)
    {
        if (_g.Titles.TryGet(Gazetteer.Key(title), out var whole) && whole.Kind != TitleKind.Head)
        {
            return whole.English;
        }
        var head = string.Join(' ', heads);
        if (complement.Count > 0 && country is null && head.EndsWith("President", StringComparison.Ordinal))
        {
            head = head[..^"President".Length] + "Head";
        }
        var rest = string.Join(' ', complement.Where(w => w.Length > 0 && w != "and ")).Replace("  ", " ", StringComparison.Ordinal).Trim();
        if (rest.StartsWith("and ", StringComparison.Ordinal))
        {
            rest = rest[4..];
        }
        return rest.Length == 0 ? head : $"{head} of {rest}";
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
    /// «علي» after a title is the name Ali, which normalising folds into the preposition «على»: the written word, with
    /// its final «ي», and a name following it tell them apart.
    /// </summary>
    private bool SpelledAsGivenName(Token t) =>
        context.IsGivenName(t) && t.Text.LastOrDefault(c => !ArabicText.IsDiacritic(c)) == 'ي'
        && context.At(t.Index + 1) is { IsWord: true } next && context.SameSentence(t.Index, t.Index + 1) && !context.IsArabicStop(next);

    internal static bool VerbLike(Token t) =>
        t.Norm.Length >= 4 && (t.Norm[0] is 'ي' or 'ت' || t.Norm.StartsWith("سي", StringComparison.Ordinal) || t.Norm.StartsWith("ست", StringComparison.Ordinal));

    private bool StartsName(Token t, bool triggered)
    {
        if (!t.IsWord || t.Kind == TokenKind.Number || _countryAt.ContainsKey(t.Index) || context.IsArabicStop(t) && !(triggered && SpelledAsGivenName(t)))
        {
            return false;
        }
        if (_g.Titles.TryMatch(_tokens, t.Index, true, out _, out _, out _) || _g.Honorifics.TryMatch(_tokens, t.Index, false, out _, out _, out _))
        {
            return false;
        }
        if (context.IsGivenName(t))
        {
            return true;
        }
        if (!triggered || VerbLike(t) || t.Norm[0] == 'و' || t.IsLatin)
        {
            return false;
        }
        return true;
    }

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
        while (context.At(end) is { } t && context.SameSentence(pos, end) && end - pos < (lineage ? MaxNameWordsWithLineage : MaxNameWords))
        {
            var previous = _tokens[end - 1];
            var afterConnector = Connectors.Contains(previous.Norm);
            if (!t.IsWord || t.Kind == TokenKind.Number)
            {
                break;
            }
            if (Connectors.Contains(t.Norm))
            {
                lineage |= t.Norm != "عبد";
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
            // «للصحفيين», «بالاتحاد»: a preposition on a definite noun never continues a name.
            if (!afterConnector && t.Norm.Length > 4 && (t.Norm.StartsWith("لل", StringComparison.Ordinal) || t.Norm[0] is 'ب' or 'و' or 'ف' or 'ك' && t.Norm[1..].StartsWith("ال", StringComparison.Ordinal)))
            {
                break;
            }
            var verb = VerbLike(t) && !context.IsGivenName(t) && context.At(end + 1) is not { Kind: TokenKind.Punct, Text: "،" or "." or "," };
            // «محمد علي»: a given name that spells like a function word («على») continues a given name.
            var givenAfterGiven = context.IsGivenName(t) && context.IsGivenName(previous);
            if (!afterConnector && !givenAfterGiven && (context.IsArabicStopWithClitics(t) || _countryAt.ContainsKey(end) || verb
                || (t.Norm[0] == 'و' && !context.IsGivenName(t))
                || _g.Titles.TryMatch(_tokens, end, true, out _, out _, out _) || _g.Honorifics.TryMatch(_tokens, end, false, out _, out _, out _)))
            {
                break;
            }
            end++;
        }
        while (end > pos + 1 && Connectors.Contains(_tokens[end - 1].Norm))
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

