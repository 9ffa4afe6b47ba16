using KnowledgeGraph.Domain.Names;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Recognition;

/// <summary>
/// Groups an article's mentions into persons: fuller and shorter forms of one name, surname-only and given-name
/// mentions, and titles standing alone («أمير قطر», "the minister") attached to the person who holds them.
/// </summary>
public sealed class PersonResolver(TextContext context)
{
    // Words that end names without naming anyone: lineage particles and regnal numbers.
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "بن", "ابن", "بنت", "ال", "bin", "ibn", "al", "-", "الثاني", "الثالث", "ii", "iii" };

    public List<ResolvedPerson> Resolve(List<PersonMention> mentions)
    {
        SplitJoinedSurnames(mentions);
        LengthenToTheirGlosses(mentions);
        var glossed = Glosses(mentions);
        var persons = new List<ResolvedPerson>();
        foreach (var m in mentions.Where(m => m.NameWords.Count >= 2 && !glossed.ContainsKey(m)))
        {
            // «ابن فرحان»: the father's name used for the son already named in full.
            var match = m.NameWords.Count == 2 && m.NameWords[0] is "ابن" or "بن"
                ? WithLineage(persons, m.NameWords[1])
                : persons.FirstOrDefault(p => SameName(p.Words, m.NameWords));
            if (match is null)
            {
                persons.Add(match = new ResolvedPerson(persons.Count, m));
            }
            Attach(match, m);
        }
        foreach (var m in mentions.Where(m => m.NameWords.Count == 1 && !glossed.ContainsKey(m)))
        {
            var word = m.NameWords[0];
            var match = persons.FirstOrDefault(p => p.Words[^1] == word)
                ?? persons.FirstOrDefault(p => p.Words[0] == word && (m.Honorifics.Count > 0 || m.Posts.Count > 0 || SurnameFirst(p) || HonorificBefore(m)
                    // "Salman bin Hamad Al Khalifa … talks with Salman": the press names a royal by his given name.
                    || EnglishMentionFinder.WithLineage(p.Words)))
                ?? OneWithMiddleSurname(persons, m);
            if (match is null)
            {
                persons.Add(match = new ResolvedPerson(persons.Count, m));
            }
            Attach(match, m);
        }
        AttachGlosses(persons, mentions, glossed);
        // A listed figure's state is known before the text's evidence is weighed («سيرغي لافروف وزير الخارجية» is Russia's).
        string?[]? figureStates = null;
        foreach (var m in mentions.Where(m => m.IsTitleOnly))
        {
            if (m.Country is not null)
            {
                figureStates ??= [.. persons.Select(p => p.Country is null ? context.Gazetteer.FigureStates.GetValueOrDefault(Gazetteer.Key(p.Name)) : null)];
            }
            // «وكان مشعل يشغل منصب ولي العهد»: the post is the subject's, stated, whether or not it names its state.
            if (SubjectHolding(persons, mentions, m) is { } subject)
            {
                m.Person = subject.Index;
                foreach (var post in m.Posts.Where(p => !subject.Posts.Any(h => SameTitle(h.Title, p.Title))))
                {
                    subject.Posts.Add(post);
                }
                continue;
            }
            // «سمو الأمير»: the article's one emir, else the one it calls prince.
            if (m.Posts.Count == 0 && m.Country is null && m.Honorifics is [.., var rank] && ArabicText.Normalize(rank) == "الامير")
            {
                var emirs = persons.Where(p => p.Posts.Any(post => post.Head == "Emir")).ToList();
                if (emirs.Count == 0)
                {
                    emirs = [.. persons.Where(p => p.Mentions.Any(o => o.Honorifics.Any(h => ArabicText.Normalize(h) == "الامير")))];
                }
                if (emirs is [var emir])
                {
                    m.Person = emir.Index;
                }
                continue;
            }
            // «نظيره الصيني»: the one person of that state who holds a post; of several, the one whose post is that of the
            // person named just before ("his Egyptian counterpart": the foreign minister, not the president).
            if (m.Posts.Count == 0)
            {
                var ofState = persons.Where(p => p.Posts.Count > 0 && (p.Country ?? figureStates?[p.Index]) == m.Country).ToList();
                var before = mentions.LastOrDefault(o => o.Sentence == m.Sentence && o.End <= m.Start && o.Person >= 0);
                bool SharesPost(ResolvedPerson p, PersonMention b) => p.Index != b.Person && p.Posts.Any(post => persons[b.Person].Posts.Any(h => h.Head == post.Head));
                if (ofState.Count > 1 && before is not null)
                {
                    ofState = [.. ofState.Where(p => SharesPost(p, before))];
                }
                // «وحضر المقابلة وزير الخارجية عبدالله اليحيا … وعقد فيدان مباحثات مع نظيره الكويتي»: with no one yet known to be
                // of that state, the one whose post, of no state said, is that of the person named just before is the counterpart.
                if (ofState.Count == 0 && before is not null && (persons[before.Person].Country ?? figureStates?[before.Person]) != m.Country
                    && persons.Where(p => p.Country is null && figureStates?[p.Index] is null && p.Posts.Count > 0 && p.Posts.All(post => post.Country is null) && SharesPost(p, before)).ToList() is [var stateless])
                {
                    stateless.Country = m.Country;
                    ofState = [stateless];
                }
                if (ofState is [var counterpart])
                {
                    m.Person = counterpart.Index;
                }
                continue;
            }
            var holder = Holder(persons, mentions, m, figureStates);
            if (holder is null)
            {
                continue;
            }
            m.Person = holder.Index;
            holder.Country ??= m.Country;
            // «الوزير العراقي»: a bare title whose head the holder already has adds no office.
            // «رئيس الإمارات» after «رئيس دولة الإمارات العربية المتحدة»: the same post said shorter is not another office.
            // "the Saudi minister" after "Saudi Foreign Minister …": nor does a bare title that ends the holder's English one.
            foreach (var post in m.Posts.Where(p => p.Country is not null && !holder.Posts.Any(h => SameTitle(h.Title, p.Title)
                || h.Head == p.Head && (p.Title.Split(' ').Length == 1 || (h.Country ?? holder.Country) == p.Country)
                || p.Title.Split(' ').Length == 1 && h.TitleEn.EndsWith(" " + p.Head, StringComparison.Ordinal))))
            {
                holder.Posts.Add(post);
            }
        }
        foreach (var person in persons)
        {
            DropCourtesyPresident(person);
        }
        mentions.AddRange(BareMentions(persons, mentions));
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return persons;
    }

    /// <summary>
    /// «بحث الشيباني مع شاهين وويلسون»: two words that are the surnames of two people named in full before, the second
    /// behind «و», are those two, though the first is also a given name that «و» and a foreign surname might continue.
    /// </summary>
    private void SplitJoinedSurnames(List<PersonMention> mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.NameWords.Count != 2 || m.Posts.Count > 0 || m.Honorifics.Count > 0 || m.End - m.Start != 2 || m.NameWords[1] is not ['و', _, _, _, ..])
            {
                continue;
            }
            var surnames = mentions.Take(i).Where(b => b.NameWords.Count >= 2).Select(b => b.NameWords[^1]).ToHashSet(StringComparer.Ordinal);
            if (!surnames.Contains(m.NameWords[0]) || !surnames.Contains(m.NameWords[1][1..]))
            {
                continue;
            }
            var second = context.Tokens[m.End - 1];
            mentions[i] = new PersonMention { Start = m.Start, End = m.Start + 1, Sentence = m.Sentence, Name = context.Tokens[m.Start].Text, NameWords = [m.NameWords[0]], Span = context.SpanOf(m.Start, m.Start + 1) };
            mentions.Insert(i + 1, new PersonMention { Start = m.End - 1, End = m.End, Sentence = m.Sentence, Name = second.Text[1..], NameWords = [m.NameWords[1][1..]], Span = new(second.Start + 1, second.End) });
        }
    }

    // Lowercase words inside a Latin spelling of a name: "Osama bin Laden", "Vincent van Gogh", "Lula da Silva".
    private static readonly HashSet<string> LatinParticles = new(StringComparer.Ordinal) { "bin", "ibn", "bint", "al", "el", "abu", "de", "da", "di", "do", "dos", "du", "del", "la", "le", "van", "von", "der", "den", "-" };

    /// <summary>
    /// «ألبرت أينشتاين ( Albert Einstein )», «محمود عباس ( أبو مازن )»: a name in brackets right after a name is that
    /// person's too, spelt for English readers or called by a kunya; it is no second person. Each such name, with the
    /// name before it.
    /// </summary>
    private Dictionary<PersonMention, PersonMention> Glosses(List<PersonMention> mentions)
    {
        var glossed = new Dictionary<PersonMention, PersonMention>();
        foreach (var m in mentions)
        {
            // Either opens right after the bracket.
            if (m.Name is null || context.At(m.Start - 1) is not { Text: "(" })
            {
                continue;
            }
            var named = mentions.FirstOrDefault(n => n.Name is not null && n.End == m.Start - 1 && context.At(n.End - 1) is { IsLatin: false });
            if (named is null)
            {
                continue;
            }
            var latin = context.At(m.Start) is { IsLatin: true } && LatinGloss(named) is var (start, end) && start <= m.Start && m.End <= end;
            var kunya = m.NameWords is ["ابو" or "ام", _, ..] && named.NameWords.Count >= 2 && context.At(m.End) is { Text: ")" };
            if (latin || kunya)
            {
                glossed[m] = named;
            }
        }
        return glossed;
    }

    /// <summary>The Latin words in brackets right after <paramref name="named"/>'s name, if they can spell a name.</summary>
    private (int Start, int End)? LatinGloss(PersonMention named) => LatinGloss(named.End - 1, named.End);

    /// <summary>
    /// The Latin words in the brackets that open at <paramref name="bracket"/>, right after the word at
    /// <paramref name="last"/>, if they can spell a name: one to five words, each capitalised or a particle.
    /// </summary>
    private (int Start, int End)? LatinGloss(int last, int bracket)
    {
        if (context.At(bracket) is not { Text: "(" } || !context.SameSentence(last, bracket))
        {
            return null;
        }
        var end = bracket + 1;
        while (context.At(end) is { IsLatin: true } or { Text: "-" } && end - bracket <= 5)
        {
            end++;
        }
        var words = Enumerable.Range(bracket + 1, end - bracket - 1).Select(k => context.Tokens[k]).ToList();
        return context.At(end) is { Text: ")" } && words.Count is >= 1 and <= 5 && words[0].IsCapitalized && words[^1].IsCapitalized
            && words.All(w => w.IsCapitalized && !w.Text.All(char.IsUpper) || LatinParticles.Contains(w.Norm))
            ? (bracket + 1, end)
            : null;
    }

    /// <summary>
    /// «يوناس غار ستوره ( Jonas Gahr Store )»: a name found shorter than the Latin spelling that follows it, by the one or two
    /// words between them («ستوره» is also "its cover"), runs on to the brackets: the article spells out where it ends.
    /// </summary>
    private void LengthenToTheirGlosses(List<PersonMention> mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Name is null || context.At(m.End - 1) is not { IsLatin: false })
            {
                continue;
            }
            for (var gap = 1; gap <= 2; gap++)
            {
                if (LatinGloss(m.End + gap - 1, m.End + gap) is not var (start, end)
                    || Enumerable.Range(start, end - start).Count(k => context.Tokens[k].IsWord) != m.NameWords.Count + gap
                    || !Enumerable.Range(m.End, gap).All(k => context.Tokens[k] is { IsWord: true, IsLatin: false } w && !context.IsArabicStopWithClitics(w))
                    || mentions.Any(o => o.Start < m.End + gap && o.End > m.End))
                {
                    continue;
                }
                mentions[i] = m.EndingAt(context, m.End + gap);
                break;
            }
        }
    }

    /// <summary>
    /// The Latin spelling after each name becomes that person's English name, whether or not the tagger found a name in
    /// it; a name it found in the brackets (<paramref name="glossed"/>) is a mention of that person, and so an alias.
    /// </summary>
    private void AttachGlosses(List<ResolvedPerson> persons, List<PersonMention> mentions, Dictionary<PersonMention, PersonMention> glossed)
    {
        foreach (var named in mentions.Where(n => n.Person >= 0 && n.Name is not null && context.At(n.End - 1) is { IsLatin: false }))
        {
            if (LatinGloss(named) is not var (start, end))
            {
                continue;
            }
            var person = persons[named.Person];
            var spelling = context.Text[context.Tokens[start].Start..context.Tokens[end - 1].End];
            person.NameEn ??= spelling;
        }
        foreach (var (gloss, named) in glossed)
        {
            if (named.Person >= 0)
            {
                gloss.Person = named.Person;
                persons[named.Person].Mentions.Add(gloss);
                persons[named.Person].Aliases.Add(gloss.Name!);
            }
        }
    }

    private static readonly string[] BarePresident = [Gazetteer.Key("الرئيس"), Gazetteer.Key("الرئيسة")];

    /// <summary>
    /// «الرئيس بري», «الرئيس العليمي»: the press calls a speaker, a prime minister or the head of a ruling council
    /// "president" by courtesy; beside that post, the bare title is no second office.
    /// </summary>
    private static void DropCourtesyPresident(ResolvedPerson person)
    {
        if (person.Posts.Count > 1 && person.Posts.Any(p => p.Head == "Prime Minister" || p.Head.StartsWith("Speaker", StringComparison.Ordinal)
                || p.Head.StartsWith("Chairman of the Presidential", StringComparison.Ordinal) || p.Head == "Chairman of the Sovereignty Council"))
        {
            person.Posts.RemoveAll(p => BarePresident.Contains(Gazetteer.Key(p.Title)));
        }
    }

    /// <summary>
    /// «فارسين أغابكيان شاهين», later «وثمنت أغابكيان»: one word that is a middle word of one person's name of three or more,
    /// no given name and no father's name after «بن», is that person's surname.
    /// </summary>
    private ResolvedPerson? OneWithMiddleSurname(List<ResolvedPerson> persons, PersonMention m)
    {
        var word = m.NameWords[0];
        if (context.Gazetteer.GivenNames.ContainsKey(word) || context.At(m.Start) is { IsLatin: true })
        {
            return null;
        }
        return persons.Where(p => p.Words.Count >= 3 && Enumerable.Range(1, p.Words.Count - 2).Any(k => p.Words[k] == word && p.Words[k - 1] is not ("بن" or "ابن" or "بنت" or "ولد" or "ابو" or "ال" or "عبد")))
            .ToList() is [var one] ? one : null;
    }

    private static void Attach(ResolvedPerson person, PersonMention m)
    {
        m.Person = person.Index;
        person.Mentions.Add(m);
        if (m.NameWords.Count > person.Words.Count)
        {
            person.Aliases.Add(person.Name);
            person.Name = m.Name!;
            person.Words = m.NameWords;
            person.Span = m.Span;
        }
        else if (m.Name != person.Name)
        {
            person.Aliases.Add(m.Name!);
        }
        person.Country ??= m.Country;
        foreach (var h in m.Honorifics)
        {
            person.Honorifics.Add(ArabicText.Normalize(h));
        }
        foreach (var post in m.Posts)
        {
            var country = post.Country ?? m.Country;
            // «وأكد الوزير خطاب»: the bare title of a post already known adds nothing.
            var generic = post.Title.Split(' ').Length == 1 && person.Posts.Any(h => h.Head == post.Head);
            if (!generic && !person.Posts.Any(h => SameTitle(h.Title, post.Title) && (h.Country is null || country is null || h.Country == country)))
            {
                person.Posts.Add(post);
            }
        }
    }

    // «السيد شهاب يستقبل …»: a courtesy form right before a one-word name the tagger found (the rules leave a word of the
    // dictionary after a courtesy form alone); the Gulf's press names its royals so, by the given name.
    private bool HonorificBefore(PersonMention m)
    {
        for (var k = Math.Max(0, m.Start - 3); k < m.Start; k++)
        {
            if (context.Gazetteer.Honorifics.TryMatch(context.Tokens, k, false, out _, out var end, out _) && end == m.Start && context.SameSentence(k, m.Start))
            {
                return true;
            }
        }
        return false;
    }

    private static bool SameTitle(string a, string b) => Gazetteer.Key(a) == Gazetteer.Key(b);

    private static bool SameName(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var (shorter, longer) = a.Count <= b.Count ? (a, b) : (b, a);
        // «فهد اليوسف» for «فهد يوسف سعود الصباح»: the Gulf form, given name and the father's name made a family name.
        if (shorter.Count == 2 && longer.Count > 2 && shorter[0] == longer[0] && shorter[1].StartsWith("ال", StringComparison.Ordinal)
            && shorter[1].AsSpan(2).SequenceEqual(longer[1]))
        {
            return true;
        }
        // At the start of the longer name, or at its end but after «بن»/bin: the end of a name after it is the father
        // («حسين بن عبدالله الثاني» is not «عبدالله الثاني»).
        var end = longer.Count - shorter.Count;
        return end >= 0 && (WordsAt(0) || end > 0 && longer[end - 1] is not ("بن" or "ابن" or "bin" or "ibn" or "بنت") && WordsAt(end));

        bool WordsAt(int k)
        {
            for (var j = 0; j < shorter.Count; j++)
            {
                if (shorter[j] != longer[k + j])
                {
                    return false;
                }
            }
            return true;
        }
    }

    private static readonly HashSet<string> HoldingVerbs = new(StringComparer.Ordinal)
    {
        "يشغل", "شغل", "تولي", "يتولي", "تقلد", "يتقلد", "تسلم", "يتسلم",
    };

    /// <summary>
    /// The person a title is said to be held by, in one sentence: «[person] … يشغل منصب [title]» (the nearest person named
    /// before the verb) or «تولى [person] منصب [title]».
    /// </summary>
    private ResolvedPerson? SubjectHolding(List<ResolvedPerson> persons, List<PersonMention> mentions, PersonMention m)
    {
        var tokens = context.Tokens;
        var k = m.Start - 1;
        if (k < 1 || tokens[k].Forms[^1] != "منصب" || !context.SameSentence(k, m.Start))
        {
            return null;
        }
        bool Holding(int i) => i >= 0 && tokens[i].HasFormIn(HoldingVerbs);
        var named = mentions.Where(n => !n.IsTitleOnly && n.Person >= 0 && context.SameSentence(n.Start, k)).ToList();
        var subject = Holding(k - 1)
            ? named.Where(n => n.End <= k - 1).MaxBy(n => n.End)
            : named.FirstOrDefault(n => n.End == k && Holding(n.Start - 1));
        return subject is null ? null : persons[subject.Person];
    }

    private static ResolvedPerson? Holder(List<ResolvedPerson> persons, List<PersonMention> mentions, PersonMention m, string?[]? figureStates)
    {
        var post = m.Posts[0];
        string? StateOf(ResolvedPerson p) => p.Country ?? figureStates?[p.Index];
        bool Compatible(ResolvedPerson p) => m.Country is null || StateOf(p) is not { } state || state == m.Country;
        var byTitle = persons.Where(p => Compatible(p) && p.Posts.Any(h => SameTitle(h.Title, post.Title) && (h.Country ?? p.Country) == (post.Country ?? m.Country))).ToList();
        if (byTitle.Count == 1)
        {
            return byTitle[0];
        }
        // «رئيس الدولة» for the man introduced as «رئيس الجمهورية قيس سعيد»: the same post under another title, where the
        // title states no other state.
        var byEnglish = persons.Where(p => Compatible(p) && p.Posts.Any(h => h.TitleEn == post.TitleEn && ((post.Country ?? m.Country) is null || (h.Country ?? p.Country) == (post.Country ?? m.Country)))).ToList();
        if (byEnglish.Count == 1)
        {
            return byEnglish[0];
        }
        // «الرئيس السوري» for the man introduced as «رئيس الجمهورية العربية السورية أحمد الشرع»: same head, same state.
        if (m.Country is not null)
        {
            var byHeadAndState = persons.Where(p => p.Posts.Any(h => h.Head == post.Head && (h.Country ?? StateOf(p)) == m.Country)).ToList();
            if (byHeadAndState.Count == 1)
            {
                return byHeadAndState[0];
            }
        }
        // «أمير قطر» for the man introduced as «الأمير تميم»: the title's head used as his courtesy form.
        var head = "ال" + ArabicText.Normalize(post.Title.Split(' ')[0]);
        var byHonorific = persons.Where(p => Compatible(p) && p.Posts.Count == 0 && p.Honorifics.Contains(head)).ToList();
        if (byHonorific.Count >= 1 && m.Country is not null)
        {
            return byHonorific.OrderBy(p => Math.Abs(p.Mentions[0].Start - m.Start)).First();
        }
        // "the minister" for the man introduced as "Foreign Minister …": English writes the portfolio before the head, in one
        // title; a prime minister is "the premier" or "the prime minister", never "the minister".
        var english = post.Title.Any(char.IsAsciiLetter);
        var byHead = persons.Where(p => Compatible(p) && p.Posts.Any(h => h.Head == post.Head
            || english && h.TitleEn.EndsWith(" " + post.Head, StringComparison.Ordinal) && !h.TitleEn.EndsWith("Prime Minister", StringComparison.Ordinal))).ToList();
        return byHead.Count == 1 && post.Title.Split(' ').Length == 1 ? byHead[0] : null;
    }

    // «وانغ يي», later «وقال وانغ»: Chinese, Korean and Vietnamese names put the family name first.
    private bool SurnameFirst(ResolvedPerson p) =>
        p.Words.Count == 2 && (p.Country ?? p.Mentions.Select(m => m.Country).FirstOrDefault(c => c is not null)
            ?? context.Gazetteer.FigureStates.GetValueOrDefault(Gazetteer.Key(p.Name))) is "CN" or "TW" or "HK" or "KR" or "KP" or "VN";

    /// <summary>Later mentions by surname alone («وقال خطاب», "Safadi said"), or «ابن فرحان».</summary>
    private IEnumerable<PersonMention> BareMentions(List<ResolvedPerson> persons, List<PersonMention> mentions)
    {
        var covered = new bool[context.Tokens.Count];
        foreach (var m in mentions)
        {
            for (var k = m.Start; k < m.End && k < covered.Length; k++)
            {
                covered[k] = true;
            }
        }
        // Each surname's first bearer, looked up once per word form rather than by a pass over the persons.
        var bySurname = new Dictionary<string, ResolvedPerson>(StringComparer.Ordinal);
        foreach (var p in persons)
        {
            // «بنديكتوس السادس عشر»: a regnal number closing a name is no surname («عشر» is "ten"). Nor is the name after a
            // lineage or family word: «زين العابدين بن علي» is «بن علي», never «علي»; «آل ثاني» is not «ثاني» ("second").
            // «ولد» is left out: «محمد سالم ولد مرزوك» is «ولد مرزوك» later, of which the surname finds «مرزوك».
            if (p.Words.Count >= 2 && p.Words[^1] is { Length: >= 3 } surname && !Connectors.Contains(surname) && !ArabicMentionFinder.CompoundEnds.Contains(surname)
                && RegnalNumber.AtEnd(p.Words.Count >= 3 ? p.Words[^2] : null, surname) is null && p.Words[^2] is not ("بن" or "ابن" or "بنت" or "ال"))
            {
                bySurname.TryAdd(surname, p);
            }
            // "Xi Jinping", later "Xi also met": a name that puts the family name first is mentioned by it, and a Chinese
            // family name may have two letters (not an English word: "He Lifeng", later "He said").
            if (SurnameFirst(p) && p.Words[0] is var family && (family.Length >= 3 || family.Length == 2 && family.All(char.IsAsciiLetter))
                && !context.Gazetteer.EnglishStopWords.Contains(string.Concat(family[..1].ToUpperInvariant(), family[1..])))
            {
                bySurname.TryAdd(family, p);
            }
        }
        for (var i = 0; i < context.Tokens.Count; i++)
        {
            var t = context.Tokens[i];
            if (covered[i] || !t.IsWord || t.IsLatin && !t.IsCapitalized)
            {
                continue;
            }
            foreach (var form in t.Forms)
            {
                var person = bySurname.GetValueOrDefault(form);
                var end = i + 1;
                // «وقال نصر الله»: a compound surname is mentioned whole.
                if (person is null && context.At(i + 1) is { IsWord: true } second && ArabicMentionFinder.CompoundEnds.Contains(second.Norm) && !covered[i + 1])
                {
                    person = WithCompoundSurname(persons, form, second.Norm);
                    end = i + 2;
                }
                if (person is null && form is "ابن" or "بن" && context.At(i + 1) is { IsWord: true } next)
                {
                    person = WithLineage(persons, next.Norm);
                    end = i + 2;
                }
                // «عبده الحسين», then «فاز الحسين على شباب الحسين»; «آلفريد نوبل», then «جوائز نوبل»: a word that names a club, a
                // paper, a prize or a place there, or that the text names as a club, a paper or a company elsewhere, is no
                // mention of the person.
                if (person is null || PlaceNames.Include(context, i, end) || end == i + 1 && PlaceNames.InstitutionNamedElsewhere(context, i, end))
                {
                    continue;
                }
                var name = context.SliceAfterClitic(i, end, t.Norm.Length - form.Length, out var span);
                if (name != person.Name)
                {
                    person.Aliases.Add(name);
                }
                yield return new PersonMention { Start = i, End = end, Sentence = t.Sentence, Name = name, NameWords = [form], Span = span, Person = person.Index };
                i = end - 1;
                break;
            }
        }
    }

    private static ResolvedPerson? WithCompoundSurname(List<ResolvedPerson> persons, string first, string second)
    {
        foreach (var p in persons)
        {
            if (p.Words.Count >= 3 && p.Words[^1] == second && p.Words[^2] == first)
            {
                return p;
            }
        }
        return null;
    }

    private static ResolvedPerson? WithLineage(List<ResolvedPerson> persons, string father)
    {
        foreach (var p in persons)
        {
            if (Lineage(p.Words).Contains(father))
            {
                return p;
            }
        }
        return null;
    }

    private static IEnumerable<string> Lineage(IReadOnlyList<string> words)
    {
        for (var k = 0; k + 1 < words.Count; k++)
        {
            if (words[k] is "بن" or "ابن")
            {
                yield return words[k + 1];
            }
        }
    }
}
