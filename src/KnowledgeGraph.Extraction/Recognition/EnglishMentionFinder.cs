using KnowledgeGraph.Domain;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Recognition;

/// <summary>
/// Finds persons in English text: capitalised names after titles ("Jordan's Deputy Prime Minister and Foreign
/// Minister Ayman Safadi"), honorifics ("Sheikh", "Prince") or a known given name, and posts given after the name
/// ("Hussein al-Sheikh, secretary general of ...").
/// </summary>
public sealed class EnglishMentionFinder(TextContext context, IReadOnlyList<CountryMention> countries)
{
    private static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase) { "bin", "bint", "ibn", "al", "el", "abu", "abdel", "abdul", "de", "van", "von", "der", "den", "del", "da", "dos", "la" };
    private static readonly HashSet<string> Numerals = new(StringComparer.Ordinal) { "II", "III", "IV", "Jr", "Sr" };

    private readonly Dictionary<int, CountryMention> _countryAt = countries.ToDictionary(c => c.Start);
    private readonly IReadOnlyList<Token> _tokens = context.Tokens;
    private readonly Gazetteer _g = context.Gazetteer;

    public List<PersonMention> Find()
    {
        var mentions = new List<PersonMention>();
        for (var i = 0; i < _tokens.Count; i++)
        {
            // "… held talks with his Egyptian counterpart.": the full stop after the counterpart is where his mention is made.
            if (!_tokens[i].IsWord && !(_tokens[i].Text == "." && context.At(i - 1)?.Norm == "counterpart"))
            {
                continue;
            }
            // "the foreign ministers of Armenia and Azerbaijan, Ararat Mirzoyan and Jeyhun Bayramov": each holds the post of his
            // state, in the order named.
            if (PostOfStatesInTurn(i) is { Count: 2 } inTurn)
            {
                mentions.AddRange(inTurn);
                i = inTurn[1].End - 1;
                continue;
            }
            var pos = i;
            string? country = null;
            var possessive = false;
            if (_countryAt.TryGetValue(pos, out var c) && !c.IsCity)
            {
                country = c.Code;
                pos = c.End;
                if (context.At(pos)?.Text is "'" or "’" && context.At(pos + 1)?.Norm == "s")
                {
                    pos += 2;
                    possessive = true;
                }
            }
            var posts = ParsePosts(pos, country, out var afterPosts);
            // "Treasury Secretary Scott Bessent": a title only one state uses gives its holder's state.
            foreach (var post in posts)
            {
                country ??= post.Country;
            }
            // "Syria's Foreign Minister Asaad Al Shaibani and Economy Minister Mohammad Nidal Al Shaar": a post joined by "and"
            // to the name just found is of that one's state.
            if (country is null && posts.Count > 0 && context.At(i - 1)?.Norm == "and" && mentions.Count > 0
                && mentions[^1] is { IsTitleOnly: false, Country: { } colleagues } previous && previous.End == i - 1)
            {
                country = colleagues;
            }
            // "Egyptian intelligence chief Hassan Rashad", "army chief …": the field in lower case belongs to the post.
            var field = pos;
            while (posts.Count == 0 && field < pos + 2 && context.At(field) is { IsWord: true, IsCapitalized: false } word && FieldWords.Contains(word.Norm))
            {
                field++;
            }
            // "Libyan Presidential Council head Mohamed al-Menfi": a body of the state between the demonym and a lower-case title.
            if (field == pos && posts.Count == 0 && country is not null && StateBodyEnd(pos) is var bodyEnd && bodyEnd > pos)
            {
                field = bodyEnd;
            }
            // "India's Petroleum and Natural Gas Minister Hardeep Singh Puri": a portfolio of several words joined by "and".
            if (field == pos && posts.Count == 0 && country is not null && PortfolioEnd(pos) is var portfolioEnd && portfolioEnd > pos)
            {
                field = portfolioEnd;
            }
            if (field > pos && ParsePosts(field, country, out var afterField) is [var head, .. var rest])
            {
                var span = new TextSpan(_tokens[pos].Start, head.Span.End);
                posts = [head with { Title = context.Text[span.Start..span.End], TitleEn = Capitalized(context.Slice(pos, field)) + " " + head.TitleEn, Span = span }, .. rest];
                afterPosts = afterField;
            }
            // "Egypt's Sisi": a listed figure's surname after his own state's possessive names him.
            var figureName = posts.Count == 0 && possessive && context.At(pos) is { IsWord: true, IsCapitalized: true } surname
                && _g.FigureBySurname.GetValueOrDefault(Gazetteer.Key(surname.Text)) is { } full && _g.FigureStates.GetValueOrDefault(Gazetteer.Key(full)) == country
                ? full : null;
            // "Trump met al-Sharaa in Riyadh": a listed figure's surname standing alone names him.
            if (figureName is null && posts.Count == 0 && country is null && LoneFigureSurname(i) is { } lone)
            {
                figureName = lone;
            }
            var figure = figureName is not null;
            if (posts.Count > 0)
            {
                pos = afterPosts;
                // "the U.S. charge d'affaires in Baghdad, Joshua Harris,": where an envoy serves, then his name set off by a comma.
                if (PostedAbroad.Contains(posts[^1].Head) && context.At(pos)?.Norm == "in" && _countryAt.TryGetValue(pos + 1, out var station)
                    && !station.IsNationality && context.At(station.End)?.Text == "," && SetOffNameAfter(station.End - 1) == station.End)
                {
                    pos = station.End;
                }
            }
            else if (!figure)
            {
                pos = i;
                country = null;
            }
            // "Kuwait's ambassador to Saudi Arabia, Sheikh Sabah Nasser Al-Sabah": the name after a comma.
            if (posts.Count > 0 && context.At(pos)?.Text == "," && context.At(pos + 1) is { IsWord: true, IsCapitalized: true } named
                && (context.IsGivenName(named) || _g.Honorifics.TryMatch(_tokens, pos + 1, false, out _, out _, out _)))
            {
                pos++;
            }
            var honorifics = new List<string>();
            var beforeHonorifics = pos;
            pos = PastHonorifics(pos, honorifics);
            // "his Egyptian counterpart Badr Abdelatty": a counterpart is named next, and the demonym before it is theirs.
            var counterpartAt = posts.Count == 0 ? Counterparts.WordBefore(context, beforeHonorifics) : -1;
            var counterpart = counterpartAt >= 0;
            if (counterpart && _countryAt.TryGetValue(counterpartAt - 1, out var demonym) && demonym.IsNationality)
            {
                country = demonym.Code;
            }
            // "Ukraine's delegation was led by Rustem Umerov": who leads a delegation is a person, named in full.
            var ledBy = posts.Count == 0 && honorifics.Count == 0 && LedBy(context, pos) && ParseName(pos, true) - pos >= 2 && !_g.Organisations.TryMatch(_tokens, pos, false, out _, out _, out _);
            // "met Hakan Fidan and Yasar Guler": a full name joined by "and" to the name just found is a person's too; not the
            // words before a title ("Mike Waltz and Middle East envoy Steve Witkoff").
            var joined = posts.Count == 0 && honorifics.Count == 0 && !figure && context.At(pos - 1)?.Norm == "and" && mentions.Count > 0
                && mentions[^1] is { IsTitleOnly: false } before && before.End == pos - 1 && ParseName(pos, true) is var joinedEnd && joinedEnd - pos >= 2
                && !(context.At(joinedEnd) is { IsWord: true } && _g.Titles.TryMatch(_tokens, joinedEnd, false, out _, out _, out _))
                && !_g.Organisations.TryMatch(_tokens, pos, false, out _, out _, out _);
            // "Khalifa Haftar and his son Saddam Haftar": a full name after a kinship word is a person's.
            var kin = posts.Count == 0 && honorifics.Count == 0 && context.At(pos - 2)?.Norm is "his" or "her"
                && context.At(pos - 1)?.Norm is "son" or "daughter" or "brother" or "sister" or "wife" or "husband" or "father" or "mother" or "nephew" or "cousin"
                && ParseName(pos, true) - pos >= 2;
            // "Shiite cleric Moqtada al-Sadr", "activist Alaa Abd el-Fattah": a full name after a profession in lower case.
            var professional = posts.Count == 0 && honorifics.Count == 0 && context.At(pos - 1) is { IsCapitalized: false } profession
                && Professions.Contains(profession.Norm) && ParseName(pos, true) - pos >= 2;
            // "Iraqi Shiite cleric": the demonym before the profession, or before one more word, is the person's.
            if (professional && country is null && countries.FirstOrDefault(c => c.IsNationality && c.End >= pos - 2 && c.End < pos) is { } nationality)
            {
                country = nationality.Code;
            }
            var triggered = posts.Count > 0 || honorifics.Count > 0 || counterpart || figure || ledBy || joined || kin || professional;
            // "the EU's special representative for the peace process, Christophe Bigot,": a full name set off by commas.
            if (posts.Count > 0 && context.At(pos)?.Text == "," && ParseName(pos + 1, true) is var setOff && setOff - pos > 2
                && context.At(setOff)?.Text is "," or ".")
            {
                pos++;
            }
            var surnameOnly = !triggered && SurnameWithAppositive(pos, mentions);
            var beforeStatedPost = !triggered && !surnameOnly && NameBeforeStatedPost(pos);
            var nameEnd = surnameOnly ? pos + 1 : ParseName(pos, triggered || beforeStatedPost);
            // "Salman bin Hamad Al Khalifa … held talks with Salman": a name of a lineage, once given in full, goes on by its
            // given name alone.
            var givenOnly = !triggered && nameEnd == pos + 1 && context.IsGivenName(_tokens[pos]) && GivenNameOfOneNamedWithLineage(mentions, _tokens[pos].Norm);
            // "received at Al Husseiniya Palace Egyptian Foreign Minister Badr Abdelatty": a place's word before a post ends
            // that place's name; the name after the post is a person's.
            if (nameEnd > pos && context.SameSentence(i, nameEnd - 1) && (triggered || nameEnd - pos >= 2 || surnameOnly || givenOnly)
                && !PlaceNames.Include(context, posts.Count > 0 ? pos : i, nameEnd))
            {
                var name = context.Slice(pos, nameEnd);
                var nameWords = NameWords(pos, nameEnd);
                // The surname alone names the figure the gazetteer knows: his full name, so that the graph has one node for him.
                if (figureName is not null && nameEnd == pos + 1 && _g.PublicFigures.TryGet(Gazetteer.Key(figureName), out var fullName))
                {
                    name = fullName;
                    nameWords = [.. Gazetteer.Key(fullName).Split(' ')];
                }
                var appositive = ParseAppositive(nameEnd, out var afterAppositive);
                // "Ambassador Dr Mohammed Alhaddad, Undersecretary for Political Affairs": a bare "Ambassador" before a name
                // whose post follows it is a courtesy rank, as «السفير» is.
                if (appositive.Count > 0 && posts is [{ Head: "Ambassador", Title: "Ambassador" }])
                {
                    posts = [];
                }
                mentions.Add(new PersonMention
                {
                    Start = i,
                    End = nameEnd,
                    Sentence = _tokens[i].Sentence,
                    Name = name,
                    NameWords = nameWords,
                    Span = context.SpanOf(pos, nameEnd),
                    Posts = [.. posts, .. appositive],
                    Honorifics = honorifics,
                    // "Nikos Christodoulides, President of the Republic of Cyprus,": a post in apposition gives its state.
                    Country = country ?? appositive.FirstOrDefault(p => p.Country is not null)?.Country,
                });
                i = Math.Max(nameEnd, afterAppositive) - 1;
            }
            else if (posts.Count > 0)
            {
                mentions.Add(new PersonMention { Start = i, End = afterPosts, Sentence = _tokens[i].Sentence, Posts = posts, Country = country, Span = context.SpanOf(i, afterPosts) });
                i = afterPosts - 1;
            }
            // "held talks with his Egyptian counterpart at the ministry": named by his state alone, he is someone named elsewhere.
            else if (counterpart && country is not null && honorifics.Count == 0 && context.At(beforeHonorifics - 1)?.Norm == "counterpart"
                     && (mentions.Count == 0 || mentions[^1].End < beforeHonorifics - 1))
            {
                var word = beforeHonorifics - 1;
                mentions.Add(new PersonMention { Start = word, End = word + 1, Sentence = _tokens[word].Sentence, Country = country, Span = context.SpanOf(word, word + 1) });
            }
        }
        return mentions;
    }

    // A title in the plural ("foreign ministers", "presidents") of two states joined by "and", then two full names joined by
    // "and" after a comma: a mention for each name, with the title in the singular and the state named in its place.
    private List<PersonMention>? PostOfStatesInTurn(int i)
    {
        var of = _tokens[i].Norm.EndsWith('s') ? i + 1 : context.At(i + 1)?.Norm.EndsWith('s') == true ? i + 2 : -1;
        if (of < 0 || context.At(of)?.Norm != "of" || !_countryAt.TryGetValue(of + 1, out var first) || first.IsNationality)
        {
            return null;
        }
        var plural = context.Slice(i, of);
        if (!_g.Titles.TryGet(Gazetteer.Key(plural[..^1]), out var entry) || entry.Kind == TitleKind.Modifier)
        {
            return null;
        }
        var post = new Post(plural[..^1], entry.English, entry.English, null, context.SpanOf(i, of));
        // "the ambassadors of Japan, Makoto Morita, and of Italy, Carlo Baldocci": each state with its holder after it.
        if (context.At(first.End)?.Text == "," && ParseName(first.End + 1, true) is var oneEnd && oneEnd - (first.End + 1) >= 2
            && context.At(oneEnd)?.Text == "," && context.At(oneEnd + 1)?.Norm == "and" && context.At(oneEnd + 2)?.Norm == "of"
            && _countryAt.TryGetValue(oneEnd + 3, out var other) && !other.IsNationality && context.At(other.End)?.Text == ","
            && ParseName(other.End + 1, true) is var otherEnd && otherEnd - (other.End + 1) >= 2 && context.SameSentence(i, otherEnd - 1))
        {
            return [Mention(first.End + 1, oneEnd, first.Code), Mention(other.End + 1, otherEnd, other.Code)];
        }
        if (context.At(first.End)?.Norm != "and" || !_countryAt.TryGetValue(first.End + 1, out var second) || second.IsNationality
            || context.At(second.End)?.Text != ",")
        {
            return null;
        }
        var firstStart = second.End + 1;
        var firstEnd = ParseName(firstStart, true);
        var secondEnd = firstEnd - firstStart >= 2 && context.At(firstEnd)?.Norm == "and" ? ParseName(firstEnd + 1, true) : -1;
        if (secondEnd - (firstEnd + 1) < 2 || !context.SameSentence(i, secondEnd - 1))
        {
            return null;
        }
        return [Mention(firstStart, firstEnd, first.Code), Mention(firstEnd + 1, secondEnd, second.Code)];

        PersonMention Mention(int start, int end, string code) => new()
        {
            Start = start,
            End = end,
            Sentence = _tokens[start].Sentence,
            Name = context.Slice(start, end),
            NameWords = NameWords(start, end),
            Span = context.SpanOf(start, end),
            Posts = [post with { Country = code }],
            Country = code,
        };
    }

    // A capitalised word that is a listed figure's surname, with no other name word beside it and no article before it
    // ("the Trump administration" names a government) or possessive ("Egypt's Safadi" is not Jordan's), in an article that
    // never names him in full: his full name, or the surname itself where several figures bear it.
    private string? LoneFigureSurname(int k)
    {
        var t = _tokens[k];
        if (!t.IsLatin || !t.IsCapitalized || t.Text.Length < 4 || _g.EnglishStopWords.Contains(t.Text) || !t.SpaceBefore && k > 0
            || context.At(k - 1) is { } before && context.SameSentence(k - 1, k)
               && (before.IsWord ? before.IsCapitalized || before.Norm is "the" or "a" or "an" or "s" : before.Text is not ("," or "—" or "–"))
            || context.At(k + 1) is { IsWord: true, IsCapitalized: true } after && context.SameSentence(k, k + 1))
        {
            return null;
        }
        // Where the article names him in full, the surname is a later mention of that name (PersonResolver's); a given name
        // ("Hassan") is too common a surname to stand for one figure.
        // A single word's gazetteer key is its normal form.
        var key = t.Norm;
        if (context.IsGivenName(t) || EndsALongerName(key))
        {
            return null;
        }
        // "Aoun" (Michel or Joseph): a surname listed figures share names one of them, by the surname alone.
        return _g.FiguresEndingWith.TryGetValue(key, out var bearers)
            && bearers.All(b => _g.PublicFigures.TryGet(Gazetteer.Key(b), out var english) && !context.Text.Contains(english, StringComparison.OrdinalIgnoreCase))
            ? bearers is [var full] ? full : t.Text
            : null;
    }

    // "Abdel Fattah al-Sisi" before or after a lone "Sisi": the surname ends a name of more words somewhere in the text.
    private bool EndsALongerName(string surname)
    {
        for (var k = 1; k < _tokens.Count; k++)
        {
            // "al-Sisi" is three tokens: a surname joined by a hyphen continues the word before it.
            if (_tokens[k] is { IsWord: true, IsLatin: true } t && t.Norm == surname && context.SameSentence(k - 1, k)
                && (_tokens[k - 1] is { IsWord: true, IsCapitalized: true } || !t.SpaceBefore && _tokens[k - 1].Text is "-" or "‐"))
            {
                return true;
            }
        }
        return false;
    }

    private List<string> NameWords(int start, int end) =>
        [.. Enumerable.Range(start, end - start).Where(k => _tokens[k].IsWord).Select(k => _tokens[k].Norm)];

    private List<Post> ParsePosts(int pos, string? country, out int end)
    {
        var posts = new List<Post>();
        end = pos;
        while (ParsePost(pos, country, requireCapital: true, out var next) is { } post)
        {
            posts.Add(post);
            end = pos = next;
            if (context.At(pos)?.Norm == "and" && ParsePost(pos + 1, country, true, out _) is not null
                // "Minister of State, Cabinet Member and National Security Advisor Dr. Musaed": posts listed with commas
                // before one name are all his; titles listed with no name after them are several people's.
                || context.At(pos)?.Text == "," && ParsePost(pos + 1, country, true, out _) is not null && ListEndsAtName(pos, country))
            {
                pos++;
                continue;
            }
            break;
        }
        return posts;
    }

    // Whether the posts listed from a comma or "and" at «pos» end where a name or its honorific begins.
    private bool ListEndsAtName(int pos, string? country)
    {
        while (context.At(pos) is { } joint && (joint.Text == "," || joint.Norm == "and") && ParsePost(pos + 1, country, true, out var next) is not null)
        {
            pos = next;
        }
        return context.At(pos) is { IsWord: true, IsCapitalized: true } t && context.SameSentence(pos - 1, pos)
            && (_g.Honorifics.TryMatch(_tokens, pos, false, out _, out _, out _) || StartsName(t, triggered: true) && !_g.Titles.TryMatch(_tokens, pos, false, out _, out _, out _));
    }

    private Post? ParsePost(int pos, string? country, bool requireCapital, out int end)
    {
        end = pos;
        var start = pos;
        // Most words start no title: the list is made for the first that does.
        List<string>? english = null;
        TitleEntry? entry = null;
        // "Middle East envoy Steve Witkoff": a lower-case title counts when a name follows it at once: a known given name,
        // two capitalised words ("UN envoy Jeanine Hennis-Plasschaert") or an honorific ("Dubai ruler Sheikh Mohammed").
        while (context.At(pos) is { IsWord: true } t && !GivenBeforeLineage(pos) && _g.Titles.TryMatch(_tokens, pos, false, out var e, out var next, out _)
               && (!requireCapital || t.IsCapitalized || english is { Count: > 0 } || e.Kind == TitleKind.Modifier || country is not null
                   // "The king also met …", "the minister said": a title that refers back to someone named before.
                   || pos == start && context.At(pos - 1)?.Norm == "the" && e.Kind is TitleKind.Complete or TitleKind.Head
                   // "the EU special representative for the Gulf, Luigi Di Maio,": after an organisation's name, in lower case too.
                   || pos == start && OrganisationBefore(pos) is not null
                   // "the head of the UN nuclear watchdog, Rafael Grossi,": a body's officer, his name set off by a comma.
                   // "a spokesperson for the Syrian Democratic Forces, Farhad Shami,".
                   || pos == start && context.At(pos - 1)?.Norm is "the" or "a" or "an" && e.Kind is TitleKind.Head or TitleKind.Complete
                      && context.At(next)?.Norm is "of" or "for" && SetOffNameAfter(next) >= 0
                   || context.At(next) is { } after && (StartsName(after, triggered: true)
                      && (context.IsGivenName(after) || context.At(next + 1) is { IsWord: true, IsCapitalized: true } && StartsName(_tokens[next + 1], triggered: true)
                          // "national security adviser Musaed al-Aiban": an Arab surname with its article.
                          || context.At(next + 1)?.Norm is "al" or "el" && context.At(next + 2) is { Text: "-", SpaceBefore: false })
                      || after.IsCapitalized && _g.Honorifics.TryMatch(_tokens, next, false, out _, out _, out _))))
        {
            (english ??= new List<string>(2)).Add(e.English);
            entry = e;
            pos = next;
            if (e.Kind != TitleKind.Modifier)
            {
                break;
            }
        }
        if (english is null || entry is null || entry.Kind == TitleKind.Modifier)
        {
            return null;
        }
        // "Minister of Foreign Affairs", "secretary general of the executive committee of the PLO".
        // "ambassador to Saudi Arabia", "envoy for Syria", "Minister of Foreign Affairs".
        // "Consul General in Erbil": a consul's post is in the city he serves.
        // The state that owns the body, with its possessive ("Sudan's army-led"): the English title says "the" in its place.
        (int From, int To)? owner = null;
        if ((context.At(pos)?.Norm is "of" or "to" or "for" || AtTheBody(pos) || context.At(pos)?.Norm == "in" && entry.English is "Consul" or "Consul General")
            && entry.Kind == TitleKind.Head
            // "spokesperson for the Syrian Democratic Forces, Farhad Shami,": a complete title's body, when a name set off follows it.
            || entry.Kind == TitleKind.Complete && (context.At(pos)?.Norm == "for" || context.At(pos)?.Norm == "of" && StateAfterOf(pos) is null) && SetOffNameAfter(pos) >= 0
            // "Chief of Staff of the Qatar Armed Forces": the state's own force, whose post is the state's.
            || entry.Kind == TitleKind.Complete && context.At(pos)?.Norm == "of" && StateAfterOf(pos) is { } owning && OwnsForceAt(owning.End))
        {
            var k = pos + 1;
            var last = pos;
            var byAdjective = false;
            while (context.At(k) is { IsWord: true } w && context.SameSentence(pos, k) && k - pos < 14)
            {
                // "Norway's Ambassador to the Kingdom Tone Allers": the host state named as "the Kingdom" (as the Saudi press
                // writes) closes the complement.
                if (w.Text is "Kingdom" or "Sultanate" && context.At(k - 1)?.Norm == "the" && context.At(k - 2)?.Norm == "to" && context.At(k + 1)?.Norm != "of")
                {
                    last = k + 1;
                    break;
                }
                // "Director of the Office of His Majesty Alaa Batayneh": the ruler the office serves, named by courtesy, closes it.
                if (w.Text is "His" or "Her" && context.At(k - 1)?.Norm == "of" && context.At(k + 1)?.Text is "Majesty" or "Highness" or "Excellency")
                {
                    last = k + 2;
                    break;
                }
                // "head of the group's Gaza politburo": the movement named before owns the body; the complement goes on.
                if (w.Norm is "group" or "movement" && context.At(k - 1)?.Norm == "the" && context.At(k + 1)?.Text is "'" or "’" && context.At(k + 2)?.Norm == "s"
                    && context.At(k + 3) is { IsWord: true })
                {
                    k += 3;
                    continue;
                }
                // "Head of the General Intelligence Service", "Head of the Palestinian General Intelligence Service": after "the"
                // and its nationality a rank is the body's word, not the holder's.
                if (w.IsCapitalized && (context.IsGivenName(w) || _g.Honorifics.TryMatch(_tokens, k, false, out _, out _, out _)) && k > pos + 1
                    && context.At(k - 1)?.Norm != "the" && !countries.Any(c => c.End == k && c.IsNationality && context.At(c.Start - 1)?.Norm == "the"))
                {
                    break;
                }
                if (!w.IsCapitalized && w.Norm is not ("the" or "of" or "and") && !Lowercase(w) && !AtTheBody(k))
                {
                    break;
                }
                // "Minister for the Middle East Hamish Falconer": a region ends the complement as a state does, unless the
                // body goes on ("for the Middle East Peace Process").
                if ((w.Text is "East" && context.At(k - 1)?.Text is "Middle" or "Near" || w.Text is "Africa" or "Asia" or "Europe" or "Gulf" or "Americas" or "Pacific")
                    && !(context.At(k + 1) is { } more && RegionBodyWords.Contains(more.Text)))
                {
                    last = k + 1;
                    if (!(context.At(k + 1)?.Norm == "and" && context.At(k + 2) is { IsCapitalized: true }))
                    {
                        break;
                    }
                }
                // "Under-Secretary-General for Political and Peacebuilding Affairs Rosemary DiCarlo": "Affairs" closes the portfolio,
                // and the capitalised words after it are a name, unless they go on with the body ("Foreign Affairs Committee").
                if (w.Text == "Affairs" && context.At(k + 1) is { IsCapitalized: true } after && !AffairsBodyWords.Contains(after.Text)
                    && context.At(k + 2) is { IsWord: true, IsCapitalized: true })
                {
                    last = k + 1;
                    break;
                }
                // "envoy for Syria Geir Pedersen": the complement ends with the state it names, unless the state's name opens
                // an organisation's ("the Palestine Liberation Organization").
                // "Ambassador to the U.S.": an acronym that also serves as an adjective ("U.S. officials") names the state here.
                // "the director of the CIA, John Ratcliffe": a state's own service is its post's state.
                if (_g.StateAgencies.TryMatch(_tokens, k, false, out var service, out var serviceEnd, out _) && context.SameSentence(k, serviceEnd - 1))
                {
                    country ??= service.State;
                    k = last = serviceEnd;
                    continue;
                }
                // "the commander of the Pakistan Army", "the Bahrain Defence Force": the state's own force or ministry is its
                // post's state, and the complement goes on with the force's name; so is the state a national body is named
                // after ("the Egypt Football Association", "the Palestine Liberation Organization").
                if (_countryAt.TryGetValue(k, out var force) && !force.IsNationality && !force.IsCity && !PostedAbroad.Contains(entry.English)
                    && (OwnsForceAt(force.End) || context.At(force.End) is { IsWord: true } named && OrganisationWords.Contains(named.Text)))
                {
                    country ??= force.Code;
                    k = last = force.End;
                    continue;
                }
                if (_countryAt.TryGetValue(k, out var state) && (!state.IsNationality || state.End == k + 1 && w.IsInCapitals)
                    && !(context.At(state.End) is { IsWord: true } following && OrganisationWords.Contains(following.Text)))
                {
                    // "the head of Iran's Atomic Energy Organisation, Mohammad Eslami", "Ali Larijani, the secretary of Iran's Supreme
                    // National Security Council,": the state owns the body the post is of.
                    // "the head of Sudan's army-led Sovereignty Council": a hyphenated modifier may come before the body.
                    var body = context.HyphenInWord(state.End + 3) && context.At(state.End + 4) is { IsWord: true } && context.At(state.End + 2) is { IsWord: true }
                        ? state.End + 5 : state.End + 2;
                    if (context.At(state.End)?.Text is "'" or "’" && context.At(state.End + 1)?.Norm == "s" && context.At(body) is { IsCapitalized: true }
                        && (!requireCapital || SetOffNameAfter(pos) > state.End))
                    {
                        country ??= state.Code;
                        owner = (state.Start, body);
                        k = last = body;
                        continue;
                    }
                    last = state.End;
                    // "Deputy Ruler of Abu Dhabi", "Governor of the Central Bank of Egypt": the office is that state's; an envoy's
                    // or ambassador's is not the state he is sent to.
                    if (!state.IsNationality && !PostedAbroad.Contains(entry.English))
                    {
                        country ??= state.Code;
                    }
                    // "Ambassador of Japan to Kuwait Kenichi Okada": the state he serves, then the one he is sent to, if named; "Ambassador
                    // of the Republic of Korea to the Kingdom of Bahrain, Yeo Seung-bae": each by its formal name.
                    else if (!state.IsNationality && (context.At(k - 1)?.Norm == "of" || context.At(k - 1)?.Norm == "the" && context.At(k - 2)?.Norm == "of"))
                    {
                        country ??= state.Code;
                        if (context.At(state.End)?.Norm == "to" && StateAfterOf(state.End) is { } host)
                        {
                            last = host.End;
                        }
                        // "Ambassador of Japan to the Kingdom, Fumio Iwai": the host state named as the Saudi press names it.
                        else if (context.At(state.End)?.Norm == "to" && context.At(state.End + 1)?.Norm == "the" && context.At(state.End + 2)?.Text is "Kingdom" or "Sultanate"
                            && context.At(state.End + 3)?.Norm != "of")
                        {
                            last = state.End + 3;
                        }
                    }
                    break;
                }
                // "Head of the Palestinian General Intelligence Service": the state named by its adjective owns the body.
                if (_countryAt.TryGetValue(k, out var adjective) && adjective.IsNationality && context.At(k - 1)?.Norm == "the" && !PostedAbroad.Contains(entry.English)
                    && country is null)
                {
                    country = adjective.Code;
                    byAdjective = true;
                }
                k++;
                if (w.Norm is not ("the" or "of" or "and" or "at"))
                {
                    last = k;
                }
            }
            if (last > pos)
            {
                // "spokesperson for the Syrian Democratic Forces": a movement or an organisation, not its state, holds the post.
                if (byAdjective && PersonStates.NamesAnOrganisation(ArabicText.Normalize(context.Slice(pos, last)).ToLowerInvariant()))
                {
                    country = null;
                }
                pos = last;
            }
            // "the head of Hamas in Gaza, Khalil al-Hayya,": where the officer serves, then his name set off by a comma.
            if (context.At(pos)?.Norm == "in" && PlaceEnd(pos + 1) is var placeEnd && placeEnd > pos + 1 && context.At(placeEnd)?.Text == ","
                && SetOffNameAfter(placeEnd - 1) == placeEnd)
            {
                pos = placeEnd;
            }
        }
        else if (entry.Kind == TitleKind.Head && char.IsLower(entry.Form[0]) && !requireCapital)
        {
            return null;
        }
        // "President of the Islamic Republic of Iran Masoud Pezeshkian", "Emir of Qatar": the state a complete title is of
        // is the post's country, as «رئيس جمهورية كرواتيا» gives «رئيس», Croatia.
        else if (entry.Kind == TitleKind.Complete && context.At(pos)?.Norm == "of" && StateAfterOf(pos) is { } of)
        {
            end = of.End;
            var head = context.Slice(start, pos);
            return new Post(head, string.Join(' ', english), entry.English, of.Code, context.SpanOf(start, end));
        }
        // "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Nasser Bourita": the portfolios go on
        // past the comma, to the one joined by "and".
        if (entry.Kind == TitleKind.Head && pos > start + 2 && context.At(pos - 1) is { IsCapitalized: true } && PortfoliosAfterComma(pos) is var listEnd && listEnd > pos)
        {
            country ??= countries.FirstOrDefault(c => c.Start > pos && c.End <= listEnd && c.IsNationality)?.Code;
            pos = listEnd;
        }
        end = pos;
        country ??= entry.Country;
        var title = context.Slice(start, end);
        var titleEn = string.Join(' ', english);
        if (pos > start && _g.Titles.TryGet(Gazetteer.Key(title), out var whole))
        {
            titleEn = whole.English;
        }
        if (context.At(start)?.Norm == "of" || title.Contains(" of ", StringComparison.Ordinal) || title.Contains(" to ", StringComparison.Ordinal) || title.Contains(" for ", StringComparison.Ordinal))
        {
            var written = owner is var (from, to) ? $"{context.Slice(start, from)} the {context.Slice(to, end)}" : title;
            titleEn = char.ToUpperInvariant(written[0]) + written[1..];
        }
        // "UN envoy Geir Pedersen", "IAEA chief Rafael Grossi": the post is an organisation's, not a state's.
        // "CIA Director John Ratcliffe", "Mossad chief David Barnea": unless the body is a state's own service.
        if (OrganisationBefore(start) is { } organisation)
        {
            var agency = _g.StateAgencies.TryGet(Gazetteer.Key(organisation), out var service) ? service.State : null;
            (title, titleEn, country) = (organisation + " " + title, $"{Capitalized(organisation)} {Capitalized(titleEn)}".TrimEnd(), agency);
        }
        return new Post(title, titleEn, entry.English, country, context.SpanOf(start, end));
    }

    // The end of a state's or city's name at k, or of a territory that is neither ("Gaza", "the Gaza Strip", "the West Bank"); k
    // when none starts there.
    private int PlaceEnd(int k)
    {
        if (_countryAt.TryGetValue(k, out var place) && !place.IsNationality)
        {
            return place.End;
        }
        var at = context.At(k)?.Norm == "the" ? k + 1 : k;
        return context.At(at)?.Text switch
        {
            "Gaza" => context.At(at + 1)?.Text == "Strip" ? at + 2 : at + 1,
            "West" when context.At(at + 1)?.Text == "Bank" => at + 2,
            _ => k,
        };
    }

    // The comma after a post's complement that sets off the name after it (", Rafael Grossi"), within ten tokens; or -1.
    private int SetOffNameAfter(int from)
    {
        for (var k = from + 1; k < from + 10 && context.At(k) is { } t && context.SameSentence(from, k); k++)
        {
            if (t.Text is "," or "،")
            {
                // ", General Abdel Fattah al-Burhan": past a rank or courtesy form.
                var n = PastHonorifics(k + 1);
                // ", Mohamed al-Menfi": a surname may open with the article in lower case.
                return context.At(n) is { IsWord: true, IsCapitalized: true } first && StartsName(first, triggered: true)
                    && (context.At(n + 1) is { IsWord: true, IsCapitalized: true }
                        || context.At(n + 1)?.Text is "al" or "el" && context.At(n + 2)?.Text == "-" && context.At(n + 3) is { IsWord: true, IsCapitalized: true }) ? k : -1;
            }
            // "Sudan's army-led Sovereignty Council": a hyphen inside a word.
            if (context.HyphenInWord(k) && context.At(k + 1) is { IsWord: true })
            {
                continue;
            }
            if (!t.IsWord && t.Text is not ("'" or "’"))
            {
                return -1;
            }
        }
        return -1;
    }

    // Professions that name no office but introduce a name, as «اللاعب», «الكاتب» do in Arabic (honorifics.tsv).
    private static readonly HashSet<string> Professions = new(StringComparer.Ordinal)
    {
        "cleric", "preacher", "activist", "journalist", "lawyer", "businessman", "businesswoman", "writer", "author", "novelist", "poet",
        "analyst", "scholar", "academic", "researcher", "dissident", "blogger", "singer", "actor", "actress", "footballer", "striker", "coach",
    };

    // The heads of posts held in another state than their holder's, as titles.tsv writes them in English (a post's head is
    // its entry's, however the text spells the title).
    private static readonly HashSet<string> PostedAbroad = new(StringComparer.Ordinal)
    {
        "Ambassador", "Envoy", "Special Envoy", "Representative", "Special Representative", "Coordinator", "Special Coordinator", "Consul",
        "Consul General", "Commissioner", "Chargé d'affaires",
    };

    // The state named after "of" (through "the Islamic Republic of", "the State of"), or null.
    private CountryMention? StateAfterOf(int of)
    {
        for (var k = of + 1; k < of + 7 && context.At(k) is { IsWord: true } w && context.SameSentence(of, k); k++)
        {
            if (_countryAt.TryGetValue(k, out var state))
            {
                return state.IsNationality || state.IsCity ? null : state;
            }
            if (!w.IsCapitalized && w.Norm is not ("the" or "of"))
            {
                return null;
            }
        }
        return null;
    }

    // "EU foreign policy chief" → "EU Foreign Policy Chief".
    private static string Capitalized(string words) =>
        string.Join(' ', words.Split(' ').Select(w => w.Length > 0 && char.IsLower(w[0]) && w is not ("of" or "for" or "and" or "the" or "to") ? char.ToUpperInvariant(w[0]) + w[1..] : w));

    /// <summary>"IAEA chief", "the EU's Special Representative", "Hezbollah leader", "U.N. envoy": the organisation named before a title.</summary>
    private string? OrganisationBefore(int start)
    {
        var k = start - 1;
        while (k > start - 3 && context.At(k)?.Text is "Special" or "High" or "Senior" or "Deputy" or "Top")
        {
            k--;
        }
        // "EU foreign policy chief", "UN humanitarian chief": the portfolio in lower case between the body and the title
        // belongs to the post.
        var portfolio = k;
        while (portfolio > k - 3 && context.At(portfolio) is { IsWord: true, IsCapitalized: false } lower && PortfolioWords.Contains(lower.Norm))
        {
            portfolio--;
        }
        var field = "";
        if (portfolio < k && context.At(portfolio) is { IsWord: true, IsCapitalized: true })
        {
            field = " " + context.Slice(portfolio + 1, k + 1);
            k = portfolio;
        }
        // "the group's Gaza chief": where a movement's officer serves, between its possessive and the title.
        else if (context.At(k) is { IsWord: true, IsCapitalized: true } place && context.At(k - 1)?.Norm == "s" && context.At(k - 2)?.Text is "'" or "’"
                 && context.At(k - 3)?.Norm is "group" or "movement" or "militia")
        {
            field = " " + place.Text;
            k--;
        }
        return BodyBefore(k, start) is { } body ? body + field : null;
    }

    /// <summary>The body whose name ends at <paramref name="k"/>, before a title at <paramref name="start"/>.</summary>
    private string? BodyBefore(int k, int start)
    {
        // "International Atomic Energy Agency chief": an international body's whole name; not "National Security Council"
        // or "Iran's Atomic Energy Organization", which are a state's.
        if (context.At(k) is { IsWord: true } head && BodyWords.Contains(head.Text))
        {
            var first = k;
            while (first > k - 5 && context.At(first - 1) is { IsWord: true, IsCapitalized: true } && !_countryAt.ContainsKey(first - 1) && context.SameSentence(first - 1, k))
            {
                first--;
            }
            var name = context.Slice(first, k + 1);
            if (first < k && !name.Contains("National", StringComparison.Ordinal) && context.At(first - 1)?.Text is not ("'" or "’" or "s")
                && !Enumerable.Range(first, k + 1 - first).Any(_countryAt.ContainsKey))
            {
                return name;
            }
        }
        // The tokenizer gives "EU's" as "EU", "'", "s".
        var owner = context.At(k)?.Text == "s" && context.At(k - 1)?.Text is "'" or "’" ? k - 2 : context.At(k)?.Text is "'" or "’" ? k - 1 : k;
        var possessive = owner < k;
        k = owner;
        if (context.At(k) is not { IsWord: true } word || !context.SameSentence(k, start))
        {
            return null;
        }
        // "a Hamas delegation led by the group's chief negotiator": "the group" is the movement the sentence named before.
        if (possessive && word.Norm is "group" or "movement" or "militia" && context.At(k - 1)?.Norm == "the")
        {
            for (var m = k - 2; m >= 0 && context.SameSentence(m, k); m--)
            {
                if (context.Tokens[m] is { IsWord: true } named && (Movements.Contains(named.Text) || IsOrganisationAcronym(named.Text)))
                {
                    return named.Text;
                }
            }
            return null;
        }
        if (context.At(k - 1) is { IsWord: true } before && Organisations.Contains(before.Text + " " + word.Text))
        {
            return before.Text + " " + word.Text;
        }
        // "Mossad chief David Barnea", "Israel's Shin Bet chief": a state's own service.
        for (var first = k; first > k - 3 && first >= 0; first--)
        {
            if (_g.StateAgencies.TryMatch(_tokens, first, false, out _, out var agencyEnd, out _) && agencyEnd == k + 1)
            {
                return context.Slice(first, k + 1);
            }
        }
        return word.Text == "U.N." ? "UN" : IsOrganisationAcronym(word.Text) || Movements.Contains(word.Text) ? word.Text : null;
    }

    // International bodies whose names the press writes before a title ("Arab League Secretary-General Ahmed Aboul Gheit").
    // Not "Security Council": a National Security Council is a state's.
    private static readonly HashSet<string> Organisations = new(StringComparer.Ordinal)
    {
        "Arab League", "European Union", "African Union", "European Commission", "European Council", "World Bank", "Monetary Fund",
        "Cooperation Council", "Red Cross", "Red Crescent",
    };

    // The fields a body's official answers for, written between its name and the title ("EU foreign policy chief").
    private static readonly HashSet<string> PortfolioWords = new(StringComparer.Ordinal)
    {
        "foreign", "policy", "humanitarian", "aid", "relief", "nuclear", "atomic", "human", "rights", "refugee", "refugees", "trade", "energy",
        "security", "defence", "defense", "climate", "health", "peace", "migration", "economic", "economy", "political", "affairs", "special",
        "top", "senior", "regional",
        // "Hamas political bureau chief Mohammed Darwish", "Hamas politburo chief", "Hamas military chief".
        "bureau", "politburo", "military",
    };

    // Fields before a lower-case title: "intelligence chief", "army commander".
    private static readonly HashSet<string> FieldWords = new(StringComparer.Ordinal)
    {
        "intelligence", "government", "army", "military", "police", "navy", "security", "spy", "nuclear", "oil", "central", "bank",
    };

    // The last word of an international body's name ("International Atomic Energy Agency", "World Health Organization").
    private static readonly HashSet<string> BodyWords = new(StringComparer.Ordinal)
    {
        "Agency", "Organization", "Organisation", "Programme", "Program", "Fund", "Court", "Committee", "Bank", "Union", "League", "Alliance",
        "Commission", "Tribunal", "Forum",
    };

    // Parties and militias named before a title ("Hezbollah leader Naim Qassem"): their posts are no state's.
    private static readonly HashSet<string> Movements = new(StringComparer.Ordinal) { "Hezbollah", "Hamas", "Houthi", "Taliban", "Fatah" };

    /// <summary>Past the capitalised name of a state's body ("Presidential Council", "Sovereignty Council"), before a lower-case title.</summary>
    private int StateBodyEnd(int pos)
    {
        var k = pos;
        while (k < pos + 4 && context.At(k) is { IsWord: true, IsCapitalized: true, IsLatin: true } w && !context.IsGivenName(w) && !_countryAt.ContainsKey(k)
               && !_g.Titles.TryMatch(_tokens, k, false, out _, out _, out _) && !_g.Honorifics.TryMatch(_tokens, k, false, out _, out _, out _))
        {
            k++;
        }
        return k > pos && _tokens[k - 1].Text is "Council" or "Committee" or "Court" or "Assembly" or "Parliament" or "Party" or "Authority" or "Service" or "Guard" or "Command"
            && context.At(k) is { IsWord: true, IsCapitalized: false } ? k : pos;
    }

    /// <summary>
    /// Where "Minister" or "Secretary" stands after a ministry's portfolio that no title lists whole because it joins
    /// fields with "and" ("Petroleum and Natural Gas", "Culture and Youth"), or <paramref name="pos"/>.
    /// </summary>
    private int PortfolioEnd(int pos)
    {
        var joined = false;
        for (var k = pos; k < pos + 7 && context.At(k) is { IsWord: true, IsLatin: true } w && context.SameSentence(pos, k); k++)
        {
            if (w.Text is "Minister" or "Secretary")
            {
                return joined && k > pos + 2 ? k : pos;
            }
            if (w.Norm == "and" && k > pos)
            {
                joined = true;
                continue;
            }
            if (!w.IsCapitalized || context.IsGivenName(w) || _countryAt.ContainsKey(k) || _g.Honorifics.TryMatch(_tokens, k, false, out _, out _, out _))
            {
                return pos;
            }
        }
        return pos;
    }

    // Words that carry a region's name on into a body's: "Middle East Peace Process", "Africa Policy", "Gulf Affairs".
    private static readonly HashSet<string> AffairsBodyWords = new(StringComparer.Ordinal)
    {
        "Committee", "Council", "Commission", "Department", "Division", "Office", "Ministry", "Agency", "Bureau", "Directorate", "Unit", "Desk",
    };

    private static readonly HashSet<string> RegionBodyWords = new(StringComparer.Ordinal)
    {
        "Peace", "Process", "Affairs", "Policy", "Region", "Department", "Division", "Desk", "Bureau", "Security", "Cooperation", "Relations", "Issues", "Programme", "Program", "Office",
    };

    // The acronyms of states, which are no organisations.
    // States' acronyms, and the Gulf press's courtesy forms "HE" (His Excellency), "HH" and "HRH" (His Highness).
    private static readonly HashSet<string> StateAcronyms = new(StringComparer.Ordinal) { "US", "USA", "UK", "UAE", "KSA", "DRC", "PRC", "ROK", "DPRK", "HE", "HH", "HRH" };

    /// <summary>"IAEA", "OPEC", "NATO": an organisation's acronym (capitals only, not a state's nor a courtesy form).</summary>
    internal static bool IsOrganisationAcronym(string word) =>
        word.Length is >= 2 and <= 6 && word.All(char.IsAsciiLetterUpper) && !StateAcronyms.Contains(word)
        && !Gazetteer.Default.StateAgencies.TryGet(Gazetteer.Key(word), out _);

    // Capitalised words that go on an organisation's name after a state's: "Palestine Liberation Organization".
    private static readonly HashSet<string> OrganisationWords = new(StringComparer.Ordinal)
    {
        "Liberation", "Organization", "Organisation", "National", "Authority", "Front", "Party", "Movement", "League", "Union",
        "Council", "Committee", "Army", "Forces", "Ministry", "Government", "Red", "Central", "Bank", "Football", "Federation",
        // "Commander-in-Chief of the Bahrain Defence Force": a state's armed force.
        "Defence", "Defense", "Armed", "Navy",
        "Association", "Institute", "University", "News", "Agency", "Times", "Airways", "Airlines", "Press", "Radio", "Television",
    };

    // After a state's name, its own armed force or government ("Pakistan Army", "Qatar Armed Forces", "Bahrain Defence Force").
    private bool OwnsForceAt(int k) => context.At(k)?.Text is "Army" or "Armed" or "Navy" or "Defence" or "Defense" or "Air" or "Ministry" or "Government" or "Police";

    // Lower-case words allowed inside an organisation's name after "of": "the executive committee".
    private static bool Lowercase(Token w) => w.Norm.Length > 2 && char.IsLower(w.Text[0]) && w.Norm is not ("who" or "which" or "that" or "said" or "met" or "was" or "is" or "has" or "had");

    // After a comma, capitalised words with one "and" among them and a comma after them, none a given name or a title: the
    // comma's index after them, or -1.
    private int PortfoliosAfterComma(int comma)
    {
        if (context.At(comma)?.Text != ",")
        {
            return -1;
        }
        var and = 0;
        var k = comma + 1;
        for (; context.At(k) is { IsWord: true } w && k - comma <= 10 && context.SameSentence(comma, k); k++)
        {
            if (w.Norm == "and" && context.At(k - 1) is { IsCapitalized: true } && context.At(k + 1) is { IsCapitalized: true })
            {
                and++;
                continue;
            }
            if (!w.IsCapitalized || context.IsGivenName(w) || _g.Titles.TryMatch(_tokens, k, false, out _, out _, out _)
                || _g.Honorifics.TryMatch(_tokens, k, false, out _, out _, out _))
            {
                return -1;
            }
        }
        return and == 1 && context.At(k)?.Text == "," ? k : -1;
    }

    // "Dar, who is also Pakistan's deputy prime minister,", "Wang, also a member of …,": the surname of someone named in full
    // before, then a post set off by commas, which is his. The aside opens with "who", "also" or a state, not a list
    // ("thanked Trump, the crown prince and Erdogan").
    private bool SurnameWithAppositive(int pos, List<PersonMention> mentions) =>
        context.At(pos) is { IsWord: true, IsCapitalized: true, IsLatin: true } surname && context.At(pos + 1)?.Text == ","
        && (context.At(pos + 2)?.Norm is "who" or "also" || _countryAt.TryGetValue(pos + 2, out var state) && !state.IsCity)
        && SurnameOfOneNamed(mentions, surname.Norm)
        && ParseAppositive(pos + 1, out var end).Count > 0 && context.At(end)?.Text == ",";

    // Apart from SurnameWithAppositive, which a lambda reading its surname would make allocate at every call.
    // "Wang Yi … Wang,": a Chinese family name comes first.
    private static bool SurnameOfOneNamed(List<PersonMention> mentions, string surname) =>
        mentions.Any(m => m.NameWords.Count >= 2 && (string.Equals(m.NameWords[^1], surname, StringComparison.OrdinalIgnoreCase)
            || m.NameWords.Count == 2 && string.Equals(m.NameWords[0], surname, StringComparison.OrdinalIgnoreCase)));

    private static bool GivenNameOfOneNamedWithLineage(List<PersonMention> mentions, string given) =>
        mentions.Any(m => WithLineage(m.NameWords) && string.Equals(m.NameWords[0], given, StringComparison.OrdinalIgnoreCase));

    /// <summary>"Salman bin Hamad Al Khalifa": a name of three words or more with a lineage, by whose given name alone the press goes on.</summary>
    internal static bool WithLineage(IReadOnlyList<string> nameWords) => nameWords.Count >= 3 && nameWords.Any(w => w is "bin" or "bint" or "ibn");

    // "met with Murat Nurtleu, Deputy Prime Minister and Minister of Foreign Affairs of Kazakhstan,": two or three
    // capitalised words that no list knows, then a post in apposition that names its state, are a person's name.
    private bool NameBeforeStatedPost(int pos)
    {
        // "received on Thursday Ilham Aliyev, President of …": a day or month before the name is no part of it.
        if (context.At(pos - 1) is { IsWord: true, IsCapitalized: true } before && !CalendarWords.Contains(before.Norm) || ParseName(pos, triggered: true) is var end && end - pos is < 2 or > 3)
        {
            return false;
        }
        // "The meeting was attended by Lana Nusseibeh, Minister of State.": after "by", a post of no stated state will do.
        var by = context.At(pos - 1)?.Norm == "by";
        return ParseAppositive(end, out var after).Any(p => p.Country is not null || by) && context.At(after)?.Text is "," or "." && context.SameSentence(pos, after);
    }

    /// <summary>
    /// Where the capitalised ranks and courtesy forms from <paramref name="pos"/> end ("General", "Sheikh", "Dr."), a full
    /// stop after one included; each form goes into <paramref name="forms"/> when given.
    /// </summary>
    private int PastHonorifics(int pos, List<string>? forms = null)
    {
        while (context.At(pos) is { IsWord: true, IsCapitalized: true } && _g.Honorifics.TryMatch(_tokens, pos, false, out var honorific, out var next, out _))
        {
            forms?.Add(honorific.Form);
            pos = context.At(next)?.Text == "." ? next + 1 : next;
        }
        return pos;
    }

    // "the EU's", "the United Nations'": where the words after an international body's possessive start, or -1.
    private int OrganisationsPossessive(int k)
    {
        for (var j = k + 1; j <= k + 5 && context.At(j) is { } t && context.SameSentence(k, j); j++)
        {
            if (t.Text is "'" or "’")
            {
                var body = context.Slice(k, j);
                var s = context.At(j + 1)?.Norm == "s";
                return body is "EU" or "UN" or "NATO" or "IAEA" or "GCC" or "AU" || PersonStates.NamesAnOrganisation(body.ToLowerInvariant()) ? j + (s ? 2 : 1) : -1;
            }
        }
        return -1;
    }

    private List<Post> ParseAppositive(int pos, out int end)
    {
        end = pos;
        if (context.At(pos)?.Text != "," || !context.SameSentence(pos, pos + 1))
        {
            return [];
        }
        var k = pos + 1;
        // ", who is also deputy prime minister,", ", who also serves as ...": the relative clause states a post.
        if (context.At(k)?.Norm == "who")
        {
            var verbEnd = k + 1;
            while (context.At(verbEnd)?.Norm is "is" or "was" or "also" or "serves" or "served" or "as")
            {
                verbEnd++;
            }
            if (verbEnd == k + 1)
            {
                return [];
            }
            k = verbEnd;
        }
        // ", also a member of the Political Bureau …,": a post he holds besides the one he was named with.
        if (context.At(k)?.Norm == "also")
        {
            k++;
        }
        if (context.At(k)?.Norm is "the" or "a")
        {
            k++;
        }
        string? country = null;
        if (_countryAt.TryGetValue(k, out var c) && !c.IsCity)
        {
            country = c.Code;
            k = c.End;
            // ", Iran's foreign minister,".
            if (context.At(k)?.Text is "'" or "’" && context.At(k + 1)?.Norm == "s")
            {
                k += 2;
            }
        }
        // ", the EU's foreign policy chief": a post of the organisation named before it, which gives it no state.
        else if (OrganisationsPossessive(k) is var afterOrganisation and > 0)
        {
            k = afterOrganisation;
        }
        var post = ParsePost(k, country, requireCapital: false, out var next);
        // A title that owns what follows (", the prime minister's office said") is not in apposition.
        if (post is null || context.At(next)?.Text is "'" or "’" && context.At(next + 1)?.Norm == "s")
        {
            return [];
        }
        var posts = new List<Post> { post };
        // ", Deputy Prime Minister and Minister of Foreign Affairs,", ", Vice President, Prime Minister and Ruler of Dubai,": one
        // post each.
        while (context.At(next)?.Norm is "and" or "," && ParsePost(next + 1, country, requireCapital: true, out var afterNext) is { } another)
        {
            posts.Add(another);
            next = afterNext;
        }
        // ", Egyptian Foreign Minister Sameh Shoukry", ", Qatar's Prime Minister and Foreign Minister Sheikh Mohammed": posts
        // that introduce the next name are his, not in apposition.
        if (context.At(next) is { } following && StartsName(following, triggered: true) && context.SameSentence(k, next)
            || _g.Honorifics.TryMatch(_tokens, next, false, out _, out _, out _))
        {
            return [];
        }
        end = next;
        return posts;
    }

    /// <summary>
    /// "Vice Premier He Lifeng", "General Secretary To Lam": a family name of two letters that is also an English word, right
    /// after a post and before a given name, opens a name; not a sentence's "He".
    /// </summary>
    private bool ShortFamilyName(Token t) =>
        t.Text.Length == 2 && context.At(t.Index - 1) is { IsWord: true, IsCapitalized: true } post && context.SameSentence(post.Index, t.Index)
        && context.At(t.Index + 1) is { IsWord: true, IsCapitalized: true, IsLatin: true } given && !_g.EnglishStopWords.Contains(given.Text) && !_countryAt.ContainsKey(given.Index);

    private bool StartsName(Token t, bool triggered)
    {
        // A place's name that is a given name here is one, though the stop words list every state's.
        var place = _countryAt.GetValueOrDefault(t.Index);
        var placeAsGivenName = place is not null && CityAsGivenName(place, triggered);
        if (!t.IsWord || !t.IsCapitalized || !t.IsLatin || Connectors.Contains(t.Norm) && t.Norm is not ("al" or "abu" or "abdel" or "abdul")
            || _g.EnglishStopWords.Contains(t.Text) && !placeAsGivenName && !(triggered && ShortFamilyName(t)) || place is not null && !placeAsGivenName)
        {
            return false;
        }
        if (GivenBeforeLineage(t.Index))
        {
            return true;
        }
        if (_g.Titles.TryMatch(_tokens, t.Index, false, out _, out _, out _) || _g.Honorifics.TryMatch(_tokens, t.Index, false, out _, out _, out _))
        {
            return false;
        }
        // A listed figure's English name needs no title before it: "met Badr Abdelatty in Amman".
        return triggered || context.IsGivenName(t)
            || _g.PublicFiguresEnglish.TryMatch(_tokens, t.Index, false, out _, out var end, out _) && end - t.Index >= 2;
    }

    /// <summary>"led by", "headed by" right before <paramref name="k"/>: who heads a delegation follows.</summary>
    internal static bool LedBy(TextContext context, int k) => context.At(k - 1)?.Norm == "by" && context.At(k - 2)?.Norm is "led" or "headed";

    // "Minister of State at the Ministry of Foreign Affairs", "Minister at the Royal Court".
    private bool AtTheBody(int k) =>
        context.At(k)?.Norm == "at" && context.At(k + 1)?.Norm == "the" && context.At(k + 2) is { IsCapitalized: true } body && body.Text is "Ministry" or "Royal" or "Prime" or "Presidential" or "Amiri" or "Office";

    // "Finance Minister Taif Sami": after a title a one-word city, not a capital, before a capitalised surname is a given
    // name; a capital after a title is more often where he is ("the bureau chief Cairo …").
    // "Defense Minister Israel Katz": after a post, a one-word city's or state's name that a surname follows is a given name.
    private bool CityAsGivenName(CountryMention place, bool triggered) =>
        triggered && place.Place is PlaceKind.City or PlaceKind.Country && place.End == place.Start + 1 && PlainSurnameAt(place.End);

    // A capitalised word that can only be a name: no acronym ("NATO"), place, title, honorific, movement, day or month.
    private bool PlainSurnameAt(int k) =>
        context.At(k) is { IsWord: true, IsCapitalized: true, IsLatin: true } w && !w.Text.All(char.IsUpper) && !_countryAt.ContainsKey(k)
        && !_g.EnglishStopWords.Contains(w.Text) && !CalendarWords.Contains(w.Norm) && !Movements.Contains(w.Text)
        && !_g.Titles.TryMatch(_tokens, k, false, out _, out _, out _) && !_g.Honorifics.TryMatch(_tokens, k, false, out _, out _, out _);

    private static readonly HashSet<string> CalendarWords = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    };

    // "Dr. Sultan bin Ahmed Al Jaber", "Sheikh Sultan bin Zayed": before a lineage a title that is also a given name is one;
    // "Qais bin Mohammed Al Yousef": so is any word that can only be a name.
    private bool GivenBeforeLineage(int k) =>
        context.At(k) is { IsCapitalized: true } t && (context.IsGivenName(t) || PlainSurnameAt(k)) && context.At(k + 1)?.Text is "bin" or "ibn" or "bint"
        && context.At(k + 2) is { IsCapitalized: true } father && !_g.Titles.TryMatch(_tokens, k + 2, false, out _, out _, out _)
        && !_g.Honorifics.TryMatch(_tokens, k + 2, false, out _, out _, out _);

    private int ParseName(int pos, bool triggered)
    {
        if (context.At(pos) is not { } first || !StartsName(first, triggered))
        {
            return pos;
        }
        var end = pos + 1;
        while (context.At(end) is { } t && context.SameSentence(pos, end) && end - pos < 9)
        {
            // "al-Sheikh", "Al-Dawood": a hyphen with no space on either side joins the parts of one name.
            if (context.HyphenInWord(end) && context.At(end + 1) is { IsWord: true })
            {
                end += 2;
                continue;
            }
            // "George W. Bush", "S. Jaishankar": an initial's full stop before the next capitalised word.
            if (t.Text == "." && !t.SpaceBefore && _tokens[end - 1] is { IsLatin: true, Text: [var initial] } && char.IsUpper(initial)
                && context.At(end + 1) is { IsWord: true, IsCapitalized: true, IsLatin: true } && context.SameSentence(pos, end + 1))
            {
                end++;
                continue;
            }
            if (!t.IsWord || !t.IsLatin)
            {
                break;
            }
            // "al-Sharaa", "el-Sisi": the article joined to the name by a hyphen.
            if (t.Norm is "al" or "el" && context.At(end + 1) is { Text: "-", SpaceBefore: false } && context.At(end + 2) is { IsWord: true, SpaceBefore: false })
            {
                end += 3;
                continue;
            }
            var connector = Connectors.Contains(t.Norm) && !t.IsCapitalized || t.Norm is "al" or "bin" or "abu" or "ibn";
            // "von der Leyen": two particles before the surname.
            if (connector && context.At(end + 1) is { IsWord: true } after
                && (after.IsCapitalized || Connectors.Contains(after.Norm) && context.At(end + 2) is { IsWord: true, IsCapitalized: true }))
            {
                end++;
                continue;
            }
            if (Numerals.Contains(t.Text))
            {
                end++;
                continue;
            }
            // "Awat Sheikh Janab": a Kurdish or Arab name may hold "Sheikh" between two of its words; before a given name it
            // opens the next person's ("… bin Salman Sheikh Tamim").
            if (t.Text == "Sheikh" && PlainSurnameAt(end + 1) && !context.IsGivenName(_tokens[end + 1])
                && context.At(end + 2) is not { IsWord: true, IsCapitalized: true })
            {
                end += 2;
                break;
            }
            // "Luis Montenegro": a state's one-word name right after a given name, and closing the name, is his surname; so is a
            // city's after one or two ("Carlos Alberto Lima").
            if (end - pos is 1 or 2 && context.IsGivenName(first)
                && _countryAt.TryGetValue(end, out var state) && !state.IsNationality && state.End == end + 1
                && context.At(end + 1) is not { IsWord: true, IsCapitalized: true })
            {
                end++;
                break;
            }
            if (!t.IsCapitalized || _g.EnglishStopWords.Contains(t.Text) && !GivenNameAsMonth(end) || _countryAt.ContainsKey(end) || HeadlineVerbs.Contains(t.Norm)
                || _g.Titles.TryMatch(_tokens, end, false, out _, out _, out _) || _g.Honorifics.TryMatch(_tokens, end, false, out _, out _, out _))
            {
                break;
            }
            end++;
        }
        return end;
    }

    // "Defense Minister Dong Jun met …": a given name spelt as a month's short form, with no day after it ("Jun 5").
    private bool GivenNameAsMonth(int k) =>
        _tokens[k].Text is "Jan" or "Feb" or "Mar" or "Apr" or "Jun" or "Jul" or "Aug" or "Sep" or "Sept" or "Oct" or "Nov" or "Dec"
        && context.At(k + 1) is not { Kind: TokenKind.Number } && context.At(k + 1)?.Text != ".";

    // "Iraq's Sudani Receives Iranian Security Chief": a headline in title case capitalises its verb too, which is no name's.
    private static readonly HashSet<string> HeadlineVerbs = new(StringComparer.Ordinal)
    {
        "receives", "received", "meets", "met", "holds", "hosts", "visits", "discusses", "calls", "says", "urges", "warns", "welcomes",
        "arrives", "heads", "tells", "signs", "talks", "speaks", "phones", "congratulates", "briefs", "reviews", "stresses",
    };
}
