using KnowledgeGraph.Domain;
using KnowledgeGraph.Domain.Names;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Learning;
using KnowledgeGraph.Extraction.Meetings;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Recognition;

/// <summary>
/// The names the trained tagger finds beside the rules' («نظام بشار الأسد»), and where the tagger says a rule's name ends
/// («جو بايدن جماعات مسلحة» → «جو بايدن»).
/// </summary>
internal static class TaggedNames
{
    /// <summary>Adds the tagger's names to the rules' mentions, and ends or drops the rules' names as the tagger says.</summary>
    public static void Add(TextContext context, List<PersonMention> mentions, PersonTagger tagger)
    {
        var tokens = context.Tokens;
        var tagged = WithSurnames(context, WithListedFigures(context, WithOuld(context, SplitAtConjunctions(context, WithoutVerbs(context, tagger.Find(tokens), tagger), tagger))), tagger);
        // «وأطلقت روفر طرازا جديدا»: the tagger's agreement on a club's, a company's or a newspaper's whole name names no one.
        tagged.RemoveAll(t => IsOrganisation(context, t.Start, t.End));
        // A name found only because it opens with a given name («حسن», «جمال» are also words) needs the tagger's agreement,
        // on any of its words: the tagger may see only the surname («أسامة [حمدان]»); or a second word unknown to training.
        // Nor is the tagger's agreement on a later word enough past a word training saw as an ordinary one that it leaves
        // out: «أي اسماء محتملة لخلافة [فيرجسون]» ("any possible names to succeed Ferguson").
        mentions.RemoveAll(m => !m.IsTitleOnly && m.Posts.Count == 0 && m.Honorifics.Count == 0 && !m.Introduced && !ArabicMentionFinder.HeadedBy(context, m.Start)
            && context.FirstTokenAt(m.Span.Start) is var first
            && (!Overlaps(tagged, first, m.End) && !GivenNameAndUnseenWord(context, tagger, first, m.End) || OrdinaryWordBeforeTheTagger(context, tagger, tagged, first, m.End)));
        DropOrdinaryWordsAfterTitles(context, mentions, tagged, tagger);
        EndGivenNamesWhereTheTaggerEnds(context, mentions, tagged, tagger);
        RunOnWhereTheTaggerDoes(context, mentions, tagged, tagger);
        OpenBeforeOuld(context, mentions, tagged);
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.IsTitleOnly || mention.NameWords.Count < 3)
            {
                continue;
            }
            var nameStart = context.FirstTokenAt(mention.Span.Start);
            // «الشيخ محمد عبدالله المبارك الصباح»: a name that closes with a ruling family's («الصباح» is also "the
            // morning") is a member's whole name; the family's name closes no ordinary phrase after a name.
            if (context.Gazetteer.RulingFamilies.ContainsKey(tokens[mention.End - 1].Norm))
            {
                continue;
            }
            // After an honorific a given name alone is enough («الأمير محمد ضيفه» → «محمد»): the resolver knows who he is.
            var shortest = mention.Honorifics.Count > 0 || mention.Posts.Count > 0 ? 1 : 2;
            // «جان باتيست فافر سفيرا لجمهورية فرنسا»: a post after the name ends it as a comma does.
            var atClauseEnd = context.At(mention.End) is { Kind: TokenKind.Punct, Text: "،" or "," or "." }
                || context.Gazetteer.Titles.TryMatch(tokens, mention.End, false, out _, out _, out _);
            // «رئيس مجلس النواب، السيد راشيد الطالبي العلمي.»: a holder set off by a comma after his post runs to the clause's end.
            var setOffByComma = mention.Posts.Count > 0 && atClauseEnd
                && Enumerable.Range(mention.Start, nameStart - mention.Start).Any(k => tokens[k].Text is "،" or ",");
            // «من الرئيس إسماعيل عمر جيله تتعلق …»: a name the rules end before a verb ends there too, unless what the tagger
            // leaves out is a word training saw as an ordinary one.
            var beforeVerb = context.At(mention.End) is { IsWord: true } verb && context.SameSentence(mention.End - 1, mention.End) && ImperfectVerb(context, verb)
                && !tagger.IsNameWord(verb.Norm);
            var cut = tagged.FirstOrDefault(t => t.Start == nameStart && t.End - t.Start >= shortest && t.End < mention.End
                && (t.End - t.Start >= 2 || context.IsGivenName(tokens[t.Start]))
                // «غانم صقر الغانم»: a family name closing the rule's name stays unless training saw it as an ordinary word.
                && !(t.End == mention.End - 1 && ArabicText.StartsWithArticle(tokens[t.End].Norm) && !tagger.IsCommonWord(tokens[t.End].Norm))
                // «محافظ بنك فرنسا جان كلود [تريشيه]»: nor before a surname shaped like a verb that training never saw, which the
                // rules read on to after a post and two given names.
                && !(t.End == mention.End - 1 && ArabicMentionFinder.VerbLike(tokens[t.End]) && !tagger.Seen(tokens[t.End].Norm))
                && !context.IsGivenName(tokens[t.End]) && !Particles.Contains(tokens[t.End].Text)
                // «وزير الخارجية الإسباني ميغيل أنخيل موراتينوس»: nor where the tagger reads the rest as a name of its own.
                && !(SpanAt(tagged, t.End) is { } rest && rest.End <= mention.End)
                // «لويجي دي مايو»: nor where the tagger ends on a surname's particle, whatever the surname spells ("May").
                && !Particles.Contains(tokens[t.End - 1].Text)
                // «لويس إيناسيو لولا دا سيلفا»: nor before a listed figure's name that the rules' name closes with.
                && !(context.Gazetteer.PublicFigures.TryMatch(tokens, t.End, false, out _, out var figureEnd, out _) && figureEnd == mention.End)
                // «إدواردو باتريسيو بينيا هالر،»: a long foreign name the tagger does not know, ending at the comma, stays whole.
                && (tagger.IsCommonWord(tokens[t.End].Norm) ? !setOffByComma : !atClauseEnd && !beforeVerb)
                // «والنائب حسن فضل الله.»: nor a title's name that closes before the comma or full stop with a word with the
                // article that training never saw as an ordinary one (a family name, or a compound's «الله»).
                && !(mention.Posts.Count > 0 && atClauseEnd && ArabicText.StartsWithArticle(tokens[mention.End - 1].Norm) && !tagger.IsCommonWord(tokens[mention.End - 1].Norm))
                && !Enumerable.Range(t.Start, mention.End - t.Start).Any(k => tokens[k].Norm is "بن" or "ابن" or "بنت" or "ال" or "ابو" or "عبد"));
            if (cut != default)
            {
                var name = context.Slice(cut.Start, cut.End);
                mentions[m] = new PersonMention
                {
                    Start = mention.Start, End = cut.End, Sentence = mention.Sentence, Name = name,
                    NameWords = PersonMention.WordsOf(name),
                    Span = context.SpanOf(cut.Start, cut.End), Posts = mention.Posts, Honorifics = mention.Honorifics, Country = mention.Country,
                };
            }
        }
        NamesReadAsPosts(context, mentions, tagged);
        NamesInApposition(context, mentions, tagged);
        OpenWhereTheTaggerDoes(context, mentions, tagged, tagger);
        var taken = new bool[tokens.Count];
        foreach (var m in mentions)
        {
            for (var k = m.Start; k < m.End && k < taken.Length; k++)
            {
                taken[k] = true;
            }
        }
        WithNationalsListed(context, tagged, taken, tagger);
        // The names the other rules find are names a list holds too («الجزيري ، الخنيسي ، الشرميطي»).
        var found = tagged.Concat(LoneFigureSurnames(context, tagged, taken, tagger)).Concat(AgedNames(context, tagged, taken, tagger)).Concat(ResultListNames(context, tagged, taken, tagger)).Concat(Winners(context, tagged, taken, tagger)).Concat(UnseenSpeakers(context, tagged, taken, tagger)).Concat(LoneNisbaSurnames(context, tagged, taken, tagger)).Concat(QuotedNames(context, tagged, taken, tagger)).Concat(CoordinatedNames(context, tagged, taken, tagger)).Concat(ScorersWithMinutes(context, tagged, taken, tagger)).ToList();
        var listed = ListedNames(context, found, taken, tagger).ToList();
        foreach (var (start, taggedEnd) in found.Concat(listed).Select(t => (Start: BeforeLineage(context, tagger, taken, WithUnknownFirstName(context, tagger, tagged, taken, WithParticles(context, AfterThat(context, t.Start, t.End))), t.End), t.End)).OrderBy(t => t.Start))
        {
            // The tagger may run into the verb or phrase after a name («الصفدي يبحثان», «عبد العاطي بنتائج»); a foreign surname
            // spelt like a verb or a preposition on a noun that training never saw as an ordinary word stays («سيلفا», «بالاك»).
            var end = PlaceNames.EndBeforeOrganisation(context, start, taggedEnd);
            // «نبيه بري ووائل أبو [فاعور]»: a name the tagger ends on «أبو» or «بن» goes on to the kunya's or the father's name
            // after it, a word of the same sentence that no other name holds and that is no function word or place («أبو ظبي»).
            if (end == taggedEnd && end < tokens.Count && tokens[end - 1].Norm is "ابو" or "بن" or "ابن" or "بنت" && !taken[end] && context.SameSentence(end - 1, end)
                && tokens[end] is { IsWord: true, IsLatin: false } father && !context.IsArabicStopWithClitics(father) && !PlaceOrBodyAt(context, end - 1) && !PlaceOrBodyAt(context, end))
            {
                end++;
            }
            // «نادر جداً»: a word with tanween ends the name (WithTanween).
            for (var k = start; k < end; k++)
            {
                if (ArabicMentionFinder.WithTanween(tokens[k]))
                {
                    end = k;
                }
            }
            // «بعون الله», «بفضل الله»: a preposition on a word the dictionary knows, before «الله», is a set phrase; after a
            // lineage word it is a name («ولد بيد الله»).
            if (end - start >= 2 && tokens[end - 1].Norm == "الله" && tokens[end - 2] is { IsLatin: false, Norm: ['ب', _, _, ..] } by
                && context.Gazetteer.Lexicon.Knows(by.Norm[1..]) && !(end - start > 2 && (ArabicMentionFinder.Connectors.Contains(tokens[end - 3].Norm) || tokens[end - 3].Norm == "ولد")))
            {
                end -= 2;
            }
            while (end - start > 1 && tokens[end - 1] is { } last && !context.IsGivenName(last)
                   && (ArabicMentionFinder.VerbLike(last) && context.KnowsWord(last) && (tagger.IsCommonWord(last.Norm) || ArabicMentionFinder.PluralVerb(last)) || context.IsArabicStopWithClitics(last)
                       || ArabicMentionFinder.PastVerbOfTwoOrMore(context, last, tagger.IsCommonWordTest) && !tagger.IsNameWord(last.Norm)
                       || ArabicMentionFinder.Kinship.Contains(last.Norm)
                       || ArabicMentionFinder.KinOfHimOrHer.Contains(last.Norm) && ArabicMentionFinder.Connectors.Contains(tokens[end - 2].Norm)
                       || ArabicMentionFinder.PostNominal.Contains(last.Norm) || ArabicMentionFinder.DefiniteVerbalNoun(context, end - 1) || ArabicMentionFinder.VerbSpeltWithArticle(context, last)
                       // «صدام حسين ابن …»: a lineage word with no name after it; «ميلفا ماريك Mileva Maric»: the Latin spelling after an Arabic name.
                       || ArabicMentionFinder.Connectors.Contains(last.Norm) || last.IsLatin && !tokens[start].IsLatin
                       || end - start > 2 && ArabicMentionFinder.IndefiniteAccusative(context, tokens[end - 2], last)
                       // «أتيجالي زيارتي إلى إيران»: "my visit", a noun in «ة» that training saw as an ordinary word, with "my".
                       || last.Norm is [.., 'ت', 'ي'] && last.Norm.Length > 4 && tagger.IsCommonWord(string.Concat(last.Norm.AsSpan(0, last.Norm.Length - 2), "ه"))
                       || last.Norm.Length > 4 && last.Norm[0] is 'ب' or 'ل' or 'ك' && last.Forms.Any(f => f.StartsWith("ال", StringComparison.Ordinal) && context.Gazetteer.Lexicon.Knows(f))
                          && (last.Norm.StartsWith("لل", StringComparison.Ordinal) || tagger.IsCommonWord(last.Norm)
                              || DefiniteNounBehindPreposition(context, tagger, last))
                       || ArabicMentionFinder.IndefiniteNounBehindPreposition(context, last, tagger.IsCommonWordTest) && !tagger.IsNameWord(last.Norm)))
            {
                end--;
            }
            if (end == start || Enumerable.Range(start, end - start).Any(k => taken[k] || !tokens[k].IsWord) || PlaceNames.Include(context, start, end) || ArabicMentionFinder.ThatWithoutHamza(context, start)
                // «فرانكفورت», «إيلات»: a name that is all a city's («rules» cities are no feature of the tagger's).
                || context.Gazetteer.Places.TryMatch(tokens, start, true, out _, out var placeEnd, out _) && placeEnd == end
                // «مايكل والجنوب أفريقي أدامس»: nor the first word of a nationality of two («الجنوب أفريقي», "South African").
                || context.Gazetteer.Nationalities.TryMatch(tokens, start, true, out _, out var nationalityEnd, out _)
                   && (nationalityEnd > end
                       // «مع طاقم أمريكي روسي جديد»: nor does an indefinite nationality open a name; it is an adjective.
                       || !ArabicText.StartsWithArticle(tokens[start].Norm) && !context.IsGivenName(tokens[start]) && tokens[start].Forms.Length == 1)
                || IsOrganisation(context, start, end) || DatelineCredit(context, start, end) || DatelinePlace(context, start, end) || ResultListTeam(context, start, end) || Acronym(context, start, end)
                || PlaceNames.InstitutionNamedElsewhere(context, start, end) || OrdinaryWords(context, tagger, start, end) || InsideAPlace(context, start, end)
                || NounOverGivenName(context, tagger, tokens[start])
                // «زيد بن رعد الحسين ( السادس )»: an ordinal alone names no one; nor does «هادئ» ("calm"), which folds to «هادي»;
                // nor a loanword in «ـيا» with the article («الباكتيريا», «التكنولوجيا»), which no family name is.
                || end - start == 1 && (RegnalNumber.Of(tokens[start].Forms[^1]) is not null || tokens[start].Text.EndsWith('ئ')
                    || tokens[start].Norm is { Length: >= 7 } loan && ArabicText.StartsWithArticle(loan) && loan.EndsWith("يا", StringComparison.Ordinal) && !IsFigureSurname(context, tokens[start])))
            {
                continue;
            }
            var first = tokens[start];
            // A lone adjective-like word of the dictionary («أساسي») is more often an adjective than a name; «شومسكي» is a name,
            // and so is «روني», which training saw as one (two letters, «لي», are too short to tell), and so is the subject
            // of a verb of saying («وقال وهبي»), and so is an item of a list of names («لعرج و زايدي», ListedNames).
            var spoke = first.Norm.Length > 3 && ArabicMentionFinder.AfterSpeechVerb(context, start);
            if (end - start == 1 && (context.IsArabicStopWithClitics(first)
                || context.GivenNameBehind(first, "و") is null && !ArabicText.StartsWithArticle(first.Norm) && first.Norm.EndsWith('ي') && !IsFigureSurname(context, first) && AdjectiveReading(context, first) && !(first.Norm.Length > 2 && tagger.IsNameWord(first.Norm)) && !spoke
                   && !listed.Contains((start, end))
                || NisbaOfNoun(context, start)))
            {
                continue;
            }
            // «وبوش», «ببشار», «فبوتين», «لساركوزي», «لعبد العاطي»: a proclitic is not part of the name; but a public figure's name keeps
            // its first letter («فيدان» is Fidan), and so does a name that opens with «ف» when what follows is no known name
            // («فيرغسون», «فرناندو»): the conjunction «ف» rarely comes before a name, «و» often does.
            // Nor is «و» a conjunction right after a verb of saying, before its subject («وقال وهبي»), nor before what would be
            // a function word («واين روني» is Wayne, not «أين»). «لبن لادن»: a lineage word's proclitic goes too.
            // «كريم» is Karim, not «ك» on «ريم»: a given name whole keeps its first letter.
            var clitic = IsLineageAfterAnd(first.Norm) || end - start >= 2 && BinBehindProclitic(first.Norm) ? 1
                : spoke && first.Norm[0] == 'و' || context.Gazetteer.GivenNames.ContainsKey(first.Norm) ? 0 : first.Forms.Skip(1)
                .Where(f => context.Gazetteer.GivenNames.ContainsKey(f)
                    // «زيارة لعبد العاطي»: the spaced «عبد» opens the compound; no name opens with «لعبد» or «بعبد».
                    || f == "عبد" && end - start >= 2
                    || first.Norm[0] == 'و' && !context.IsGivenName(first) && !context.Gazetteer.FigureSurnames.ContainsKey(first.Norm)
                       && !context.Gazetteer.ArabicStopWords.Contains(f)
                    || first.Norm[0] != 'و' && first.Norm.EndsWith(f, StringComparison.Ordinal) && !LikeBefore(first, f) && context.Gazetteer.FigureSurnames.ContainsKey(f))
                .Select(f => first.Norm.Length - f.Length).FirstOrDefault();
            var name = context.SliceAfterClitic(start, end, clitic, out var span);
            mentions.Add(new PersonMention
            {
                Start = start,
                End = end,
                Sentence = first.Sentence,
                Name = name,
                NameWords = PersonMention.WordsOf(name),
                Span = span,
            });
        }
        EndBeforeOrdinaryWords(context, mentions, tagged, tagger);
        EndBeforeEulogies(context, mentions);
        mentions.RemoveAll(m => GoodAsANoun(context, m) || OnlyKin(m) || KindBeforeNationality(context, m));
        DropNounPhrases(context, mentions, tagger);
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        OpenAtGivenNamesBefore(context, mentions, tagged, tagger);
        PostsNamingTheirStateAfterNames(context, mentions);
    }

    /// <summary>«الملك الحسين طيب الله ثراه», «الشيخ زايد رحمه الله»: a eulogy after a name is no part of it (<see cref="Eulogies"/>).</summary>
    private static void EndBeforeEulogies(TextContext context, List<PersonMention> mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.IsTitleOnly)
            {
                continue;
            }
            for (var k = context.FirstTokenAt(m.Span.Start) + 1; k < m.End; k++)
            {
                if (Eulogies.StartAt(context.Tokens, k))
                {
                    mentions[i] = m.EndingAt(context, k);
                    break;
                }
            }
        }
    }

    // «زيارة فادي زيدوني»: a given name that training did not see as an ordinary word, before a word that training never
    // saw and the dictionary has no entry for (it may read it through its affix rules: «وسام رفيع», "a high medal", has
    // one), that is no function word, verb, place, nor a word behind a preposition or the article, opens a name though the
    // tagger does not say so.
    private static bool GivenNameAndUnseenWord(TextContext context, PersonTagger tagger, int start, int end) =>
        end - start == 2 && context.Tokens[start + 1] is { IsWord: true, IsLatin: false, Norm.Length: >= 3 } w && w.Kind != TokenKind.Number
        && context.IsGivenName(context.Tokens[start]) && !tagger.IsCommonWord(context.Tokens[start].Norm) && !tagger.Seen(w.Norm) && !context.Gazetteer.Lexicon.Lists(w.Norm)
        && !ArabicText.StartsWithArticle(w.Norm) && !ArabicText.StartsWithArticle(w.Norm[1..]) && !context.IsArabicStopWithClitics(w) && !ArabicMentionFinder.VerbLike(w)
        && !(w.Norm[0] is 'ب' or 'ل' or 'ك' or 'و' or 'ف' && context.Gazetteer.Lexicon.Knows(w.Norm[1..]))
        // «أسماء ذويهم» ("their kin's names"): a word with "their", not a name so spelt («أدهم»).
        && !(w.Norm is { Length: >= 5 } && w.Norm.EndsWith("هم", StringComparison.Ordinal) && !context.IsGivenName(w) && context.Gazetteer.Lexicon.Knows(w.Norm[..^2]))
        && !PlaceOrBodyAt(context, start + 1);

    // A word training saw as an ordinary one between the name's first word and the first the tagger covers.
    private static bool OrdinaryWordBeforeTheTagger(TextContext context, PersonTagger tagger, List<(int Start, int End)> tagged, int start, int end)
    {
        for (var k = start; k < end && !Overlaps(tagged, k, k + 1); k++)
        {
            if (k > start && context.Tokens[k] is { IsWord: true, IsLatin: false } w && tagger.IsOrdinaryWord(w.Norm) && !context.IsGivenName(w) && !IsFigureSurname(context, w))
            {
                return true;
            }
        }
        return false;
    }

    // «لبي بي سي», «إتش آي في»: Latin letters spelt out in Arabic are an acronym (BBC, HIV), not a name.
    private static bool Acronym(TextContext context, int start, int end) =>
        end - start >= 2 && Enumerable.Range(start, end - start).All(k => LetterNames.Contains(context.Tokens[k].Forms[^1]));

    private static readonly HashSet<string> LetterNames = new(StringComparer.Ordinal)
    {
        "ايه", "بي", "سي", "دي", "اي", "اف", "جي", "اتش", "ايتش", "اتشي", "جيه", "كي", "كيه", "ام", "ان", "كيو", "ار", "اس", "تي", "يو", "في",
        "دبليو", "اكس", "زد",
    };

    // «الأسد الهندي», «الطالباني الأسترالي»: a definite word alone, with no post or honorific, before a definite nationality
    // is a kind ("the Indian lion"); news writes a person's nationality before his name.
    private static bool KindBeforeNationality(TextContext context, PersonMention m) =>
        m is { IsTitleOnly: false, Posts.Count: 0, Honorifics.Count: 0 } && m.End - context.FirstTokenAt(m.Span.Start) == 1
        && context.Tokens[m.End - 1] is { IsWord: true } word && ArabicText.StartsWithArticle(word.Forms[^1]) && !context.IsGivenName(word)
        && context.At(m.End) is { IsWord: true } kind && ArabicText.StartsWithArticle(kind.Norm) && context.SameSentence(m.End - 1, m.End)
        && context.Gazetteer.Nationalities.TryMatch(context.Tokens, m.End, false, out _, out _, out _);

    // «للوزيرة ابن وابنة»: "a son and a daughter" name no one (the name's words are normal forms: «ابنة» is «ابنه»).
    private static bool OnlyKin(PersonMention m) =>
        !m.IsTitleOnly && m.NameWords.Count > 0 && m.NameWords.All(w => w is "ابن" or "ابنه" or "وابن" or "وابنه" or "بنت" or "وبنت" or "ابنا" or "ابناء");

    /// <summary>
    /// «علاقات حسن الجوار», «وحسن الضيافة»: «حسن» is also the noun "goodness" of the set phrases of news ("good
    /// neighbourliness", "hospitality"), where no title or honorific names anyone.
    /// </summary>
    private static bool GoodAsANoun(TextContext context, PersonMention mention)
    {
        if (mention.IsTitleOnly || mention.Posts.Count > 0 || mention.Honorifics.Count > 0 || mention.Introduced)
        {
            return false;
        }
        var first = context.FirstTokenAt(mention.Span.Start);
        return context.Tokens[first].Forms.Contains("حسن") && context.At(first + 1) is { } next && GoodnessOf.Contains(next.Norm);
    }

    /// <summary>
    /// Given names that are also nouns, read as the noun phrase they open. «ومنحه الرئيس وسام الاستحقاق», «قلده وسام جوقة
    /// الشرف»: «وسام» is also "medal", named after what it honours, a word training did not see in names; a title before it
    /// is the one who awards it («العميد وسام الحسن» stays a name). «في رحاب الثقافة», «حبيب الملايين»: a given name that the
    /// dictionary lists as a word, before a word with the article that training saw often and never in a name, with no post
    /// before them («رئيس المفوضية عماد السايح» stays a name, and so does «إليزابيث الثانية»).
    /// </summary>
    private static void DropNounPhrases(TextContext context, List<PersonMention> mentions, PersonTagger tagger)
    {
        for (var m = mentions.Count - 1; m >= 0; m--)
        {
            var mention = mentions[m];
            if (mention.IsTitleOnly || mention.Honorifics.Count > 0)
            {
                continue;
            }
            var nameStart = context.FirstTokenAt(mention.Span.Start);
            if (!Medal(nameStart) && !NounPhrase(nameStart, mention))
            {
                continue;
            }
            if (mention.Posts.Count > 0)
            {
                mentions[m] = mention.WithoutName(context, nameStart);
            }
            else
            {
                mentions.RemoveAt(m);
            }
        }

        bool Medal(int nameStart) => context.Tokens[nameStart].Forms.Contains("وسام") && (Honoured(nameStart + 1) || context.At(nameStart + 1) is { IsWord: true } of
            && !ArabicText.StartsWithArticle(of.Norm) && context.Gazetteer.Lexicon.Lists(of.Norm) && !tagger.IsNameWord(of.Norm) && Honoured(nameStart + 2));

        bool NounPhrase(int nameStart, PersonMention mention) => mention.Posts.Count == 0 && mention.End - nameStart == 2 && context.Tokens[nameStart] is { IsLatin: false } first
            && first.Forms.Any(f => context.Gazetteer.GivenNames.ContainsKey(f) && context.Gazetteer.Lexicon.Lists(f))
            && context.Tokens[nameStart + 1] is { IsLatin: false } second && ArabicText.StartsWithArticle(second.Norm) && tagger.IsOrdinaryWord(second.Norm)
            && !context.IsGivenName(second) && !IsFigureSurname(context, second) && RegnalNumber.Of(second.Norm) is null;

        bool Honoured(int k) => context.At(k) is { IsWord: true, IsLatin: false } w && context.SameSentence(k - 1, k) && ArabicText.StartsWithArticle(w.Norm)
            && !tagger.IsNameWord(w.Norm) && !context.IsGivenName(w) && !IsFigureSurname(context, w);
    }

    private static readonly HashSet<string> GoodnessOf = new(StringComparer.Ordinal)
    {
        "الجوار", "جوار", "النيه", "نيه", "الظن", "النوايا", "الضيافه", "الاستقبال", "التنظيم", "الاداء", "التعامل", "الخلق", "السير", "السلوك",
        "التصرف", "الحظ", "الاداره", "التدبير", "الاختيار", "التفاهم", "التوقيت", "الاستماع", "الاصغاء", "الخاتمه", "المعامله", "العشره",
    };

    // «دار» in «محمد إسحاق دار.»: a word without the article that is no verb, function word, object in the accusative or
    // word behind a preposition.
    private static bool ClosesName(TextContext context, Token last) =>
        !ArabicText.StartsWithArticle(last.Norm) && last.Norm.Length >= 3 && !ArabicMentionFinder.VerbLike(last) && !context.IsArabicStopWithClitics(last)
        && last.Norm[^1] != 'ا' && !(last.Norm[0] is 'ب' or 'ل' or 'ك' or 'ف' or 'و' && last.Forms.Length > 1);

    /// <summary>
    /// «رسالة من شوكت ميرضيائيف رئيس جمهورية أوزبكستان»: a post that names its state, right after a name no title
    /// introduced, is that person's; it stood as a title alone. A post of a nationality («رئيس الوزراء الباكستاني») may be
    /// the object of a sentence whose subject is the name, and stays apart.
    /// </summary>
    private static void PostsNamingTheirStateAfterNames(TextContext context, List<PersonMention> mentions)
    {
        for (var i = mentions.Count - 2; i >= 0; i--)
        {
            var (name, post) = (mentions[i], mentions[i + 1]);
            if (name.IsTitleOnly || name.Posts.Count > 0 || name.Honorifics.Count > 0 || !post.IsTitleOnly || post.Posts.Count == 0 || post.Sentence != name.Sentence
                || post.Start != name.End && !(post.Start == name.End + 1 && context.At(name.End)?.Text is "," or "،")
                || !post.Posts.All(p => p.Country is { } state && NamesItsState(context, p, state)) && !JoinedToANamedPerson(context, mentions, i))
            {
                continue;
            }
            mentions[i] = new PersonMention
            {
                Start = name.Start, End = name.End, Sentence = name.Sentence, Name = name.Name, NameWords = name.NameWords, Span = name.Span,
                Posts = post.Posts, Introduced = name.Introduced, Country = name.Country ?? post.Country,
            };
            mentions.RemoveAt(i + 1);
        }
    }

    // «من أيمن الصفدي …، وفؤاد حسين نائب رئيس مجلس الوزراء»: a name joined by «و» to a person named with his posts before is
    // the next of a list, no sentence's subject; the posts after it are his.
    private static bool JoinedToANamedPerson(TextContext context, List<PersonMention> mentions, int i) =>
        i > 0 && mentions[i - 1] is { IsTitleOnly: false, Posts.Count: > 0 } before && before.Sentence == mentions[i].Sentence
        && context.Tokens[mentions[i].Start].Norm is ['و', _, ..] && context.At(mentions[i].Start - 1)?.Text is "," or "،";

    // Whether the state is named by name inside the post («رئيس جمهورية أوزبكستان», «سفير اليابان لدى المملكة»).
    private static bool NamesItsState(TextContext context, Post post, string state)
    {
        for (var k = context.FirstTokenAt(post.Span.Start); k < context.Tokens.Count && context.Tokens[k].End <= post.Span.End; k++)
        {
            if (context.Gazetteer.Places.TryMatch(context.Tokens, k, true, out var places, out _, out _) && places.Any(p => p.Kind == PlaceKind.Country && p.Code == state))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// «وجوليا [لويس درايفوس]», «وعماد [ناصر]»: a given name just before a name, alone or after «و» or «ل», opens it
    /// (a list of names joins them with «و»; a given name alone before another person's name is rare), unless training
    /// saw it, or the word with its proclitic, as an ordinary word, or it belongs to another name. Where the tagger's name
    /// opens on the word before and covers the rules' name, the name opens there too: on a given name training saw as an
    /// ordinary word («للبحريني علي [بلال منصور]», «علي» spelt as the preposition «على»), or on a word no list holds that
    /// training did not see as one («عبدي [حسن محمود]», «تيم [سيباستيان]»); not on a function word, a word with the
    /// article or «و», a nationality, or before a lineage word («مؤيدي بن لادن»).
    /// </summary>
    private static void OpenAtGivenNamesBefore(TextContext context, List<PersonMention> mentions, List<(int Start, int End)> tagged, PersonTagger tagger)
    {
        var tokens = context.Tokens;
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.IsTitleOnly || mention.Posts.Count > 0 || mention.Honorifics.Count > 0)
            {
                continue;
            }
            var p = context.FirstTokenAt(mention.Span.Start) - 1;
            if (p < 0 || tokens[p] is not { IsWord: true, IsLatin: false } before || before.Sentence != tokens[p + 1].Sentence
                || m > 0 && mentions[m - 1].End > p
                // «سلمى وليلى طاهر»: a name that opens after its word's «و» is the next of a list, not the rest of the name before.
                || tokens[p + 1].Start < mention.Span.Start && tokens[p + 1].Norm[0] == 'و')
            {
                continue;
            }
            // «لصالح شوماخر» is "in favour of Schumacher": the word with its proclitic is an ordinary one. «البرازيلي كليمينتي
            // [لويس فابيانو]»: after a nationality, a word that neither training nor the dictionary knows, in any form, opens
            // the name too (elsewhere such words are as often typos: «ولا تشكف لجان نوبل»).
            var given = context.GivenNameBehind(before, "ول") is { } g && !tagger.IsCommonWord(g) && !tagger.IsCommonWord(before.Norm) ? g
                : p > 0 && SingularNationality(context, p - 1, out _) && context.SameSentence(p - 1, p) && UnseenGivenName(context, tagger, p) ? before.Norm
                // «ونوه الرئيس بمحمد صلاح»: a preposition on the given name is not the name's.
                : TaggerOpensOn(context, tagged, tagger, p, mention.End) ? context.GivenNameBehind(before, "بلك") ?? before.Norm : null;
            if (given is null)
            {
                continue;
            }
            var name = context.SliceAfterClitic(p, mention.End, before.Norm.Length - given.Length, out var span);
            mentions[m] = new PersonMention
            {
                Start = p, End = mention.End, Sentence = mention.Sentence, Name = name,
                NameWords = PersonMention.WordsOf(name),
                Span = span, Country = mention.Country,
            };
        }
    }

    // The tagger's name opens on the word at «p», just before the rules' name, and covers it to «end»; the word is a given
    // name, or one that may open a name (UnlistedNameWord) and no nationality nor a word before a lineage word («مؤيدي بن لادن»).
    private static bool TaggerOpensOn(TextContext context, List<(int Start, int End)> tagged, PersonTagger tagger, int p, int end)
    {
        var tokens = context.Tokens;
        var before = tokens[p];
        return SpanAt(tagged, p) is { } at && at.Start == p && at.End >= end
            && (context.IsGivenName(before) || UnlistedNameWord(context, tagger, before) && tokens[p + 1].Norm is not ("بن" or "ابن" or "بنت")
                && !context.Gazetteer.Nationalities.TryMatch(tokens, p, true, out _, out _, out _));
    }

    // A word no list holds that may still open a name the tagger reads: training did not see it as an ordinary word, and it
    // is no function word and has neither the article nor «و».
    private static bool UnlistedNameWord(TextContext context, PersonTagger tagger, Token t) =>
        !tagger.IsCommonWord(t.Norm) && !context.IsArabicStopWithClitics(t) && !ArabicText.StartsWithArticle(t.Norm) && t.Norm[0] != 'و'
        && !SoundPluralOfAWord(context, t);

    // «ويعتبر كثيرون مالك رضوان …» ("many consider"): «ون» or «ين» on a word of the dictionary («كثير») that is no given
    // name: a plural, which opens no name.
    private static bool SoundPluralOfAWord(TextContext context, Token t) =>
        t is { IsLatin: false, Norm: [_, _, _, .., 'و' or 'ي', 'ن'] } && !context.IsGivenName(t) && !IsFigureSurname(context, t)
        && context.Gazetteer.Lexicon.Knows(t.Norm[..^2]) && !context.Gazetteer.GivenNames.ContainsKey(t.Norm[..^2]);

    // A word that may be a foreign given name no list holds: neither training nor the dictionary knows it in any form, and
    // it is no function word, nationality, place or organisation, has no article, no digit and no «و» before it.
    private static bool UnseenGivenName(TextContext context, PersonTagger tagger, int k) =>
        context.Tokens[k] is { IsWord: true, IsLatin: false, Norm.Length: >= 3 } t && t.Kind != TokenKind.Number && !ArabicText.StartsWithArticle(t.Norm)
        && t.Norm[0] != 'و' && !t.Norm.Any(char.IsDigit) && !tagger.Seen(t.Norm) && !t.Forms.Any(context.Gazetteer.Lexicon.Knows)
        && !context.IsArabicStopWithClitics(t) && !PlaceOrBodyAt(context, k);

    /// <summary>
    /// «رئيس الجمهورية الأسبق [أمين الجميل]»: a later post of a title standing alone that opens where the tagger finds a
    /// name of two words or more is that name («أمين» is also "secretary"), and the posts before it are its holder's.
    /// </summary>
    private static void NamesReadAsPosts(TextContext context, List<PersonMention> mentions, List<(int Start, int End)> tagged)
    {
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (!mention.IsTitleOnly || mention.Posts.Count < 2)
            {
                continue;
            }
            for (var p = 1; p < mention.Posts.Count; p++)
            {
                var k = context.FirstTokenAt(mention.Posts[p].Span.Start);
                if (tagged.FirstOrDefault(t => t.Start == k && t.End - t.Start >= 2 && t.End <= mention.End) is { End: > 0 } name)
                {
                    var text = context.Slice(k, name.End);
                    mentions[m] = new PersonMention
                    {
                        Start = mention.Start, End = name.End, Sentence = mention.Sentence, Name = text,
                        NameWords = PersonMention.WordsOf(text),
                        Posts = [.. mention.Posts.Take(p)], Country = mention.Country, Span = context.SpanOf(k, name.End),
                    };
                    break;
                }
            }
        }
    }

    /// <summary>
    /// «طلب من الرئيس [لحود] التدخل»: a title with the article is followed by its holder's name, not by a complement (the
    /// definite noun takes none: «رئيس الوزراء» has no article on «رئيس»), so where the rules read on from such a title into
    /// words the tagger finds a name in, right after the title, the title ends there and the name is its holder's.
    /// </summary>
    private static void NamesInApposition(TextContext context, List<PersonMention> mentions, List<(int Start, int End)> tagged)
    {
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (!mention.IsTitleOnly || mention.Posts.Count == 0)
            {
                continue;
            }
            var post = mention.Posts[^1];
            var head = context.FirstTokenAt(post.Span.Start);
            if (head + 1 >= mention.End || !context.Tokens[head].Forms.Any(ArabicText.StartsWithArticle)
                || SpanAt(tagged, head + 1) is not { } name || name.Start != head + 1 || name.End > mention.End)
            {
                continue;
            }
            var text = context.Slice(name.Start, name.End);
            mentions[m] = new PersonMention
            {
                Start = mention.Start, End = name.End, Sentence = mention.Sentence, Name = text, NameWords = PersonMention.WordsOf(text),
                Posts = [.. mention.Posts.SkipLast(1), post with { Title = post.Title.Split(' ')[0], TitleEn = post.Head, Span = context.SpanOf(head, head + 1) }],
                Country = mention.Country, Span = context.SpanOf(name.Start, name.End),
            };
        }
    }

    /// <summary>
    /// «أيوا ، الولايات المتحدة ( CNN )», «… ( رويترز )»: before a comma, a state and the agency in brackets stands a
    /// dateline's place, no person, unless a word of it is a given name or a listed figure's surname.
    /// </summary>
    private static bool DatelinePlace(TextContext context, int start, int end)
    {
        var tokens = context.Tokens;
        return context.At(end)?.Text is "،" or "," && context.Gazetteer.Places.TryMatch(tokens, end + 1, false, out var places, out var stateEnd, out _)
            && places.Any(p => p.Kind == PlaceKind.Country) && context.At(stateEnd)?.Text == "(" && context.At(stateEnd + 1) is { IsWord: true } agency
            && (agency.IsLatin || context.Gazetteer.NewsAgencies.TryMatch(tokens, stateEnd + 1, false, out _, out _, out _)
                || context.Gazetteer.Organisations.TryMatch(tokens, stateEnd + 1, false, out _, out _, out _))
            && !Enumerable.Range(start, end - start).Any(k => context.IsGivenName(tokens[k]) || IsFigureSurname(context, tokens[k]));
    }

    /// <summary>«أربيل - روداو», «أربيل - روداو:»: the agency credited after a dateline's place, ending the line or before a colon, is no person.</summary>
    private static bool DatelineCredit(TextContext context, int start, int end)
    {
        var tokens = context.Tokens;
        var dash = start - 1;
        if (dash < 1 || tokens[dash].Text is not ("-" or "–" or "—" or "ـ") || end < tokens.Count && !LineBreakBefore(context, end) && tokens[end].Text != ":")
        {
            return false;
        }
        var lineStart = dash - 1;
        while (lineStart > 0 && !LineBreakBefore(context, lineStart))
        {
            lineStart--;
        }
        return context.Gazetteer.Places.TryMatch(tokens, lineStart, false, out _, out var placeEnd, out _) && placeEnd == dash;
    }

    // «التصعيد الحوثي» ("the Houthi escalation"): a nisba with the article right after a noun with the article (the
    // dictionary knows it without: «التزام الزواوي» is "Zouaoui's commitment") qualifies the noun; after a title or a rank
    // it is a surname («الرئيس الأسد», «اللواء الحمادي»), after a verb a subject.
    private static bool NisbaOfNoun(TextContext context, int k) =>
        context.Tokens[k] is { Norm: var norm } && ArabicText.StartsWithArticle(norm) && norm.EndsWith('ي') && k > 0
        && context.Tokens[k - 1] is { IsWord: true, IsLatin: false } noun && context.SameSentence(k - 1, k)
        && noun.Forms.Any(f => ArabicText.StartsWithArticle(f) && context.Gazetteer.Lexicon.Lists(f[2..]) && !context.Gazetteer.Lexicon.Lists(f)) && !context.IsGivenName(noun) && !context.Gazetteer.Titles.TryMatch(context.Tokens, k - 1, false, out _, out _, out _)
        && !context.Gazetteer.Honorifics.TryMatch(context.Tokens, k - 1, false, out _, out _, out _) && !ArabicMentionFinder.Connectors.Contains(noun.Norm);

    // «وأفادت الرئاسة بأن أردوغان أكد …»: "that" with its preposition, hamzated, opens no name the tagger ran it into.
    private static int AfterThat(TextContext context, int start, int end) =>
        end - start > 1 && (ArabicMentionFinder.ThatWithClitic(context.Tokens[start]) || LeadingNisba(context, context.Tokens[start]) || BeforeListedLineage(context, start, end)
            || OpeningVerbBeforeName(context, start)) ? start + 1 : start;

    // «وروى أبو هريرة …»: a word with «و» that opens the sentence, a word of the dictionary and no given name, is its verb
    // when a given name or a kunya follows it.
    private static bool OpeningVerbBeforeName(TextContext context, int start) =>
        ArabicMentionFinder.OpensSentenceWithVerb(context, start) && context.Tokens[start] is var verb
        && verb.Norm[1..] is not ("ابو" or "ام" or "ابن" or "بن" or "بنت" or "عبد") && !context.IsGivenName(verb) && !IsFigureSurname(context, verb)
        && context.Tokens[start + 1] is var next && (context.IsGivenName(next) || next.Norm is "ابو" or "ام" or "عبد");

    // «هروب بن لادن», «مؤيدي بن لادن»: a word of the dictionary before the lineage that closes a listed figure's name
    // («أسامة بن لادن»), and no given name, is what the sentence says of him ("escape", "supporters of"), not his given name.
    private static bool BeforeListedLineage(TextContext context, int start, int end) =>
        end - start == 3 && context.Tokens[start + 1].Norm == "بن" && context.Tokens[start] is { IsWord: true, IsLatin: false } word
        && context.Gazetteer.FiguresEndingWith.ContainsKey("بن " + context.Tokens[start + 2].Norm) && !context.IsGivenName(word) && context.KnowsWord(word)
        && !ArabicMentionFinder.IsKunya(context, word) && !IsFigureSurname(context, word);

    // «وزميله الباهامي كينوليس», «واليوغسلافي سيمونجك», «الفنان التشكيلي حسني»: an Arabic name does not open with a nisba
    // that has the article; before a name it is his nationality or his trade, which no list can hold in full. Given
    // names with the article («الطاهر بن جلون») and listed surnames stay.
    private static bool LeadingNisba(TextContext context, Token t) =>
        t is { IsWord: true, IsLatin: false } && t.Forms[^1] is { Length: > 5 } nisba && ArabicText.StartsWithArticle(nisba) && nisba.EndsWith('ي')
        && t.Norm.EndsWith(nisba, StringComparison.Ordinal) && !context.IsGivenName(t) && !IsFigureSurname(context, t)
        && !context.Gazetteer.RulingFamilies.ContainsKey(nisba);

    private static bool LineBreakBefore(TextContext context, int k) =>
        context.Text.AsSpan(context.Tokens[k - 1].End, context.Tokens[k].Start - context.Tokens[k - 1].End).Contains('\n');

    /// <summary>
    /// A name does not end on a word that training saw often and never in a name («فلاديمير بوتين الشركات», «خالد عبد
    /// الرحيم بفوز»), unless the word is a given name or a listed figure's surname. A two-word name keeps such a word
    /// unless a preposition is glued to it: Arabic surnames are often words («تميم خلاف», «أنس خطاب»). Nor does a post's
    /// name lose the word it closes with before a comma or a full stop when the tagger read it into the name too («وزير
    /// الخارجية محمد إسحاق دار.»): an indefinite noun does not end a sentence right after a name.
    /// </summary>
    private static void EndBeforeOrdinaryWords(TextContext context, List<PersonMention> mentions, List<(int Start, int End)> tagged, PersonTagger tagger)
    {
        var tokens = context.Tokens;
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.IsTitleOnly)
            {
                continue;
            }
            var first = context.FirstTokenAt(mention.Span.Start);
            var end = mention.End;
            // «لسولانا النجاح»: after a listed figure's surname alone, a two-word name's ordinary word goes too.
            var surnameFirst = IsFigureSurname(context, tokens[first]) && !context.IsGivenName(tokens[first]);
            // «أجرى رئيس مجلس النواب، راشيد الطالبي العلمي، يوم الثلاثاء»: a post's holder set off by two commas ends at the
            // second where the tagger reads him to it, though his last word is an ordinary one («العلمي», "scientific").
            if (mention.Posts.Count > 0 && SpanAt(tagged, end - 1) is not null
                && (context.At(end) is { Kind: TokenKind.Punct, Text: "،" or "," or "." } && ClosesName(context, tokens[end - 1])
                    || context.At(end)?.Text is "،" or "," && context.At(first - 1)?.Text is "،" or ","))
            {
                continue;
            }
            // «وتمنى الوزير للسفير توتونجي التوفيق»: the surname of someone the article names in full, then a noun with the
            // article where the tagger's name ends, is he and the sentence's object ("success").
            if (end - first == 2 && tokens[end - 1] is { IsLatin: false } noun && ArabicText.StartsWithArticle(noun.Norm) && context.KnowsWord(noun)
                && !context.IsGivenName(tokens[first]) && !IsFigureSurname(context, noun) && SpanAt(tagged, first) == (first, end - 1)
                && mentions.Any(o => o != mention && o.NameWords.Count >= 2 && o.NameWords[^1] == tokens[first].Norm))
            {
                end--;
            }
            // «قال وزير الخارجية النرويجي يوناس غار ستوره إن …», «… إسبن بارث إيدي، …», «… والوفد المرافق له»: between a post
            // and what closes the clause («إن», a comma, a full stop, «و» on a definite noun) stands only his name, whose last
            // word may also be an ordinary one («ستوره», "its cover") when training never saw those before it.
            var endsAtTheClause = mention.Posts.Count > 0 && context.At(end) is { Text: "إن" or "،" or "," or "." } or { Norm: ['و', 'ا', 'ل', ..] }
                && Enumerable.Range(first, end - first - 1).All(k => !tagger.IsCommonWord(tokens[k].Norm));
            while (!endsAtTheClause && end - first > 1 && tokens[end - 1] is { IsLatin: false } last
                   && (tagger.IsCommonWord(last.Norm)
                       && !context.IsGivenName(last) && !IsFigureSurname(context, last) && !EndsInRegnalNumber(tokens, mention, end) && !KunyaNisba(context, first, end)
                       // «محمد جلال عبد القوي»: the word after «عبد» is the second of a compound name («القوي», "the strong").
                       && tokens[end - 2].Norm != "عبد"
                       && (end - first > 2 || surnameFirst || last is { Norm: ['ب' or 'ل', ..], Forms.Length: > 1 } && context.Gazetteer.Lexicon.Knows(last.Forms[^1]))
                       // A third word may be a surname that spells one («إسماعيل عمر جيله», "his generation"); not a verbal noun of
                       // five letters or more («أسامة الملولي اعتزاله», "his retirement").
                       || PossessedNoun(context, tagger, last) && (end - first == 2 || last.Forms.Length > 1 || last.Norm.Length >= 6)))
            {
                end--;
                // «حسام غالي ابن النادي»: without the ordinary word, the lineage word before it has no name to lead to.
                while (end - first > 1 && ArabicMentionFinder.Connectors.Contains(tokens[end - 1].Norm))
                {
                    end--;
                }
            }
            // «وقاد المدرب مرزوق الحصة التدريبية»: a feminine noun with the article and its feminine adjective is the
            // sentence's object ("the training session"); a family name with «ة» («الطراونة») takes no adjective after it.
            for (var k = first + 1; k < end; k++)
            {
                if (FeminineWithArticle(tokens[k]) && context.At(k + 1) is { } itsAdjective && FeminineWithArticle(itsAdjective) && context.SameSentence(k, k + 1))
                {
                    end = k;
                    break;
                }
            }
            // «صدام عدو لدود للولايات المتحدة», «ألكسندر حرب رابعة»: after a given name, an ordinary noun with its adjective is
            // what the sentence says of him ("a sworn enemy"), not two more words of his name.
            if (end - first is 2 or 3 && end == mention.End && context.IsGivenName(tokens[first]) && context.At(first + 2) is { } adjective
                && context.SameSentence(first, first + 2) && NounWithAdjective(context, tagger, tokens[first + 1], adjective)
                && !context.Gazetteer.Titles.TryMatch(tokens, first + 2, false, out _, out _, out _))
            {
                end = first + 1;
            }
            if (end < mention.End)
            {
                mentions[m] = mention.EndingAt(context, end);
            }
        }

        bool FeminineWithArticle(Token t) => t is { IsWord: true, IsLatin: false, Forms.Length: 1 } && t.Text.EndsWith('ة') && ArabicText.StartsWithArticle(t.Norm)
            && context.Gazetteer.Lexicon.Knows(t.Norm) && !tagger.IsNameWord(t.Norm) && !context.IsGivenName(t) && !IsFigureSurname(context, t);
    }

    private static bool NounWithAdjective(TextContext context, PersonTagger tagger, Token noun, Token adjective) =>
        noun is { IsWord: true, IsLatin: false, Forms.Length: 1 } && adjective is { IsWord: true, IsLatin: false } && tagger.IsCommonWord(noun.Norm)
        && !ArabicText.StartsWithArticle(noun.Norm) && !ArabicText.StartsWithArticle(adjective.Norm)
        && context.KnowsWord(adjective) && !context.IsArabicStopWithClitics(adjective) && !tagger.IsNameWord(adjective.Norm) && !tagger.IsNameWord(noun.Norm)
        && !context.IsGivenName(noun) && !context.IsGivenName(adjective) && !IsFigureSurname(context, noun) && !IsFigureSurname(context, adjective);

    // «حسني معرضه» ("his exhibition"), «عمرو عمله»: a noun of the dictionary with a possessive pronoun closes no name. Not
    // «ـيه», which ends French names («دياكيه», «آبيه»), nor a word with the article, which takes no pronoun («الطه»).
    private static bool PossessedNoun(TextContext context, PersonTagger tagger, Token t)
    {
        return t is { IsLatin: false, Text.Length: >= 4 } && !context.IsGivenName(t) && !IsFigureSurname(context, t) && !tagger.IsNameWord(t.Norm)
            && !ArabicText.StartsWithArticle(t.Norm) && !t.Norm.EndsWith("يه", StringComparison.Ordinal)
            && (t.Text.EndsWith('ه') && Noun(t.Norm[..^1]) || t.Text.EndsWith("ها", StringComparison.Ordinal) && t.Norm.Length >= 5 && Noun(t.Norm[..^2]));

        // «مارك روته»: the stem is a word training saw as an ordinary one («معرض») or saw and the dictionary lists (or one of
        // five letters or more that it lists, not in «ا» as «إيبواه» is: «اعتزال»), or the dictionary lists the whole
        // («مواقفه»), not one only its affix rules make up; or the word has a proclitic too («بمكتبه»).
        bool Noun(string stem) => context.Gazetteer.Lexicon.Knows(stem)
            && (tagger.IsCommonWord(stem) || (tagger.Seen(stem) || stem is [_, _, _, _, .., not 'ا']) && context.Gazetteer.Lexicon.Lists(stem) || context.Gazetteer.Lexicon.Lists(t.Norm) || t.Forms.Length > 1);
    }

    // «الملك عبد الله الثاني», «البابا لاون الرابع عشر»: a monarch's name ending in his regnal number (ArabicMentionFinder
    // gives it only after a monarch's title).
    private static bool EndsInRegnalNumber(IReadOnlyList<Token> tokens, PersonMention mention, int end) =>
        mention.Posts.Any(p => p.IsMonarchs) && RegnalNumber.AtEnd(end >= 2 ? tokens[end - 2].Norm : null, tokens[end - 1].Norm) is not null;

    /// <summary>
    /// A listed public figure's full name is a name wherever it stands («أورسولا فون دير لاين» with no title before it), over
    /// the parts the tagger found of it; a longer tagged name that holds it («محمد بن سلمان آل سعود») stays.
    /// </summary>
    private static List<(int Start, int End)> WithListedFigures(TextContext context, List<(int Start, int End)> tagged)
    {
        var tokens = context.Tokens;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (!tokens[k].IsWord || !context.Gazetteer.PublicFigures.TryMatch(tokens, k, true, out _, out var end, out _)
                || end - k < 2 || !context.SameSentence(k, end - 1))
            {
                continue;
            }
            if (!Within(tagged, k, end))
            {
                Replace(tagged, (k, end));
            }
            k = end - 1;
        }
        return tagged;

        // Apart from the loop, whose every word would otherwise allocate what these lambdas read.
        static bool Within(List<(int Start, int End)> tagged, int start, int end) => tagged.Any(t => t.Start <= start && t.End >= end);

        static void Replace(List<(int Start, int End)> tagged, (int Start, int End) figure)
        {
            tagged.RemoveAll(t => t.Start < figure.End && t.End > figure.Start);
            tagged.Add(figure);
            tagged.Sort();
        }
    }

    // The particles of European surnames the rules know (ArabicMentionFinder.ForeignParticles), here with nothing before
    // them to vouch for them, so the ones that are also Arabic words are left out: unhamzated «فإن» ("and indeed") comes
    // before names far more often than "van" does; «لا», «لو» and «داس» are words; and «دير» ("monastery", «دير الزور»)
    // counts only after «فون».
    private static readonly HashSet<string> Particles = new(ArabicMentionFinder.ForeignParticles.Except(["فان", "لا", "لو", "داس", "دير"]), StringComparer.Ordinal);

    // «معاوية [بن أبي سفيان]», «بسر [بن أرطاة]»: a name the tagger opens on a lineage word opens on the word before it when
    // that is a given name, or a word that may open a name (UnlistedNameWord) and no verb («شولتس يهاتف بن سلمان»), no
    // listed figure's surname («ماكرون بن سلمان») nor a word before a listed lineage («هروب بن لادن»).
    private static int BeforeLineage(TextContext context, PersonTagger tagger, bool[] taken, int start, int end) =>
        end - start >= 2 && context.Tokens[start].Norm is "بن" or "ابن" or "بنت" && start > 0 && !taken[start - 1] && context.SameSentence(start - 1, start)
        && context.Tokens[start - 1] is { IsWord: true, IsLatin: false } before && before.Kind != TokenKind.Number
        && (context.IsGivenName(before) || UnlistedNameWord(context, tagger, before) && !before.Forms.Any(context.Gazetteer.Lexicon.IsListedOnlyAsVerb)
            && !IsHeadlineVerb(context, before, tagger, last: false) && !IsFigureSurname(context, before) && !BeforeListedLineage(context, start - 1, end))
            ? start - 1 : start;

    /// <summary>
    /// «لازاروس [بابادوبولوس]», «كيانو [ريفز]»: a word no dictionary knows, in any of its forms, and training never saw, right
    /// before a name the tagger found, is the first name it left out, unless it is a function word, a state, place,
    /// nationality or organisation. Right after the verb that opens the sentence, its subject's place, a word the dictionary
    /// knows only through its affix rules will do («وخسر نوفاك ديوكوفيتش»), but not one with the article, a plural's ending
    /// or a «ات» («وقال محللون روس»).
    /// </summary>
    private static int WithUnknownFirstName(TextContext context, PersonTagger tagger, List<(int Start, int End)> tagged, bool[] taken, int start)
    {
        var g = context.Gazetteer;
        return start > 0 && context.Tokens[start - 1] is { IsWord: true, IsLatin: false } before && before.Kind != TokenKind.Number && !taken[start - 1]
            && context.SameSentence(start - 1, start) && SpanAt(tagged, start - 1) is null && !tagger.Seen(before.Norm)
            && context.Tokens[start].Norm[0] != 'و' && before.Norm[0] != 'و' && !ArabicMentionFinder.VerbLike(before) && !before.Text.Any(char.IsDigit)
            && (!before.Forms.Any(g.Lexicon.Knows) || ArabicMentionFinder.OpensSentenceWithVerb(context, start - 2) && !before.Forms.Any(g.Lexicon.Lists)
                && !ArabicText.StartsWithArticle(before.Norm) && !before.Norm.EndsWith("ات", StringComparison.Ordinal) && !SoundPluralOfAWord(context, before)
                || ForeignOnset(before) && !g.Lexicon.Lists(before.Norm) && !before.Norm.EndsWith("ات", StringComparison.Ordinal)
                   && !(before.Norm.EndsWith('ه') && g.Lexicon.Lists(before.Norm[..^1])))
            && !context.IsArabicStopWithClitics(before) && !PlaceOrBodyAt(context, start - 1)
            ? start - 1
            : start;
    }

    // «إيدور», «إيفان», «إيلون»: «إي» opens foreign given names; the Arabic words it opens are verbal nouns that the
    // dictionary lists («إيجاد», «إيقاف»), their plurals («إيضاحات») or one with a pronoun («إيمانه»).
    private static bool ForeignOnset(Token t) => t.Forms.Length == 1 && t.Text.StartsWith("إي", StringComparison.Ordinal);

    // A state, place, nationality or organisation starts at token k.
    private static bool PlaceOrBodyAt(TextContext context, int k)
    {
        var g = context.Gazetteer;
        return g.Places.TryMatch(context.Tokens, k, true, out _, out _, out _) || g.Nationalities.TryMatch(context.Tokens, k, true, out _, out _, out _)
            || g.Organisations.TryMatch(context.Tokens, k, true, out _, out _, out _);
    }

    /// <summary>Where a name the tagger starts at <paramref name="start"/> really starts: before the particles of its surname.</summary>
    private static int WithParticles(TextContext context, int start)
    {
        if (context.At(start - 1) is { IsWord: true } before && context.SameSentence(start - 1, start))
        {
            if (Particles.Contains(before.Text))
            {
                return start - 1;
            }
            if (before.Text == "دير" && context.At(start - 2) is { Text: "فون" or "فان" } && context.SameSentence(start - 2, start))
            {
                return start - 2;
            }
        }
        return start;
    }

    /// <summary>
    /// «وتألق محمد صلاح ورامي», «محمد محمود وذيابات»: after a name (or a comma after one, in a list), «و» on a given name
    /// that training did not see as an ordinary word, or on a word that neither training nor the dictionary knows, is the
    /// next person's name when the clause goes on with no name word after it.
    /// </summary>
    private static IEnumerable<(int Start, int End)> CoordinatedNames(TextContext context, List<(int Start, int End)> tagged, bool[] taken, PersonTagger tagger)
    {
        var g = context.Gazetteer;
        var tokens = context.Tokens;
        for (var k = 1; k < tokens.Count; k++)
        {
            if (tokens[k] is not { IsWord: true, IsLatin: false, Norm: ['و', _, _, _, ..] } t || t.Kind == TokenKind.Number || NameAt(tagged, taken, k)
                || !context.SameSentence(k - 1, k) || !(NameAt(tagged, taken, k - 1) || k >= 2 && tokens[k - 1].Text is "،" or "," && NameAt(tagged, taken, k - 2))
                || context.IsArabicStopWithClitics(t) || PlaceOrBodyAt(context, k))
            {
                continue;
            }
            var rest = t.Norm[1..];
            var named = g.GivenNames.ContainsKey(rest) && !tagger.IsCommonWord(rest) && !tagger.IsCommonWord(t.Norm)
                || !tagger.Seen(t.Norm) && !tagger.Seen(rest) && !g.Lexicon.Knows(t.Norm) && !g.Lexicon.Knows(rest) && !t.Text.Any(char.IsDigit);
            if (named && AloneFrom(k + 1))
            {
                yield return (k, k + 1);
            }
            // «شادي الخطيب ومنيف عبابنة ،», «وجيني ماكرثي ، وكارمن إليكترا ،»: so is «و» on a word training never saw, before a
            // word neither training nor the dictionary knows, alone in the clause.
            else if ((named || !tagger.Seen(t.Norm) && !tagger.Seen(rest)) && context.At(k + 1) is { IsWord: true, IsLatin: false, Norm: [not 'و', ..] } surname && context.SameSentence(k, k + 1)
                && !NameAt(tagged, taken, k + 1) && !tagger.Seen(surname.Norm) && !surname.Forms.Any(g.Lexicon.Knows) && !surname.Text.Any(char.IsDigit)
                && !PlaceOrBodyAt(context, k + 1) && AloneFrom(k + 2))
            {
                yield return (k, k + 2);
            }
        }

        bool AloneFrom(int k) => context.At(k) is not { IsWord: true } next || !context.SameSentence(k - 1, k) || context.IsArabicStopWithClitics(next)
            || next.Norm[0] == 'و' || ArabicMentionFinder.VerbLike(next);
    }

    /// <summary>
    /// «بعد العيناوي ، ارازي ، الطاهري ، لعرج و زايدي ؟»: in a list parted by commas that opens with a name found and holds
    /// another, an item of one word that training never saw, and that is no function word, plural, place, nationality or
    /// body, is a name too (with the article, only a family name in «ي»); so is the last item, after «و», when the clause
    /// ends with it.
    /// </summary>
    private static IEnumerable<(int Start, int End)> ListedNames(TextContext context, List<(int Start, int End)> tagged, bool[] taken, PersonTagger tagger)
    {
        var tokens = context.Tokens;
        var unknown = new List<int>();
        var (names, items) = (0, 0);
        for (var c = 1; c < tokens.Count; c++)
        {
            if (!IsComma(c) || !NameAt(tagged, taken, c - 1))
            {
                continue;
            }
            // From the list's first comma: each item up to the next comma is a name found or a single word.
            (names, items) = (1, 1);
            unknown.Clear();
            var k = c + 1;
            while (context.SameSentence(c, k) && ItemEnd(k) is var end and >= 0)
            {
                Count(k);
                if (IsComma(end) && context.SameSentence(c, end + 1))
                {
                    k = end + 1;
                    continue;
                }
                if (context.At(end)?.Norm == "و" && context.SameSentence(c, end + 1) && ItemEnd(end + 1) is var last and >= 0 && !IsComma(last) && Closes(last))
                {
                    Count(end + 1);
                }
                break;
            }
            if (names >= 2 && items >= 3)
            {
                foreach (var u in unknown)
                {
                    if (Unseen(tokens[u]) && !PlaceOrBodyAt(context, u))
                    {
                        yield return (u, u + 1);
                    }
                }
            }
            // A list is read once, from its first comma.
            c = Math.Max(c, k - 1);
        }

        void Count(int item)
        {
            items++;
            if (NameAt(tagged, taken, item))
            {
                names++;
            }
            else
            {
                unknown.Add(item);
            }
        }
        bool IsComma(int k) => context.At(k)?.Text is "،" or ",";
        // Where the item that starts at k ends (the token after it), or -1 when no item starts there.
        int ItemEnd(int k)
        {
            if (context.At(k) is not { IsWord: true } || !context.SameSentence(k - 1, k))
            {
                return -1;
            }
            var end = SpanAt(tagged, k) is { } span && span.Start == k ? span.End : k + 1;
            return IsComma(end) && context.SameSentence(k, end) || context.At(end)?.Norm == "و" && context.SameSentence(k, end) || Closes(end) ? end : -1;
        }
        // The clause ends at k: no word follows, or a function word.
        bool Closes(int k) => context.At(k) is not { IsWord: true } next || !context.SameSentence(k - 1, k) || context.IsArabicStopWithClitics(next);
        bool Unseen(Token t) => t is { IsLatin: false } && t.Kind != TokenKind.Number && !t.Text.Any(char.IsDigit) && !tagger.Seen(t.Norm)
            && !context.IsArabicStopWithClitics(t) && t.Norm[0] != 'و'
            // «البدلاء», «مدافعين»: a word with the article is a family name in «ي» («الطاهري»); plurals are no names.
            && (ArabicText.StartsWithArticle(t.Norm) ? t.Norm.EndsWith('ي') : !(t.Norm.Length > 4 && t.Norm[^2..] is "ين" or "ون" or "ات"));
    }

    /// <summary>
    /// «سجلها فرناندو موريانتيس ( 14 ) وخافي غيريرو ( 88 )»: where a name found stands before a minute in brackets, so do
    /// the other scorers of the sentence: the words before a minute (a number up to 130, then the bracket, «و» and another
    /// minute, or «من» as in «من ركلة جزاء»), back to «و» or to a word that is not a name's, are a name of one to three
    /// words when none is a function word, a word training saw as an ordinary one, or a place, nationality or club.
    /// </summary>
    private static IEnumerable<(int Start, int End)> ScorersWithMinutes(TextContext context, List<(int Start, int End)> tagged, bool[] taken, PersonTagger tagger)
    {
        var tokens = context.Tokens;
        var minutes = new List<int>();
        for (var k = 1; k + 2 < tokens.Count; k++)
        {
            if (tokens[k].Text == "(" && context.SameSentence(k, k + 2) && tokens[k + 1].Kind == TokenKind.Number
                && int.TryParse(tokens[k + 1].Text, System.Globalization.CultureInfo.InvariantCulture, out var minute) && minute is > 0 and <= 130
                && (tokens[k + 2].Text == ")" || tokens[k + 2].Norm == "من" || tokens[k + 2].Norm.StartsWith('و') && tokens[k + 2].Text.Any(char.IsDigit)))
            {
                minutes.Add(k);
            }
        }
        if (minutes.Count < 2)
        {
            yield break;
        }
        foreach (var k in minutes)
        {
            if (NameAt(tagged, taken, k - 1) || !minutes.Any(other => other != k && context.SameSentence(k, other) && NameAt(tagged, taken, other - 1)))
            {
                continue;
            }
            var start = k;
            while (start > 0 && context.SameSentence(start - 1, k) && ScorersWord(start - 1))
            {
                start--;
                if (tokens[start].Norm[0] == 'و' || k - start > 3)
                {
                    break;
                }
            }
            // «وسجل الهدفين ياكوبو إيغبيني ( 27 )»: a word of the dictionary with the article opens no scorer's name ("the two goals").
            while (start < k && tokens[start].Forms[^1] is var bare && ArabicText.StartsWithArticle(bare) && context.Gazetteer.Lexicon.Knows(bare) && !context.IsGivenName(tokens[start]))
            {
                start++;
            }
            // «مبارك بو [صوفة] ( 76 )»: nor is the rest of a name found part of another; «بهدف لسانتوس»: a preposition on an
            // unknown first word would be taken into the name.
            if (start < k && k - start <= 3 && !(start > 0 && NameAt(tagged, taken, start - 1) && context.SameSentence(start - 1, start))
                && !(tokens[start] is { Norm: ['ل' or 'ب', ..], Forms.Length: > 1 } opening && !context.IsGivenName(opening) && !tagger.Seen(opening.Norm)))
            {
                yield return (start, k);
            }
        }

        bool ScorersWord(int j) => tokens[j] is { IsWord: true, IsLatin: false } w && w.Kind != TokenKind.Number && !NameAt(tagged, taken, j)
            && !context.IsArabicStopWithClitics(w) && !PlaceOrBodyAt(context, j) && !tagger.IsCommonWord(w.Norm) && !(w.Norm is ['و', _, ..] && tagger.IsCommonWord(w.Norm[1..]));
    }

    /// <summary>
    /// A public figure's surname that no dictionary lists («ساركوزي», «لاريجاني») names the figure even where the tagger
    /// missed it; surnames that are also words («الأسد», «عون») are left to the tagger, unless they open a sentence as a
    /// headline's subject (<see cref="OpensHeadline"/>), stand where a person does (<see cref="MetOrBesideName"/>) or are
    /// words that training saw mostly in names (<see cref="SeenMostlyInNames"/>).
    /// </summary>
    private static IEnumerable<(int Start, int End)> LoneFigureSurnames(TextContext context, List<(int Start, int End)> tagged, bool[] taken, PersonTagger tagger)
    {
        var g = context.Gazetteer;
        for (var k = 0; k < context.Tokens.Count; k++)
        {
            var t = context.Tokens[k];
            if (t.IsWord && !t.IsLatin && !taken[k] && IsFigureSurname(context, t) && SpanAt(tagged, k) is null
                && (!g.Lexicon.Knows(t.Norm) || OpensHeadline(context, k) || MetOrBesideName(context, k, tagged, taken) || SeenMostlyInNames(context, tagger, k)
                    || SubjectOfOpeningVerb(context, k) || SubjectOfThat(context, k)))
            {
                // «لبن لادن»: a lineage word before the surname is part of it.
                var lineage = k > 0 && !taken[k - 1] && context.SameSentence(k - 1, k) && context.Tokens[k - 1].Norm is var before && (before == "بن" || BinBehindProclitic(before));
                yield return (lineage ? k - 1 : k, k + 1);
            }
        }
    }

    /// <summary>
    /// «مشاركة عرفات في القمة»: a surname that training saw mostly in names, as written (not «لصالح», "in favour of"), is the
    /// figure's where it stands; not a given name («صالح», «عمر»: many bear it), nor a kunya's «أبي», nor a place's first
    /// word («خان يونس»), nor an adjective's form after an ordinary noun («هجوم بري», «حل مشرف»).
    /// </summary>
    private static bool SeenMostlyInNames(TextContext context, PersonTagger tagger, int k)
    {
        var t = context.Tokens[k];
        return tagger.IsNameWord(t.Norm) && !context.IsGivenName(t) && !ArabicMentionFinder.KunyaWord(t.Forms[^1])
            && !context.Gazetteer.Places.TryMatch(context.Tokens, k, true, out _, out _, out _) && !AdjectiveAfterNoun(context, tagger, k);
    }

    // A nisba («بري») or a participle («مشرف») right after an indefinite noun that training saw often and never in a name.
    private static bool AdjectiveAfterNoun(TextContext context, PersonTagger tagger, int k) =>
        context.Tokens[k].Norm is { Length: > 2 } word && (word[^1] == 'ي' || word[0] == 'م')
        && context.At(k - 1) is { IsWord: true, IsLatin: false } noun && context.SameSentence(k - 1, k)
        && !ArabicText.StartsWithArticle(noun.Forms[^1]) && tagger.IsOrdinaryWord(noun.Forms[^1]) && !context.IsArabicStopWithClitics(noun)
        && !context.Gazetteer.Lexicon.IsListedOnlyAsVerb(noun.Norm);

    /// <summary>
    /// «الإمبراطورة " هي سي شي "», «ابنة عمه " إلسا لوينثال "»: one to three words in quotation marks right after a complete
    /// title, an honorific that is no rank («فيلمه الأول», "his first film") or a word of kinship are the name of the one so
    /// called, when none is a function word, a word training saw as an ordinary one, «الله» («" حفظه الله "»), or a state,
    /// place, nationality or organisation.
    /// </summary>
    private static IEnumerable<(int Start, int End)> QuotedNames(TextContext context, List<(int Start, int End)> tagged, bool[] taken, PersonTagger tagger)
    {
        var tokens = context.Tokens;
        var g = context.Gazetteer;
        for (var q = 1; q + 2 < tokens.Count; q++)
        {
            if (tokens[q] is not { Kind: TokenKind.Punct, Text: "\"" or "«" or "“" } || !context.SameSentence(q - 1, q) || !Introduces(q))
            {
                continue;
            }
            var end = q + 1;
            while (end < tokens.Count && end - q <= 4 && tokens[end].IsWord)
            {
                end++;
            }
            if (end == q + 1 || end - q > 4 || end >= tokens.Count || tokens[end].Text is not ("\"" or "»" or "”") || !context.SameSentence(q, end))
            {
                continue;
            }
            var words = Enumerable.Range(q + 1, end - q - 1);
            if (words.All(k => !NameAt(tagged, taken, k) && tokens[k] is { IsLatin: false } w && w.Kind != TokenKind.Number
                    && !context.IsArabicStopWithClitics(w) && !tagger.IsCommonWord(w.Norm) && w.Norm != "الله" && !PlaceOrBodyAt(context, k)))
            {
                yield return (q + 1, end);
            }
        }

        bool Introduces(int q)
        {
            var before = tokens[q - 1];
            if (ArabicMentionFinder.Kinship.Contains(before.Norm) || ArabicMentionFinder.KinOfHimOrHer.Contains(before.Norm))
            {
                return true;
            }
            for (var start = Math.Max(0, q - 4); start < q; start++)
            {
                // A head title's complement may be quoted («رئيس " بروتان إنترناسيونال "»): only a complete title.
                if (g.Titles.TryMatch(tokens, start, true, out var title, out var titleEnd, out _) && titleEnd == q && title.Kind == TitleKind.Complete
                    || g.Honorifics.TryMatch(tokens, start, true, out var honorific, out var honorificEnd, out _) && honorificEnd == q && honorific.Kind != HonorificKind.Rank)
                {
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>
    /// «دويسنبرج ( 66 عاما )»: the word before an age in brackets is the name of the one whose age it is, when training never
    /// saw it as an ordinary word and it names no state or place.
    /// </summary>
    private static IEnumerable<(int Start, int End)> AgedNames(TextContext context, List<(int Start, int End)> tagged, bool[] taken, PersonTagger tagger)
    {
        var tokens = context.Tokens;
        for (var k = 0; k + 4 < tokens.Count; k++)
        {
            if (tokens[k + 1].Text == "(" && tokens[k + 2].Kind == TokenKind.Number && tokens[k + 3].Norm is "عاما" or "عام" or "سنه" && tokens[k + 4].Text == ")"
                && tokens[k] is { IsWord: true, IsLatin: false } t && t.Kind != TokenKind.Number && !NameAt(tagged, taken, k)
                && context.SameSentence(k, k + 4) && !tagger.IsCommonWord(t.Norm) && !context.IsArabicStopWithClitics(t)
                && !context.Gazetteer.Places.TryMatch(tokens, k, true, out _, out _, out _))
            {
                yield return (k, k + 1);
            }
        }
    }

    /// <summary>
    /// «وأضاف أنوش زماني أن …»: after a verb of saying, two words that training never saw, neither with the article nor a
    /// function word, a place or a nationality, are the speaker's name, though the dictionary knows them («أنوش» is a verb
    /// to it).
    /// </summary>
    private static IEnumerable<(int Start, int End)> UnseenSpeakers(TextContext context, List<(int Start, int End)> tagged, bool[] taken, PersonTagger tagger)
    {
        var tokens = context.Tokens;
        for (var k = 1; k + 1 < tokens.Count; k++)
        {
            if (ArabicMentionFinder.AfterSpeechVerb(context, k) && context.SameSentence(k, k + 1)
                && (Unseen(k) && Unseen(k + 1) || Unseen(k, ending: true) && Unseen(k + 1) && !tokens[k + 1].Forms.Any(context.Gazetteer.Lexicon.Knows)
                    || Unseen(k) && Unseen(k + 1, ending: true) && !tokens[k].Forms.Any(context.Gazetteer.Lexicon.Knows)))
            {
                yield return (k, k + 2);
            }
        }

        // Nor plural, dual or feminine endings («مسؤولون أمميون», "UN officials"), nor a clitic («وبره»), nor the accusative «ا»;
        // «ه» or «ا» only beside a word no dictionary knows in any form («وقالت ملالا يوسفزاي»; «وأضاف قائلا» is no name).
        bool Unseen(int k, bool ending = false) => tokens[k] is { IsWord: true, IsLatin: false, Forms.Length: 1 } t && t.Kind != TokenKind.Number && !NameAt(tagged, taken, k)
            && t.Norm is not ([.., 'و', 'ن'] or [.., 'ي', 'ن'] or [.., 'ا', 'ن'])
            && (t.Norm is not ([.., 'ه'] or [.., 'ا']) || ending && t.Norm.Length >= 4)
            && !tagger.Seen(t.Norm) && !ArabicText.StartsWithArticle(t.Norm) && !context.IsArabicStopWithClitics(t)
            && !context.Gazetteer.Places.TryMatch(tokens, k, true, out _, out _, out _) && !context.Gazetteer.Nationalities.TryMatch(tokens, k, true, out _, out _, out _);
    }

    /// <summary>
    /// «فاز كافلنيكوف على التشيكي دانيال فاتشيك 6 / 1»: the word before «على» and a nationality with a name after it is
    /// the winner's name, when no dictionary knows it and training never saw it as an ordinary word.
    /// </summary>
    private static IEnumerable<(int Start, int End)> Winners(TextContext context, List<(int Start, int End)> tagged, bool[] taken, PersonTagger tagger)
    {
        var tokens = context.Tokens;
        var g = context.Gazetteer;
        for (var k = 0; k + 3 < tokens.Count; k++)
        {
            if (tokens[k + 1].Norm is "علي" && tokens[k] is { IsWord: true, IsLatin: false } t && t.Kind != TokenKind.Number && !NameAt(tagged, taken, k)
                && context.SameSentence(k, k + 3) && !tagger.IsCommonWord(t.Norm) && !context.IsArabicStopWithClitics(t) && !context.KnowsWord(t)
                && !g.Places.TryMatch(tokens, k, true, out _, out _, out _) && !g.Organisations.TryMatch(tokens, k, true, out _, out _, out _)
                && (tokens[k + 2].Norm == "الزوجي" ? k + 2 : k + 1) is var before
                && g.Nationalities.TryMatch(tokens, before + 1, false, out _, out var nameAt, out _) && (nameAt < taken.Length && taken[nameAt] || SpanAt(tagged, nameAt) is not null))
            {
                yield return (k, k + 1);
            }
        }
    }

    /// <summary>
    /// «وصف الأعرجي مشروع المصالحة», «حراس الدليمي»: a family name shaped as a nisba with the article, alone after a verb,
    /// a preposition or a noun it possesses, when training never saw it, the dictionary does not list it as a word of its
    /// own («البرلماني», «الحقوقي» are; «الأعرجي» it only reads through its affix rules) and it names no state or place.
    /// </summary>
    private static IEnumerable<(int Start, int End)> LoneNisbaSurnames(TextContext context, List<(int Start, int End)> tagged, bool[] taken, PersonTagger tagger)
    {
        var tokens = context.Tokens;
        var g = context.Gazetteer;
        for (var k = 1; k < tokens.Count; k++)
        {
            // Asked of every word: the cheap tests first.
            if (tokens[k] is not { IsWord: true, IsLatin: false, Forms.Length: 1 } t || t.Kind == TokenKind.Number || taken[k] || !NisbaShaped(t)
                || SpanAt(tagged, k) is not null || tagger.Seen(t.Norm) || g.Lexicon.Lists(t.Norm[2..]) || !context.SameSentence(k - 1, k) || NameAt(tagged, taken, k - 1)
                || !BeforeAPossessor(tokens[k - 1]) || g.Places.TryMatch(tokens, k - 1, true, out _, out _, out _)
                || g.Nationalities.TryMatch(tokens, k, true, out _, out _, out _) || g.Places.TryMatch(tokens, k, true, out _, out _, out _)
                || g.Organisations.TryMatch(tokens, k, true, out _, out _, out _) || NoFamilyName(context, k))
            {
                continue;
            }
            yield return (k, k + 1);
        }

        // The article and a written «ي» («ى» ends nouns: «الجرحى»), but not the broken plural «مفاعي» («المقاهي», «النواحي»).
        static bool NisbaShaped(Token t) =>
            t.Norm.Length >= 6 && ArabicText.StartsWithArticle(t.Norm) && t.Text.EndsWith('ي') && !(t.Norm.Length == 7 && t.Norm[4] == 'ا');

        // After a noun with the article, or one with a possessive pronoun («نظيره»; not «حماية», whose «ة» normalises
        // alike), a nisba is an adjective; after the most common prepositions it is more often a noun («في الوادي») than a
        // family name.
        static bool BeforeAPossessor(Token before) =>
            before is { IsWord: true, IsLatin: false } && before.Kind != TokenKind.Number && !before.Forms.Any(ArabicText.StartsWithArticle)
            && !before.Text.EndsWith('ه') && !before.Norm.EndsWith("ها", StringComparison.Ordinal) && before.Norm is not ("من" or "في" or "علي" or "و");
    }

    // «أساسي», «وأساسي»: the dictionary reads the word as it stands or after a conjunction; a preposition on an adjective
    // («بلعاوي» read as «ب» + «لعاوي») is rare, and a foreign or family name read so is not one.
    private static bool AdjectiveReading(TextContext context, Token t) =>
        context.KnowsWord(t) || t.Norm[0] is 'و' or 'ف' && t.Forms.Skip(1).Any(context.Gazetteer.Lexicon.Knows);

    /// <summary>
    /// «التشيكي ميلان كونديرا والأميركية جويس كارول أوتس والتركي أورهان باموك»: a list of nationals gives each one's
    /// nationality, then his name, joined by «و»; where one of them is a name found, each of the others is a name too,
    /// and a part the tagger found of one («إليف [شافاق]») grows to the whole. A name between two nationalities runs to
    /// the next; the last one ends where a name found there ends, or, none found, runs over words neither training nor
    /// the dictionary knows as ordinary ones. Nothing a rules' name holds changes.
    /// </summary>
    private static void WithNationalsListed(TextContext context, List<(int Start, int End)> tagged, bool[] taken, PersonTagger tagger)
    {
        foreach (var (start, end) in NationalsListed(context, tagged, taken, tagger).ToList())
        {
            if (Enumerable.Range(start, end - start).Any(k => taken[k]) || tagged.Any(t => t.Start < end && t.End > start && (t.Start < start || t.End > end)))
            {
                continue;
            }
            tagged.RemoveAll(t => t.Start >= start && t.End <= end);
            tagged.Add((start, end));
        }
    }

    private static IEnumerable<(int Start, int End)> NationalsListed(TextContext context, List<(int Start, int End)> tagged, bool[] taken, PersonTagger tagger)
    {
        var tokens = context.Tokens;
        var items = new List<(int Start, int End)>();
        for (var k = 0; k < tokens.Count; k++)
        {
            if (!SingularNationality(context, k, out var end))
            {
                continue;
            }
            items.Clear();
            while (true)
            {
                var next = end;
                while (next < tokens.Count && next - end < 4 && NameWord(tokens[next]) && !(next > end && tokens[next].Norm[0] == 'و' && SingularNationality(context, next, out _)))
                {
                    next++;
                }
                var nextEnd = 0;
                if (!(next > end && next < tokens.Count && tokens[next].Norm[0] == 'و' && context.SameSentence(end, next) && SingularNationality(context, next, out nextEnd)))
                {
                    // The last name ends where the name found there does («… والعماني عبد الله بامخالف قرعة الدور الثاني»: a
                    // headline runs on); none found, it runs over words neither training nor the dictionary knows as ordinary ones.
                    var last = end;
                    if (SpanAt(tagged, end) is { } found && found.Start == end)
                    {
                        last = found.End;
                    }
                    while (last < next && !tagger.IsCommonWord(tokens[last].Norm) && !context.KnowsWord(tokens[last]) && context.SameSentence(end, last))
                    {
                        last++;
                    }
                    if (last > end)
                    {
                        items.Add((end, last));
                    }
                    k = end - 1;
                    break;
                }
                items.Add((end, next));
                end = nextEnd;
            }
            if (items.Count < 2 || !items.Any(i => NameAt(tagged, taken, i.Start)))
            {
                continue;
            }
            foreach (var item in items)
            {
                yield return item;
            }
        }

        bool NameWord(Token t) => t is { IsWord: true, IsLatin: false } && t.Kind != TokenKind.Number && !context.IsArabicStopWithClitics(t);
    }

    // «والتركي», «والأميركية»: a nationality of one man or one woman, with or without «و» (not «الأمريكيون», «الأستراليين»).
    private static bool SingularNationality(TextContext context, int k, out int end)
    {
        end = k;
        return context.Tokens[k] is { IsWord: true, IsLatin: false } t && (t.Norm.EndsWith('ي') || t.Norm.EndsWith("يه", StringComparison.Ordinal))
            && context.Gazetteer.Nationalities.TryMatch(context.Tokens, k, true, out _, out end, out var clitic) && end == k + 1 && clitic <= 1;
    }

    // «الجندي الإسرائيلي», «الدور الفرعي الأول»: a noun a nationality or an ordinal qualifies; «التخلي عن»: a verbal noun of
    // a weak verb; «المهدي»: a given name; or a title or an honorific.
    private static bool NoFamilyName(TextContext context, int k)
    {
        var tokens = context.Tokens;
        var g = context.Gazetteer;
        if (tokens[k].Norm.Length == 6 && tokens[k].Norm.StartsWith("الت", StringComparison.Ordinal) || context.IsGivenName(tokens[k])
            || g.Titles.TryMatch(tokens, k, true, out _, out _, out _) || g.Honorifics.TryMatch(tokens, k, true, out _, out _, out _))
        {
            return true;
        }
        return context.At(k + 1) is { IsWord: true, IsLatin: false } next && context.SameSentence(k, k + 1) && ArabicText.StartsWithArticle(next.Norm)
            && (g.Nationalities.TryMatch(tokens, k + 1, true, out _, out _, out _) || RegnalNumber.Of(next.Norm) is not null);
    }

    /// <summary>
    /// «1 - سوسا إسبانيا ميتسوبيشي 40د 11ث»: a results list gives each line's competitor, then his state; the words between
    /// the line's dash and a state's name are his name when training never saw them as ordinary words.
    /// </summary>
    private static IEnumerable<(int Start, int End)> ResultListNames(TextContext context, List<(int Start, int End)> tagged, bool[] taken, PersonTagger tagger)
    {
        var tokens = context.Tokens;
        for (var k = 1; k + 1 < tokens.Count; k++)
        {
            if (tokens[k - 1].Text is not ("-" or "–"))
            {
                continue;
            }
            var end = k;
            while (end < tokens.Count && end - k < 3 && context.SameSentence(k, end) && tokens[end] is { IsWord: true, IsLatin: false } t && t.Kind != TokenKind.Number
                   && !taken[end] && !tagger.IsCommonWord(t.Norm) && !context.IsArabicStopWithClitics(t) && !context.Gazetteer.Places.TryMatch(tokens, end, true, out _, out _, out _))
            {
                end++;
            }
            if (end > k && context.SameSentence(k, end) && context.Gazetteer.Places.TryMatch(tokens, end, false, out var places, out _, out _)
                && places.Any(p => p.Kind == PlaceKind.Country) && SpanAt(tagged, k) is null)
            {
                yield return (k, end);
            }
        }
    }

    /// <summary>
    /// «2 - كلاين شميت ألمانيا متسوبيشي باجيرو 40د 59ث»: in a results line, what stands between the competitor's state and
    /// his time (or score) is his team or his make and model, not a person.
    /// </summary>
    private static bool ResultListTeam(TextContext context, int start, int end)
    {
        var tokens = context.Tokens;
        if (!(StartsWithDigit(context.At(end)) || StartsWithDigit(context.At(end + 1))) || !context.SameSentence(start, end))
        {
            return false;
        }
        for (var k = Math.Max(0, start - 4); k < start; k++)
        {
            if (context.Gazetteer.Places.TryMatch(tokens, k, false, out var places, out var stateEnd, out _) && stateEnd <= start && start - stateEnd <= 1
                && (stateEnd == start || tokens[stateEnd] is { IsWord: true, Kind: not TokenKind.Number })
                && places.Any(p => p.Kind == PlaceKind.Country)
                && Enumerable.Range(Math.Max(0, k - 4), k - Math.Max(0, k - 4)).Any(d => tokens[d].Text is "-" or "–" && context.SameSentence(d, start)))
            {
                return true;
            }
        }
        return false;

        static bool StartsWithDigit(Token? t) => t is { Text.Length: > 0 } && char.IsDigit(t.Text[0]);
    }

    // «فإن عون شدد على …»: between "that" and a past verb (a word of three or four letters the dictionary lists, without the
    // article, no name or title; the stop list holds verbs of reporting such as «شدد») stands the clause's subject.
    private static bool SubjectOfThat(TextContext context, int k) =>
        k > 0 && context.Tokens[k - 1].Norm is "ان" or "فان" or "وان" or "بان" or "لان" && context.SameSentence(k - 1, k + 1)
        && context.At(k + 1) is { IsWord: true, IsLatin: false, Norm.Length: 3 or 4 } verb && context.Gazetteer.Lexicon.Lists(verb.Norm)
        && !ArabicText.StartsWithArticle(verb.Norm) && !context.IsGivenName(verb) && !IsFigureSurname(context, verb)
        && !context.Gazetteer.Titles.TryMatch(context.Tokens, k + 1, true, out _, out _, out _);

    // «وهنأ ماكرون الشعب الفرنسي»: the word after the verb that opens a sentence with «و» is its subject, unless a courtesy
    // form («ويضيف الشيخ الخراساني»).
    private static bool SubjectOfOpeningVerb(TextContext context, int k) =>
        k > 0 && context.SameSentence(k - 1, k) && ArabicMentionFinder.OpensSentenceWithVerb(context, k - 1)
        && !context.Gazetteer.Honorifics.TryMatch(context.Tokens, k, false, out _, out _, out _);

    /// <summary>
    /// «ميقاتي يلتقي هوكشتاين», «السيسي وبن زايد يبحثان»: the word opening a sentence before a verb in the imperfect, or
    /// before «و» and a name, is the subject the headline is about.
    /// </summary>
    private static bool OpensHeadline(TextContext context, int k) =>
        (k == 0 || !context.SameSentence(k - 1, k)) && context.At(k + 1) is { IsWord: true, IsLatin: false } next && context.SameSentence(k, k + 1)
        && (next.Norm[0] == 'ي' && ImperfectVerb(context, next)
            || next.Norm.Length > 2 && next.Norm[0] == 'و' && (IsFigureSurname(context, next) || next.Norm == "وبن" || context.GivenNameBehind(next, "و") is not null));

    /// <summary>
    /// «ويلتقي بري», «استقبل عون»: the word right after a word that reports an encounter is the one met; «السيسي
    /// وعبدالله الثاني»: a word joined by «و» to a name, on either side, is a name too.
    /// </summary>
    private static bool MetOrBesideName(TextContext context, int k, List<(int Start, int End)> tagged, bool[] taken)
    {
        bool IsName(int i) => i >= 0 && i < taken.Length && context.SameSentence(i, k) && NameAt(tagged, taken, i);
        return context.At(k - 1) is { } before && context.SameSentence(k - 1, k) && TriggerLexicon.Reports(context, before)
            || context.At(k + 1) is { Norm: ['و', _, _, ..] } && IsName(k + 1)
            || context.Tokens[k].Norm[0] == 'و' && IsName(k - 1);
    }

    // «أرسنال», «بنفيكا», «يديعوت أحرونوت»: the whole name is a club's, a company's or a newspaper's.
    private static bool IsOrganisation(TextContext context, int start, int end) =>
        context.Gazetteer.Organisations.TryMatch(context.Tokens, start, true, out _, out var orgEnd, out _) && orgEnd >= end;

    // «ريو دي جانيرو», «ولاس فيغاس»: the end of a place's name that opens before it («دي جانيرو», «فيغاس») names no one.
    private static bool InsideAPlace(TextContext context, int start, int end)
    {
        for (var k = Math.Max(0, start - 3); k < start; k++)
        {
            if (context.Gazetteer.Places.TryMatch(context.Tokens, k, true, out _, out var placeEnd, out _) && placeEnd >= end)
            {
                return true;
            }
        }
        return false;
    }

    // «الدكتور سعر النفط قد ارتفع» (a name lost from a cut sentence): words that training saw often and never in a name,
    // none a given name or a listed figure's surname, are no name, though the tagger reads them as one.
    private static bool OrdinaryWords(TextContext context, PersonTagger tagger, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (context.Tokens[k] is not { IsWord: true, IsLatin: false } t || !tagger.IsOrdinaryWord(t.Norm) || context.IsGivenName(t) || IsFigureSurname(context, t))
            {
                return false;
            }
        }
        return end > start;
    }

    // «وقالت لجان التحقيق»: a word whole that the dictionary lists and training saw as a common word ("committees") opens
    // no name, though without its preposition it is a given name («جان»); «وعلي» is still «و» on Ali.
    private static bool NounOverGivenName(TextContext context, PersonTagger tagger, Token first) =>
        first is { IsLatin: false } && !context.IsGivenName(first) && context.GivenNameBehind(first, "لبك") is not null && tagger.IsCommonWord(first.Norm)
        && context.Gazetteer.Lexicon.Lists(first.Norm);

    // «كلاين» is Klein, not «ك» ("like") and «لاين» (von der Leyen): "like" seldom stands before a person's name, and
    // many foreign names open with «ك».
    private static bool LikeBefore(Token t, string form) => t.Norm.Length > form.Length && t.Norm[t.Norm.Length - form.Length - 1] == 'ك';

    // The word, or the word without its proclitics («لساركوزي»), is a listed figure's surname; «للسيسي» is not «السيسي» in the text.
    private static bool IsFigureSurname(TextContext context, Token t)
    {
        foreach (var f in t.Forms)
        {
            if (f.Length >= 3 && t.Norm.EndsWith(f, StringComparison.Ordinal) && !LikeBefore(t, f) && context.Gazetteer.FigureSurnames.ContainsKey(f))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A title or rank followed by ordinary words («المدرب ارتكب أخطاء», «الفريق الأحمر» "the red team») introduces no
    /// name. What follows a title is a name when its first word looks like one (a given name, a lineage word, a public
    /// figure's name, a word the dictionary does not list) or the tagger sees a name there; otherwise the title stands alone.
    /// </summary>
    private static void DropOrdinaryWordsAfterTitles(TextContext context, List<PersonMention> mentions, List<(int Start, int End)> tagged, PersonTagger tagger)
    {
        var tokens = context.Tokens;
        for (var m = mentions.Count - 1; m >= 0; m--)
        {
            var mention = mentions[m];
            if (mention.IsTitleOnly || mention.Posts.Count == 0 && mention.Honorifics.Count == 0)
            {
                continue;
            }
            var nameStart = context.FirstTokenAt(mention.Span.Start);
            // «وقال البدري مدير الكرة»: posts after the name, in apposition, do not introduce it.
            if (nameStart == mention.Start || mention.End == nameStart + 1 && ArabicMentionFinder.ImamsEpithet(mention.Honorifics, tokens[nameStart])
                || !AtOrganisation() && !OrdinaryWords(context, tagger, nameStart, mention.End) && !OrdinaryWordOpening()
                && (LooksLikeName(context, nameStart) || Overlaps(tagged, nameStart, mention.End) || Foreign() || Envoy() || Ould() || StateOfficial() || National() || Posted() || SpeakerBeforeThat() || Styled()))
            {
                continue;
            }
            if (mention.Posts.Count > 0)
            {
                mentions[m] = mention.WithoutName(context, nameStart);
            }
            else
            {
                mentions.RemoveAt(m);
            }

            // «ورفض السفير اقتراح أنان»: a word training saw as an ordinary one right after the title, before the name the tagger
            // finds, is what the title's holder does ("the ambassador rejected Annan's proposal"); that name stands alone. After an
            // honorific the word is the name's («رئيس الوزراء الدكتور كامل إدريس»: «كامل» is also "whole").
            bool OrdinaryWordOpening() => mention.Honorifics.Count == 0 && tokens[nameStart] is { IsLatin: false } first && tagger.IsOrdinaryWord(first.Norm) && !context.IsGivenName(first)
                && !IsFigureSurname(context, first) && !Overlaps(tagged, nameStart, nameStart + 1) && Overlaps(tagged, nameStart + 1, mention.End);

            // «مدير الموارد البشرية بفولكسفاجن»: a listed company or club behind «ب» or «ل» is where the post is held.
            bool AtOrganisation() => tokens[nameStart].Norm[0] is 'ب' or 'ل'
                && context.Gazetteer.Organisations.TryMatch(tokens, nameStart, true, out _, out _, out var clitic) && clitic > 0;

            // «سفير الصين تشن تشوان دونغ»: the dictionary knows the first two words by its affix rules, not the last; a word
            // training never saw as an ordinary one, without the article, opens a name that goes on with an unknown word.
            bool Foreign() => tokens[nameStart] is var first && !ArabicText.StartsWithArticle(first.Norm) && !tagger.IsCommonWord(first.Norm)
                && !context.IsArabicStopWithClitics(first) && Enumerable.Range(nameStart + 1, mention.End - nameStart - 1).Any(k => LooksLikeName(context, k));

            // «رئيس جمهورية أذربيجان إلهام علييف»: after a post of a named state, two words ending on one no dictionary knows
            // are its holder's name, though the first is also a word ("inspiration").
            bool StateOfficial() => mention.Posts.Any(post => (post.Country ?? mention.Country) is not null)
                && (mention.End - nameStart == 2 && tokens[mention.End - 1] is { IsLatin: false } last && !last.Forms.Any(context.Gazetteer.Lexicon.Knows)
                        && !context.IsArabicStopWithClitics(tokens[nameStart]) && !ArabicMentionFinder.VerbLike(tokens[nameStart])
                    || UnseenWordsToTheClauseEnd());

            // «قال وزير الخارجية النرويجي إسبن بارث إيدي إن …»: the dictionary's affix rules know all three words, but training
            // never saw the first two as ordinary ones (the last is also "hands"), none has the article or a verb's shape (but
            // the first of three may: «سيرين مودو نجي»), and the clause goes on after them (a function word, or a preposition
            // on an ordinary word: «بتوقيت»): a name.
            bool UnseenWordsToTheClauseEnd() => mention.End - nameStart is 2 or 3
                && Enumerable.Range(nameStart, mention.End - nameStart).All(k => tokens[k] is { IsLatin: false } w && (k == mention.End - 1 || !tagger.IsCommonWord(w.Norm))
                    && !ArabicText.StartsWithArticle(w.Norm) && !context.IsArabicStopWithClitics(w) && !(ArabicMentionFinder.VerbLike(w) && (k > nameStart || mention.End - nameStart < 3))
                    && !WordWithAlif(w))
                && context.At(mention.End) is { } next && (next.Kind == TokenKind.Punct || context.IsArabicStopWithClitics(next)
                    || next is { IsLatin: false, Norm: ['ب' or 'ل', _, _, _, ..], Forms.Length: > 1 } && tagger.IsCommonWord(next.Norm)
                    || ArabicMentionFinder.IndefiniteNounBehindPreposition(context, next, tagger.IsCommonWordTest));

            // «العداء الهولندي سوم برام بتوقيت …»: so do such words, the last no ordinary one either, after a profession and
            // the person's nationality.
            bool National() => mention.Posts.Count == 0 && mention.Country is not null && UnseenWordsToTheClauseEnd() && !tagger.IsCommonWord(tokens[mention.End - 1].Norm);

            // «وقال المتحدث باسم وزارة الداخلية زماراي بشاري إن …»: and so they do after any post, the last no ordinary word either.
            // Two words (neither shaped like a verb: UnseenWordsToTheClauseEnd allows that only to the first of three), before a
            // comma, a full stop, «إن» or «الذي».
            // Or before a past verb training saw as an ordinary word, of which the name is the subject («… زماراي بشاري قتل»).
            // After a profession too («وقال رجل الأعمال إيلون ماسك إن …»).
            bool Posted() => (mention.Posts.Count > 0 || IntroducedBy(static kind => kind == HonorificKind.Profession)) && mention.End - nameStart == 2 && UnseenWordsToTheClauseEnd() && !tagger.IsCommonWord(tokens[mention.End - 1].Norm)
                && context.At(mention.End) is { } next && context.SameSentence(nameStart, mention.End)
                && (next.Text is "،" or "," or "." or "إن" or "أن" or "الذي" or "التي" || PastVerb(next));

            // «وقال المخرج الإيراني برتوي إن …»: one word before "that" that no rule or list knows as ordinary is the name after a
            // post or a profession.
            bool SpeakerBeforeThat() => (mention.Posts.Count > 0 || IntroducedBy(static kind => kind == HonorificKind.Profession)) && mention.End - nameStart == 1
                && ArabicMentionFinder.UnseenBeforeThat(context, nameStart, tagger.IsCommonWordTest);

            // An honorific of a kind the caller asks for among the words before the name.
            bool IntroducedBy(Func<HonorificKind, bool> kind) => Enumerable.Range(mention.Start, nameStart - mention.Start).Any(k =>
                context.Gazetteer.Honorifics.TryMatch(tokens, k, true, out var h, out var hEnd, out _) && hEnd <= nameStart && kind(h.Kind));

            bool PastVerb(Token w) => w is { IsLatin: false, Forms.Length: 1 } && !ArabicMentionFinder.VerbLike(w) && !context.IsGivenName(w)
                && context.Gazetteer.Lexicon.IsListedOnlyAsVerb(w.Norm) && tagger.IsCommonWord(w.Norm);

            // «الأمير زيان», «الشيخة حسينة», «الإمبراطور شاو بنج»: after a monarch's title or a courtesy or royal style, words that
            // training never saw as ordinary ones are a name, unless the first has the article or a proclitic, is a function
            // word, a verb («اتحدت»), an elative («أطول») or an indefinite accusative («ساكنا»).
            bool Styled() => Enumerable.Range(nameStart, mention.End - nameStart).All(k => tokens[k] is { IsLatin: false } w && !tagger.IsCommonWord(w.Norm))
                && tokens[nameStart] is { Forms.Length: 1 } w && !ArabicText.StartsWithArticle(w.Norm) && !context.IsArabicStopWithClitics(w) && !ArabicMentionFinder.VerbLike(w)
                && !WordWithAlif(w) && !(w.Norm is ['ا', _, _, _] && context.KnowsWord(w))
                && !ArabicMentionFinder.PastVerbOfShe(context, w)
                && (MonarchsTitleBefore() || IntroducedBy(static kind => kind is HonorificKind.Honorific or HonorificKind.Royal));

            // «برنامجا», «ساكنا»: a word of the dictionary with «ا» added, an indefinite accusative.
            bool WordWithAlif(Token w) => w.Norm is [.., 'ا'] && context.Gazetteer.Lexicon.Knows(w.Norm[..^1]);

            // «الإمبراطور شاو بنج», not «أمير البلاد مأدبة غداء»: a monarch's title whole in itself, right before the name.
            bool MonarchsTitleBefore() => mention.Posts.Any(p => p.IsMonarchs) && context.Gazetteer.Titles.TryMatch(tokens, nameStart - 1, true, out var title, out var titleEnd, out _)
                && titleEnd == nameStart && title.Kind == TitleKind.Complete;

            // «الوزير الأول المختار ولد اجاي»: Mauritania's «ولد» ("son of") between two words joins a name, as «بن» does.
            bool Ould() => Enumerable.Range(nameStart + 1, Math.Max(0, mention.End - nameStart - 2)).Any(k => tokens[k].Norm == "ولد");

            // «السفيرة البريطانية لدى العراق عرفان صديق»: an ambassador's post with its host is followed by the name, words or not.
            bool Envoy() => mention.Posts.Any(post => post.Head == "Ambassador" && (post.Country ?? mention.Country) is not null
                    && ArabicText.Normalize(post.Title).Contains(" لدي ", StringComparison.Ordinal))
                && !Enumerable.Range(nameStart, mention.End - nameStart).Any(k => context.IsArabicStopWithClitics(tokens[k]) || ArabicMentionFinder.VerbLike(tokens[k]));
        }
    }

    /// <summary>
    /// A name found because it opens with a given name runs on until a function word; where the tagger ends it earlier
    /// and the next word is an ordinary word of the dictionary («جوزيه لإيقاف خطورتهم», «كورت لنا التفاصيل»), it ends there.
    /// </summary>
    private static void EndGivenNamesWhereTheTaggerEnds(TextContext context, List<PersonMention> mentions, List<(int Start, int End)> tagged, PersonTagger tagger)
    {
        var tokens = context.Tokens;
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            // Who heads a delegation is named in full, though his surname is also a word («برئاسة سعيد الذيب»).
            if (mention.IsTitleOnly || ArabicMentionFinder.HeadedBy(context, mention.Start))
            {
                continue;
            }
            var first = context.FirstTokenAt(mention.Span.Start);
            // A name does not end on a lineage word: «عامر بن أبي وداعة» goes on after «أبي»; nor on a foreign surname's
            // particle («جان بيير دو لا فونتين»).
            if (SpanAt(tagged, first) is not { End: var end } || end >= mention.End || LooksLikeName(context, end) || !tokens[end].IsWord
                || ArabicMentionFinder.Connectors.Contains(tokens[end - 1].Norm) || ArabicMentionFinder.ForeignParticles.Contains(tokens[end - 1].Norm) || ArabicMentionFinder.ForeignSurnameSpeltLikeAVerb(context, tokens[end - 1], tokens[end], tagger.IsCommonWordTest))
            {
                continue;
            }
            // After a title the name is what the rules say, unless the tagger ends it before a preposition glued to a word
            // of the dictionary («الرئيس شافيز بتصريح»).
            if ((mention.Posts.Count > 0 || mention.Honorifics.Count > 0) && !WithPreposition(context, tokens[end]))
            {
                continue;
            }
            if (KunyaNisba(context, first, end + 1))
            {
                continue;
            }
            // «وقال أنور السادات إن»: a word with the article that training never saw, the name's last before the clause's end,
            // is a family name; so it is after a kunya («وأعلن أبو محمد الجولاني»).
            if ((end - first == 1 && context.IsGivenName(tokens[first]) || end - first == 2 && ArabicMentionFinder.IsKunya(context, tokens[first]))
                && ArabicText.StartsWithArticle(tokens[end].Norm) && !tagger.Seen(tokens[end].Norm)
                && (end == mention.End - 1 && (context.At(end + 1) is null or { Kind: TokenKind.Punct } or { Norm: "ان" or "انه" or "الذي" } || !context.SameSentence(end, end + 1))
                    || end < mention.End - 1 && Enumerable.Range(end + 1, mention.End - end - 1).All(k => tagger.IsCommonWord(tokens[k].Norm))))
            {
                continue;
            }
            mentions[m] = mention.EndingAt(context, end);
        }
    }

    /// <summary>
    /// Where the tagger reads one more word into a name than the rules did, the name runs on to it when that word is a
    /// nationality («فيصل الجامايكي», «محمد سعيد الكندي»: his family name or the name he is known by; otherwise it says
    /// where he is from, and the rules leave it out), or a foreign surname spelt like a verb or a preposition on a noun
    /// («ماركوس سيلفا», «مايكل بالاك») that training never saw as an ordinary word.
    /// </summary>
    private static void RunOnWhereTheTaggerDoes(TextContext context, List<PersonMention> mentions, List<(int Start, int End)> tagged, PersonTagger tagger)
    {
        var tokens = context.Tokens;
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.IsTitleOnly || mention.End >= tokens.Count || SpanAt(tagged, context.FirstTokenAt(mention.Span.Start)) is not { } span
                || !(span.End == mention.End + 1 && (Nisba(context, mention.End) || ForeignSurname(tokens[mention.End]) || WawSurname(context, tagger, tokens[mention.End])
                         // «البرازيلي كارلوس كوريا»: after a nationality and a given name alone, a word that names a place or a
                         // people where it stands alone («كوريا», «روما») is a surname (Correa, Roma) when the tagger reads on to it.
                         || mention.Country is not null && mention.Posts.Count == 0 && mention.End - context.FirstTokenAt(mention.Span.Start) == 1 && StateNameAt(mention.End))
                     // «السيناتور كريس [فان هولين]»: a foreign surname's particle the rules stopped at, and the surname after it.
                     || span.End > mention.End + 1 && span.End - mention.End <= 3 && ArabicMentionFinder.ForeignParticles.Contains(tokens[mention.End].Norm)
                        && Enumerable.Range(mention.End + 1, span.End - mention.End - 1).All(k => !tagger.IsCommonWord(tokens[k].Norm))
                     // «السفير الكوري لي كي جونغ»: an East Asian name of short syllables runs on over one spelt like a function
                     // word («كي»), where the tagger's does.
                     || span.End > mention.End && span.End - mention.End <= 2 && mention.End - context.FirstTokenAt(mention.Span.Start) <= 2
                        && Enumerable.Range(context.FirstTokenAt(mention.Span.Start), span.End - context.FirstTokenAt(mention.Span.Start))
                            .All(k => tokens[k] is { IsWord: true, IsLatin: false, Norm.Length: <= 4 } && !tagger.IsCommonWord(tokens[k].Norm))))
            {
                continue;
            }
            mentions[m] = mention.EndingAt(context, span.End);
        }

        bool StateNameAt(int k) => tokens[k] is { IsWord: true, IsLatin: false } t && !ArabicText.StartsWithArticle(t.Norm)
            && (context.Gazetteer.Places.TryMatch(tokens, k, false, out _, out var end, out _) || context.Gazetteer.Nationalities.TryMatch(tokens, k, false, out _, out end, out _))
            && end == k + 1;

        bool ForeignSurname(Token t) => t is { IsWord: true, IsLatin: false } && !tagger.IsCommonWord(t.Norm) && !context.IsArabicStopWithClitics(t)
            && (ArabicMentionFinder.VerbLike(t) && !ArabicMentionFinder.PluralVerb(t) || t.Norm is ['ب' or 'ك', 'ا', 'ل', _, ..] && !DefiniteNounBehindPreposition(context, tagger, t));
    }

    // «ياسين بالشباك» ("into the net"): a noun of four letters or more behind «بال» is seldom a name; «بالمر», «كالفن» are.
    private static bool DefiniteNounBehindPreposition(TextContext context, PersonTagger tagger, Token t) =>
        t.Forms.Any(f => f.Length >= 6 && f.StartsWith("ال", StringComparison.Ordinal) && context.Gazetteer.Lexicon.Knows(f)) && !tagger.IsNameWord(t.Norm);

    // «أبو حمزة المصري», «أبو عبد الله التركي»: the nisba after a kunya, the last word before <paramref name="end"/>, is the
    // name he is known by, not his nationality.
    private static bool KunyaNisba(TextContext context, int first, int end) =>
        ArabicMentionFinder.IsKunya(context, context.Tokens[first]) && end - first is 3 or 4 && Nisba(context, end - 1);

    private static bool Nisba(TextContext context, int k) =>
        ArabicText.StartsWithArticle(context.Tokens[k].Norm) && context.Gazetteer.Nationalities.TryMatch(context.Tokens, k, false, out _, out var end, out _) && end == k + 1;

    // «بتصريح», «لشرح»: «ب» or «ل» glued to a word the dictionary knows; in «ـيه», which ends French names («باشليه»), to
    // one it lists as it stands («بتوجيه»), not one its affix rules make up.
    private static bool WithPreposition(TextContext context, Token t) =>
        t is { IsLatin: false, Norm: ['ب' or 'ل', _, _, _, ..] } && !context.IsGivenName(t) && !IsFigureSurname(context, t)
        && (t.Norm.EndsWith("يه", StringComparison.Ordinal) ? context.Gazetteer.Lexicon.Lists(t.Norm[1..]) : context.Gazetteer.Lexicon.Knows(t.Norm[1..]));

    // A given name, a lineage word, a foreign particle, a listed figure's name or surname, or a word the dictionary does not
    // know as it stands. Not one it knows whole, though a letter read as a proclitic leaves none it knows: «كثيرة» is "many",
    // not «ك» and «ثيرة»; but «فولكر» is Volker, whatever «ولكر» may be.
    private static bool LooksLikeName(TextContext context, int k)
    {
        var t = context.Tokens[k];
        var g = context.Gazetteer;
        return t.IsLatin || context.IsGivenName(t) || ArabicMentionFinder.Connectors.Contains(t.Norm) || Particles.Contains(t.Text)
            || t.Forms.Any(g.FigureSurnames.ContainsKey) || !context.KnowsWord(t)
            || g.PublicFigures.TryMatch(context.Tokens, k, true, out _, out _, out _);
    }

    // «وبن», «وأبو»: too short to lose «و» by the proclitic rule, yet «و» + a lineage word.
    private static bool IsLineageAfterAnd(string norm) => norm is "وبن" or "وابن" or "وابو" or "وعبد";

    // «لبن», «وبن», «ببن», «فبن»: «بن» behind a one-letter proclitic, too short for the proclitic rule to take it off.
    private static bool BinBehindProclitic(string norm) => norm is ['و' or 'ل' or 'ب' or 'ف', 'ب', 'ن'];

    /// <summary>
    /// «المهاجم المخضرم [ياري ليتمانن]», «الأمين العام للأمم المتحدة خلفا [لكوفي أنان]», «أسماء محتملة لخلافة
    /// [فيرجسون]»: where the rules open a name on ordinary words and the tagger opens it later, on a word after them, the
    /// name opens where the tagger's does. The words left out hold one with the article, the accusative's «ا» or a
    /// preposition that training saw as an ordinary word, and no lineage word, kunya or listed figure's surname; a given
    /// name among them is followed by such a word («أسماء» is also "names"), not by the tagger's name («أسامة [حمدان]»).
    /// </summary>
    private static void OpenWhereTheTaggerDoes(TextContext context, List<PersonMention> mentions, List<(int Start, int End)> tagged, PersonTagger tagger)
    {
        var tokens = context.Tokens;
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.IsTitleOnly)
            {
                continue;
            }
            var nameStart = context.FirstTokenAt(mention.Span.Start);
            var later = LaterInside(context, tagged, nameStart, mention.End);
            if (later == default || !Enumerable.Range(nameStart, later.Start - nameStart).Any(k => Ordinary(k))
                || Enumerable.Range(nameStart, later.Start - nameStart).Any(k => ArabicMentionFinder.Connectors.Contains(tokens[k].Norm) || IsLineageAfterAnd(tokens[k].Norm)
                    || IsFigureSurname(context, tokens[k]) || ArabicMentionFinder.IsKunya(context, tokens[k]) || context.IsGivenName(tokens[k]) && !Ordinary(k + 1)))
            {
                continue;
            }
            var first = tokens[later.Start];
            var clitic = first.Forms.Skip(1).Where(f => context.Gazetteer.GivenNames.ContainsKey(f) || !LikeBefore(first, f) && context.Gazetteer.FigureSurnames.ContainsKey(f))
                .Select(f => first.Norm.Length - f.Length).FirstOrDefault();
            var end = Math.Max(later.End, mention.End);
            var name = context.SliceAfterClitic(later.Start, end, clitic, out var span);
            mentions[m] = new PersonMention
            {
                Start = mention.Start, End = end, Sentence = mention.Sentence, Name = name, NameWords = PersonMention.WordsOf(name), Span = span,
                Posts = mention.Posts, Honorifics = mention.Honorifics, Country = mention.Country,
            };
        }

        // A method, not a lambda: one that read the mention would make every mention allocate a closure.
        static (int Start, int End) LaterInside(TextContext context, List<(int Start, int End)> tagged, int nameStart, int end)
        {
            foreach (var t in tagged)
            {
                if (t.Start > nameStart && t.Start < end && t.End >= end - 1 && context.SameSentence(nameStart, t.Start))
                {
                    return t;
                }
            }
            return default;
        }

        // Not a bare indefinite word, nor any word training did not see as ordinary: a foreign given name the lists lack may
        // spell one («براد كوبر», «بيني وونغ»).
        bool Ordinary(int k) => k < tokens.Count && tokens[k] is { IsWord: true, IsLatin: false } w && !context.IsGivenName(w)
            && (ArabicText.StartsWithArticle(w.Norm) || w.Norm.EndsWith('ا') || WithPreposition(context, w)) && tagger.IsCommonWord(w.Norm);
    }

    /// <summary>«المصطفى ولد محمد الحبيب»: a name the rules open after «ولد» opens where the tagger's, joined at it, does.</summary>
    private static void OpenBeforeOuld(TextContext context, List<PersonMention> mentions, List<(int Start, int End)> tagged)
    {
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.IsTitleOnly || mention.Start != context.FirstTokenAt(mention.Span.Start) || context.At(mention.Start - 1) is not { Norm: "ولد" }
                || SpanAt(tagged, mention.Start) is not { } span || span.Start >= mention.Start - 1 || span.End < mention.End)
            {
                continue;
            }
            var start = span.Start;
            var first = context.Tokens[start];
            // «والمصطفى»: the conjunction before the name is not the name's.
            var clitic = first.Norm[0] == 'و' && !context.IsGivenName(first) && first.Forms.Length > 1 ? first.Norm.Length - first.Forms[1].Length : 0;
            var name = context.SliceAfterClitic(start, mention.End, clitic, out var nameSpan);
            mentions[m] = new PersonMention
            {
                Start = start, End = mention.End, Sentence = mention.Sentence, Name = name,
                NameWords = PersonMention.WordsOf(name), Span = nameSpan, Country = mention.Country,
            };
        }
    }

    /// <summary>
    /// «المصطفى ولد [محمد الحبيب]», «[حمودي] ولد المصطفى ولد الوالي»: Mauritania's «ولد» ("son of") joins the words on
    /// both sides of it into one name, as «بن» does, where the tagger broke the name at it.
    /// </summary>
    private static List<(int Start, int End)> WithOuld(TextContext context, List<(int Start, int End)> spans)
    {
        bool NameWord(int k) => context.At(k) is { IsWord: true, IsLatin: false } t && t.Kind != TokenKind.Number && !context.IsArabicStopWithClitics(t);
        bool Ould(int k) => context.At(k) is { Norm: "ولد" } && NameWord(k - 1) && NameWord(k + 1) && context.SameSentence(k - 1, k + 1)
            && !ArabicMentionFinder.BornWhenOrWhere(context, context.Tokens[k + 1]);
        var result = new List<(int Start, int End)>();
        foreach (var (s, e) in spans)
        {
            var (start, end) = (s, e);
            // «بداياته ولد سلفادور دالي»: a word of the dictionary that is no given name is no name's start; «ولد» is "was born".
            while (Ould(start - 1) && !(result.Count > 0 && result[^1].End > start - 2) && (context.IsGivenName(context.Tokens[start - 2]) || !context.KnowsWord(context.Tokens[start - 2])))
            {
                start -= 2;
            }
            while (Ould(end))
            {
                end += 2;
            }
            // Only what «ولد» joined is one name: adjacent spans split at «و» stay apart.
            if (result.Count > 0 && result[^1].End >= start && start < s)
            {
                result[^1] = (result[^1].Start, Math.Max(end, result[^1].End));
            }
            else
            {
                result.Add((start, end));
            }
        }
        return result;
    }

    /// <summary>
    /// «[بيتر] كينيون», «و[نانسي] كوال»: the press seldom writes a given name alone, and where the tagger stops at one
    /// (alone or after «و») the word after it is the surname when nothing says it is not: training never saw it as an
    /// ordinary word, and it is no function word, verb in the imperfect, word with the article (a nationality, say) or
    /// a preposition glued to it, noun in the indefinite accusative, or word after «و».
    /// </summary>
    private static List<(int Start, int End)> WithSurnames(TextContext context, List<(int Start, int End)> spans, PersonTagger tagger)
    {
        var tokens = context.Tokens;
        for (var i = 0; i < spans.Count; i++)
        {
            var (start, end) = spans[i];
            if (end - start != 1 || end >= tokens.Count || context.GivenNameBehind(tokens[start], "و") is null || tokens[end] is not { IsWord: true, IsLatin: false } next
                || next.Sentence != tokens[start].Sentence || next.Norm.Length < 3 || (i + 1 < spans.Count && spans[i + 1].Start == end)
                || tagger.IsCommonWord(next.Norm) || context.IsArabicStopWithClitics(next) || WithPreposition(context, next) || ImperfectVerb(context, next)
                || ArabicText.StartsWithArticle(next.Norm) || ArabicMentionFinder.IndefiniteAccusative(context, tokens[start], next)
                || next.Norm[0] == 'و' && next.Forms.Skip(1).Any(f => context.Gazetteer.GivenNames.ContainsKey(f) || context.Gazetteer.Lexicon.Knows(f))
                || context.KnowsWord(next) && SurnameOfANameBefore(tokens, spans, i))
            {
                continue;
            }
            // «و[ميغيل] أنخيل [أنغولو]»: a surname found that the dictionary does not list (its affix rules may read it) joins
            // the given name to a name the tagger began right after it; not to the next of a list («[بسام] شراب [وسعيد
            // الفرا]»), nor over a word of the language («[رونالدو] عانق [روني]», "hugged").
            if (i + 1 < spans.Count && spans[i + 1].Start == end + 1 && tokens[end + 1].Norm[0] != 'و' && !context.Gazetteer.Lexicon.Lists(next.Norm))
            {
                spans[i] = (start, spans[i + 1].End);
                spans.RemoveAt(i + 1);
            }
            else
            {
                spans[i] = (start, end + 1);
            }
        }
        return spans;
    }

    // «جعفر حسان … وأكد حسان حرص الأردن»: the given name is the surname of a full name given before; the word after it
    // ("keenness") is not his.
    private static bool SurnameOfANameBefore(IReadOnlyList<Token> tokens, List<(int Start, int End)> spans, int i)
    {
        for (var k = 0; k < i; k++)
        {
            if (spans[k].End - spans[k].Start >= 2 && tokens[spans[k].End - 1].Norm == tokens[spans[i].Start].Norm)
            {
                return true;
            }
        }
        return false;
    }

    // «يكتب», «تلد», «يبحثون», «يهاتف»: a verb in the imperfect, known to the dictionary or «ي» before a word it lists; a
    // foreign surname that opens with «تش» is spelt so («تشافيز»).
    private static bool ImperfectVerb(TextContext context, Token t) =>
        t.Norm[0] is 'ي' or 'ت' && !t.Norm.StartsWith("تش", StringComparison.Ordinal) && context.KnowsWord(t)
        || ArabicMentionFinder.UnlistedImperfect(context, t);

    /// <summary>
    /// «ماكرون يهاتف بن سلمان», «السوداني يهنئ ترامب»: a headline's verb that the tagger ran into a name is no name's; the
    /// name ends before it and the next starts after it. The verb opens with «ي» (the imperfect; «ت» opens too many
    /// foreign names: «تيان», «تايلور»), is a word of the dictionary or «ي» before one, and training never saw it in a name.
    /// </summary>
    private static List<(int Start, int End)> WithoutVerbs(TextContext context, List<(int Start, int End)> spans, PersonTagger tagger)
    {
        var result = new List<(int, int)>();
        foreach (var (start, end) in spans)
        {
            var from = start;
            for (var k = start; k <= end; k++)
            {
                if (k < end && (!IsHeadlineVerb(context, context.Tokens[k], tagger, last: k == end - 1 && k > start) || SurnameAfterGivenName(start, end, k) || GivenNameBeforeItsSurname(start, end, k)))
                {
                    continue;
                }
                if (k > from)
                {
                    result.Add((from, k));
                }
                from = k + 1;
            }
        }
        return result;

        // «الشيخ محمد يزبك»: the last word, after a given name, is his surname when training never saw it and the dictionary
        // knows it only through its affix rules, not as an entry («يموت», «يكتب» are verbs it lists); not a verb of two
        // («ويبحثان»).
        bool SurnameAfterGivenName(int start, int end, int k) => k == end - 1 && k > start && context.IsGivenName(context.Tokens[k - 1])
            && AffixOnlyAndUnseen(context.Tokens[k]);

        // «يوتا كلاين شميت»: so is the first word of a name of two or more, its given name; not a verb with an object
        // pronoun («يهنئه»).
        bool GivenNameBeforeItsSurname(int start, int end, int k) => k == start && end - start >= 2 && AffixOnlyAndUnseen(context.Tokens[k])
            && !(context.Tokens[k].Norm is [.., 'ه'] or [.., 'ه', 'ا'] or [.., 'ه', 'م'] or [.., 'ك']);

        bool AffixOnlyAndUnseen(Token t) => t.Norm[0] == 'ي' && !ArabicMentionFinder.PluralVerb(t) && !tagger.Seen(t.Norm) && context.KnowsWord(t) && !context.Gazetteer.Lexicon.Lists(t.Norm);
    }

    // «يهاتف»; and «ويبحثان» closing the names it joins: there «و» and the verb are no name's either («ويلي سانيول» is Willy);
    // nor «ويهاتف» opening one, a verb that reports an encounter («… ويهاتف أردوغان»). Not a word the dictionary lists as an
    // entry of its own that is no verb («يونغ» in «وانغ يونغ», "Young").
    private static bool IsHeadlineVerb(TextContext context, Token t, PersonTagger tagger, bool last) =>
        t is { IsLatin: false, Norm: ['ي', ..] or ['و', 'ي', _, _, ..] } && !context.IsGivenName(t) && !IsFigureSurname(context, t) && !tagger.IsNameWord(t.Norm)
        && (t.Norm[0] == 'ي' ? ImperfectVerb(context, t) && !(context.Gazetteer.Lexicon.Lists(t.Norm) && !context.Gazetteer.Lexicon.IsListedOnlyAsVerb(t.Norm))
            : !context.Gazetteer.GivenNames.ContainsKey(t.Norm[1..]) && (last && context.Gazetteer.Lexicon.Knows(t.Norm[1..]) || TriggerLexicon.Reports(context, t)));

    /// <summary>
    /// «وزير العدل عبد اللطيف وهبي»: the last word of a name the tagger reads, opening with «و», is a surname when the word
    /// after «و» is neither a name of its own nor a definite noun, and training never saw the whole as an ordinary word.
    /// </summary>
    private static bool WawSurname(TextContext context, PersonTagger tagger, Token t) =>
        t is { IsWord: true, IsLatin: false, Norm: ['و', _, _, _, ..] } && !context.IsGivenName(t) && !tagger.IsCommonWord(t.Norm) && !context.IsArabicStopWithClitics(t)
        && !ArabicText.StartsWithArticle(t.Norm[1..]) && !context.Gazetteer.GivenNames.ContainsKey(t.Norm[1..]) && !context.Gazetteer.FigureSurnames.ContainsKey(t.Norm[1..]);

    // «روبي ويليامز»: a listed figure's surname that opens with «و» («ويليامز», not «و» + «يليامز») continues the name.
    private static bool ListedWawSurname(TextContext context, Token t) =>
        context.Gazetteer.FigureSurnames.ContainsKey(t.Norm) && context.NoWordOrNameBehindProclitic(t);

    /// <summary>«ابن فرحان والصفدي»: a word that opens with «و» inside a tagged name starts the next name.</summary>
    private static List<(int Start, int End)> SplitAtConjunctions(TextContext context, List<(int Start, int End)> spans, PersonTagger tagger)
    {
        var result = new List<(int, int)>();
        // The tagger may open a new name inside a long foreign one («إدواردو باتريسيو | بينيا هالر»): adjacent parts are one name.
        var joined = new List<(int Start, int End)>();
        foreach (var span in spans)
        {
            if (joined.Count > 0 && joined[^1].End == span.Start && NounBeforeGivenName(joined[^1], span.Start))
            {
                joined[^1] = span;
            }
            else if (joined.Count > 0 && joined[^1].End == span.Start && context.Tokens[span.Start].Norm[0] != 'و')
            {
                joined[^1] = (joined[^1].Start, span.End);
            }
            // «جون سميث وروبين | وارن»: where the next part opens on a given name that itself opens with «و» ("Warren"), taken
            // for the conjunction, and this part ends on a word with «و» after a name, that word opens the next name.
            else if (joined.Count > 0 && joined[^1].End == span.Start && joined[^1].End - joined[^1].Start >= 3 && context.IsGivenName(context.Tokens[span.Start])
                && context.Tokens[span.Start - 1] is { Norm: ['و', _, _, _, ..] } waw && !context.IsGivenName(waw))
            {
                var last = joined[^1];
                joined[^1] = (last.Start, last.End - 1);
                joined.Add((last.End - 1, span.End));
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
                // «موسى وبن عيسى»: a lineage word after «و» opens the next name too; so does «بن» after a foreign figure's
                // surname («التقى ماكرون بن سلمان»): Macron is no one's son in Arabic lineage.
                // After a lineage word «و» is the name's own letter: «سعد بن أبي وقاص».
                if (t.Norm.Length > 3 && t.Norm[0] == 'و' && !context.IsGivenName(t) && !context.OpensWithWawYetContinuesName(context.Tokens[k - 1], t)
                    && !ArabicMentionFinder.Connectors.Contains(context.Tokens[k - 1].Norm) && !(k == end - 1 && k - start >= 2 && WawSurname(context, tagger, t)) && !ListedWawSurname(context, t)
                    || IsLineageAfterAnd(t.Norm)
                    || t.Norm is "بن" or "ابن" && LoneSurname(context.Tokens[k - 1])
                    // «واتهم غانتس نتنياهو»: two listed figures' surnames are two people, unless one figure's name («آشتون كارتر»).
                    || LoneSurname(t) && LoneSurname(context.Tokens[k - 1]) && !context.Gazetteer.PublicFigures.TryMatch(context.Tokens, k - 1, true, out _, out _, out _)
                    // «والتقى الملك عبدالله الثاني بنتنياهو»: a preposition on a listed figure's surname opens the verb's object.
                    || ArabicMentionFinder.PrepositionOnFigureSurname(context, t))
                {
                    result.Add((from, k));
                    from = k;
                }
            }
            result.Add((from, end));
        }
        return result;

        bool LoneSurname(Token t) => IsFigureSurname(context, t) && !context.IsGivenName(t);

        // «لمنع هروب | أسامة بن لادن» ("to stop the escape of"): a word the dictionary lists, alone before a part that opens
        // with a given name, is the noun the name depends on, not a name, unless training saw it in names («دودي محمد الفايد»).
        bool NounBeforeGivenName((int Start, int End) before, int given) =>
            before.End - before.Start == 1 && context.Tokens[before.Start] is { IsLatin: false } noun && context.Gazetteer.Lexicon.Lists(noun.Norm)
            && !context.IsGivenName(noun) && !IsFigureSurname(context, noun) && !tagger.IsNameWord(noun.Norm) && context.IsGivenName(context.Tokens[given]);
    }

    /// <summary>True when a tagged span covers any token of [<paramref name="start"/>, <paramref name="end"/>).</summary>
    private static bool Overlaps(List<(int Start, int End)> tagged, int start, int end) => tagged.Any(t => t.Start < end && t.End > start);

    // Whether a name already found or the tagger's covers token k.
    private static bool NameAt(List<(int Start, int End)> tagged, bool[] taken, int k) => taken[k] || SpanAt(tagged, k) is not null;

    /// <summary>The tagged span that covers token <paramref name="k"/>, if any.</summary>
    private static (int Start, int End)? SpanAt(List<(int Start, int End)> tagged, int k)
    {
        foreach (var span in tagged)
        {
            if (span.Start <= k && span.End > k)
            {
                return span;
            }
        }
        return null;
    }

}
