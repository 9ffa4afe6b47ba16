using KnowledgeGraph.Extraction.Recognition;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Meetings;

// Delegations: which countries' delegations took part («وفدا كويتيا», "at the head of a delegation"), and who led or
// belonged to them.
public sealed partial class MeetingRecognizer
{
    /// <summary>
    /// The members of each state's delegation, and its <paramref name="leaders"/>; <paramref name="ledBy"/> holds the states
    /// whose delegation an encounter names with its head ("received a delegation led by …"): its members are in that one.
    /// </summary>
    private Dictionary<string, HashSet<int>> DelegationMembers(out Dictionary<string, int> leaders, out HashSet<string> ledBy)
    {
        var members = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        var withHead = new HashSet<string>(StringComparer.Ordinal);
        leaders = found;
        ledBy = withHead;
        for (var i = 0; i < context.Tokens.Count; i++)
        {
            var word = context.Tokens[i].Norm is "والوفد" ? "الوفد" : context.Tokens[i].Norm;
            // "Rubio and Lavrov led their delegations": each heads his own state's.
            if (word == "delegations" && context.At(i - 1)?.Norm == "their" && context.At(i - 2)?.Norm is "led" or "headed")
            {
                foreach (var lead in ClauseSubject(i - 2).Where(p => p.Country is not null))
                {
                    found.TryAdd(lead.Country!, lead.Person);
                }
                continue;
            }
            // "the American side", "the Russian team", «الجانب القطري» stand for a delegation only with their state.
            var side = word is "side" or "team" && countries.Any(c => c.End == i && Attributive(c))
                || word is "الجانب" && countries.Any(c => c.Start == i + 1 && c.IsNationality);
            if (word is not ("الوفد" or "delegation" or "وفد" or "وفدا") && !side)
            {
                continue;
            }
            Delegation(i, word, side, members, found, withHead);
        }
        return members;
    }

    /// <summary>
    /// The delegation word at <paramref name="i"/>: its state, its head (into <paramref name="found"/>, and the state into
    /// <paramref name="withHead"/> when the head is named after the word) and its members.
    /// </summary>
    private void Delegation(int i, string word, bool side, Dictionary<string, HashSet<int>> members, Dictionary<string, int> found, HashSet<string> withHead)
    {
        var code = StatesOfDelegation(i, Math.Min(i + 6, SentenceEnd(i))).FirstOrDefault();
        // "Rubio and Waltz led the American side", "Medinsky headed the Russian team": the subject before the verb.
        if (code is not null && LedBefore(i) is { } verb)
        {
            foreach (var lead in ClauseSubject(verb))
            {
                found.TryAdd(code, lead.Person);
                AddMember(code, lead.Person);
            }
        }
        // «استقبل ... الرئيس السوري أحمد الشرع والوفد المرافق له», «… توم باراك، والوفد المرافق له», after his posts too
        // («… رئيس هيئة الأركان بقوة دفاع البحرين، والوفد المرافق له»): the delegation with him is his state's.
        // «والوفد المرافق», «والوفد الرسمي المرافق»: "with him" may go unsaid.
        var after = context.At(i - 1)?.Text is "،" or "," ? i - 1 : i;
        var accompanying = context.At(i + 1)?.Norm is "الرسمي" or "الرفيع" ? i + 2 : i + 1;
        if (code is null && context.At(accompanying)?.Norm is "المرافق" or "المرافقه"
            && persons.LastOrDefault(p => (p.End == after || after > 0 && p.Posts.Any(post => post.Span.End == context.Tokens[after - 1].End)) && p.Person >= 0 && p.Country is not null) is { Country: { } state } with)
        {
            code = state;
            found.TryAdd(state, with.Person);
        }
        // "received … Prime Minister Jafar Hassan and his accompanying delegation": the delegation with him is his state's.
        if (code is null && word == "delegation" && CompanionOf(i) is { Country: { } own } companion)
        {
            code = own;
            found.TryAdd(own, companion.Person);
        }
        // «على رأس وفد يضم ...», "at the head of a delegation": the delegation is the head's state.
        // An indefinite «وفد» has members only where the text lists them: «وفدا قطريا رسميا برئاسة ...», «وفد يضم ...».
        // «وفدا من مجلس الشيوخ الأمريكي برئاسة …»: the head may come after the body the delegation is from.
        var listed = Enumerable.Range(i + 1, 7).TakeWhile(k => context.SameSentence(i, k) && !ClauseBreakBetween(i, k) && !persons.Any(p => p.Start == k && !p.IsTitleOnly))
            .Any(k => context.At(k)?.Norm is "يضم" or "ضم" or "برياسه" or "يتقدمه" or "يراسه" or "يقوده" or "led" or "headed" or "including")
            || side && context.At(i + 1)?.Norm == "by";
        if (code is null && HeadedBefore(i) && HeadOf(i) is { } headOfTrip && StateOf(headOfTrip) is { } headState)
        {
            code = headState;
            // «على رأس وفد رفيع المستوى», "at the head of an official delegation": a delegation the text does not list
            // goes with its head to the trip's encounters.
            if (!listed)
            {
                found.TryAdd(headState, headOfTrip.Person);
            }
        }
        if (code is null || word is "وفد" or "وفدا" && !listed && context.At(i - 1)?.Norm != "راس")
        {
            return;
        }
        // "a Syrian delegation led by Foreign Minister Asaad al-Shibani": its head takes it to his encounters on the trip.
        if (LedBy(i) is [var first, ..] && found.TryAdd(code, first.Person))
        {
            withHead.Add(code);
        }
        var sentence = context.Tokens[i].Sentence;
        for (var k = i + 1; k < i + 4 && context.SameSentence(i, k); k++)
        {
            if (context.At(k)?.Norm is "المرافق" or "المرافقه" or "accompanying"
                && persons.FirstOrDefault(p => p.Start == k + 1 && p.Person >= 0) is { } leader)
            {
                found[code] = leader.Person;
            }
        }
        // «ترأس الوفد المصري فلان»: the head of the delegation takes it to his encounters.
        var stop = MembersEnd(i);
        if (context.At(i - 1)?.Forms[^1] is "ترأس" or "ترأس" or "يترأس" or "تراس" or "يتراس" or "headed" or "led"
            && persons.FirstOrDefault(p => p.Start > i && p.Start < stop && p.Sentence == sentence && p.Person >= 0 && !p.IsTitleOnly) is { } head)
        {
            found.TryAdd(code, head.Person);
            AddMember(code, head.Person);
        }
        // «على رأس وفد رسمي، حيث التقى رئيس مجلس النواب نبيه بري»: a delegation the text does not list has no members
        // beyond its head; the people named after it are whom it met ("at the head of a delegation, held talks with …"). Nor
        // has a side («الجانب الجورجي لم يكتف …»).
        if ((word is "وفد" or "وفدا" || word == "delegation" && HeadedBefore(i) || side) && !listed)
        {
            return;
        }
        foreach (var p in persons.Where(p => p.Sentence == sentence && p.Start > i && p.Start < stop && p.Person >= 0 && !p.IsTitleOnly && (p.Country is null || p.Country == code)))
        {
            AddMember(code, p.Person);
        }

        void AddMember(string code, int person)
        {
            if (!members.TryGetValue(code, out var set))
            {
                members[code] = set = [];
            }
            set.Add(person);
        }
    }

    /// <summary>
    /// Who heads the delegation at <paramref name="delegation"/>, named just after it: "a delegation led by Foreign Minister
    /// Asaad al-Shibani and Defence Minister Murhaf Abu Qasra", «وفدا قطريا برئاسة …»; none when no one is.
    /// </summary>
    private List<PersonMention> LedBy(int delegation)
    {
        var heads = new List<PersonMention>();
        for (var k = delegation + 1; k <= delegation + 3 && context.At(k) is { } t && context.SameSentence(delegation, k); k++)
        {
            var by = EnglishMentionFinder.LedBy(context, k + 2) ? k + 2 : t.Norm == "برياسه" ? k + 1 : -1;
            if (by < 0)
            {
                continue;
            }
            for (var head = Named(by); head is not null; head = context.At(head.End)?.Norm == "and" ? Named(head.End + 1) : null)
            {
                heads.Add(head);
            }
            break;
        }
        return heads;

        PersonMention? Named(int start) => persons.FirstOrDefault(p => p.Start == start && p.Person >= 0 && !p.IsTitleOnly);
    }

    /// <summary>"… and his accompanying delegation", "… and his delegation": the person named just before, with a state.</summary>
    private PersonMention? CompanionOf(int delegation)
    {
        var k = context.At(delegation - 1)?.Norm == "accompanying" ? delegation - 2 : delegation - 1;
        return context.At(k)?.Norm is "his" or "her" && context.At(k - 1)?.Norm == "and"
            ? persons.LastOrDefault(p => p.End == k - 1 && p.Person >= 0 && !p.IsTitleOnly && p.Country is not null)
            : null;
    }

    /// <summary>"led the American side", "headed the Ukrainian delegation": the verb before the delegation word, if any.</summary>
    private int? LedBefore(int delegation)
    {
        var k = delegation - 1;
        while (k >= 0 && (context.Tokens[k].Norm is "the" or "a" or "an" || countries.Any(c => c.End == k + 1 && c.Start <= k && Attributive(c))))
        {
            k--;
        }
        return k >= 0 && k < delegation - 1 && context.Tokens[k].Norm is "led" or "headed" && context.SameSentence(k, delegation) ? k : null;
    }

    /// <summary>
    /// Who is the subject of the English verb at <paramref name="verb"/>: the first person of its clause and those joined to
    /// him by "and" ("Rubio and Waltz led …"), not a person in apposition ("Medinsky, an aide to President Putin, headed …").
    /// </summary>
    private List<PersonMention> ClauseSubject(int verb)
    {
        var inClause = persons.Where(p => p.Sentence == context.Tokens[verb].Sentence && p.End <= verb && p.Person >= 0 && !p.IsTitleOnly
            && !ClauseBreakBetween(p.End, verb)).OrderBy(p => p.Start).ToList();
        var subject = new List<PersonMention>();
        foreach (var p in inClause)
        {
            if (subject.Count == 0 || context.At(p.Start - 1)?.Norm == "and" && subject[^1].End == p.Start - 1)
            {
                subject.Add(p);
            }
        }
        return subject;
    }

    /// <summary>
    /// Where the members named after the delegation word at <paramref name="delegation"/> end: at another delegation
    /// («… ويتكوف، فيما ترأس الوفد الإيراني عباس عراقجي») or a clause that opens after a comma, else at the sentence's end.
    /// </summary>
    private int MembersEnd(int delegation)
    {
        for (var k = delegation + 1; context.At(k) is { } t && context.SameSentence(delegation, k); k++)
        {
            // «، بحضور …», "in the presence of": the hosts who attended, not the delegation.
            if (t.Norm is "الوفد" or "والوفد" or "وفد" or "الجانب" or "delegation" or "side" or "بحضور" or "وبحضور" or "presence"
                || t.Text is "،" or "," && context.At(k + 1) is { } next && ClauseOpeners.Contains(next.Norm) && !TextContext.IsRelativePronoun(next))
            {
                return k;
            }
        }
        return int.MaxValue;
    }

    /// <summary>
    /// Who heads the delegation at <paramref name="delegation"/>: the person a relative clause («الذي يزور … على رأس وفد»,
    /// "who arrived at the head of a delegation") is about, else the sentence's first person, its subject
    /// («بحث فلان مع نظيره … خلال زيارة يقوم بها على رأس وفد»).
    /// </summary>
    private PersonMention? HeadOf(int delegation)
    {
        var before = persons.Where(p => p.Start < delegation && p.Sentence == context.Tokens[delegation].Sentence && p.Person >= 0 && !p.IsTitleOnly).ToList();
        if (before.Count == 0)
        {
            return null;
        }
        var last = before[^1];
        var relative = Enumerable.Range(last.End, Math.Max(0, delegation - last.End)).Any(k => TextContext.IsRelativePronoun(context.Tokens[k]));
        return relative ? last : before[0];
    }

    // "Salam, who arrived … at the head of a delegation": a person named again by surname has the state his first mention gave.
    private string? StateOf(PersonMention p) => p.Country ?? persons.FirstOrDefault(o => o.Person == p.Person && o.Country is not null)?.Country;

    // Words between "at the head of" and "delegation": "a", "an official", "a high-level".
    private static readonly HashSet<string> DelegationModifiers = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "his", "her", "official", "high-level", "high", "level", "large", "senior", "ministerial", "government", "governmental",
        "military", "security", "defense", "defence", "parliamentary", "economic", "trade", "business",
    };

    /// <summary>«على رأس وفد», "at the head of (an official) delegation", "led a delegation": the delegation has a head before it.</summary>
    private bool HeadedBefore(int delegation)
    {
        for (var k = delegation - 1; k >= delegation - 4 && context.At(k) is { } t && context.SameSentence(k, delegation); k--)
        {
            if (t.Norm is "راس" or "head" or "of" or "led")
            {
                return true;
            }
            if (!DelegationModifiers.Contains(t.Norm) && t.Text != "-")
            {
                return false;
            }
        }
        return false;
    }

    private IEnumerable<string> Delegations(int from, int to, bool sameClause = false)
    {
        // «اجتماع ...، التي ترأس الوفد المصري فيها ...»: a delegation in another clause is another encounter's. A token
        // after any clause opening, an aside's too before it closes, is in another clause: the first opening ends the search.
        if (sameClause && ClauseOpening(from, to, skipAsides: false).At is var opening and >= 0)
        {
            to = opening + 1;
        }
        for (var i = from; i < to && i < context.Tokens.Count; i++)
        {
            var t = context.Tokens[i];
            // "a representative of the United Arab Emirates"; not a post's "Special Representative for Iraq".
            var isDelegation = IsDelegationWord(t) || t.Norm is "representative" && context.At(i - 1)?.Norm is "a" or "an"
                // "met Israeli officials": officials of a state, unnamed, are its delegation; not "…, Lebanese officials said",
                // who are only a source.
                || t.Norm is "officials" or "negotiators" && countries.Any(c => c.End == i && Attributive(c))
                   && context.At(i + 1)?.Norm is not ("said" or "say" or "says" or "told" or "added");
            if (!isDelegation)
            {
                continue;
            }
            foreach (var code in StatesOfDelegation(i, to))
            {
                yield return code;
            }
        }
    }

    /// <summary>
    /// The delegations that are the subject of the trigger at <paramref name="trigger"/>, in its clause with no person
    /// between: «عقد وفدا الولايات المتحدة وإيران … جولة من المحادثات», "Qatari and Egyptian delegations held a meeting",
    /// "Senior Russian and American officials met".
    /// </summary>
    private IReadOnlyList<string> SubjectDelegations(int trigger)
    {
        // The clause's start: past the last break before the trigger, looked for once.
        var from = Math.Max(0, trigger - 10);
        for (var cut = ClauseBreakAt(from, trigger); cut >= 0; cut = ClauseBreakAt(cut + 1, trigger))
        {
            from = cut + 1;
        }
        for (var k = trigger - 1; k >= from && context.SameSentence(k, trigger); k--)
        {
            // «أجرى وفد موريتاني يقوده وزير الشؤون الخارجية … مباحثات»: the delegation's head does not hide it.
            if (NamedAt(k))
            {
                break;
            }
            var t = context.Tokens[k];
            if (IsDelegationWord(t) || t.Norm is "officials" or "negotiators" && countries.Any(c => c.End == k && Attributive(c)))
            {
                return StatesOfDelegation(k, trigger);
            }
        }
        return Array.Empty<string>();
    }

    /// <summary>
    /// "Iran and the United States held a fourth round of talks", «عقدت إيران والولايات المتحدة جولة من المحادثات»: states
    /// named as the subject of the verb that holds the talks at <paramref name="trigger"/> took part through their delegations.
    /// </summary>
    private IReadOnlyList<string> SubjectStates(int trigger)
    {
        var states = new List<CountryMention>();
        foreach (var c in countries.Where(c => c.End <= trigger && c.Start >= trigger - 14 && !c.IsNationality && !c.IsCity && context.SameSentence(c.Start, trigger)))
        {
            // Each state after the one before it, joined by "and" (and "the") or a «و» glued to it.
            if (states.Count > 0 && !(c.Start == states[^1].End && context.Tokens[c.Start].Norm.StartsWith('و')
                || c.Start > states[^1].End && c.Start <= states[^1].End + 2 && context.Tokens[states[^1].End].Norm == "and"
                   && Enumerable.Range(states[^1].End, c.Start - states[^1].End).All(k => context.Tokens[k].Norm is "and" or "the")))
            {
                states.Clear();
            }
            states.Add(c);
        }
        if (states.Count < 2 || persons.Any(p => p.Person >= 0 && p.Start >= states[^1].End && p.Start < trigger))
        {
            return Array.Empty<string>();
        }
        var verbAfter = context.At(states[^1].End)?.Norm is "held" or "hold" or "holds" or "began" or "opened" or "resumed" or "concluded" or "wrapped";
        var verbBefore = context.At(states[0].Start - 1)?.Forms[^1] is "عقدت" or "تعقد" or "اجرت" or "تجري" or "اختتمت" or "استانفت" or "بدات";
        return verbAfter || verbBefore ? [.. states.Select(c => c.Code).Distinct()] : Array.Empty<string>();
    }

    // A token inside the name of a person who does not head a delegation; marked once for the article, not asked of
    // every person at every token.
    private bool NamedAt(int k)
    {
        if (_named is null)
        {
            _named = new bool[context.Tokens.Count];
            foreach (var p in persons)
            {
                if (p.Person >= 0 && !Heads(p))
                {
                    for (var i = Math.Max(0, p.Start); i < p.End && i < _named.Length; i++)
                    {
                        _named[i] = true;
                    }
                }
            }
        }
        return k >= 0 && k < _named.Length && _named[k];
    }

    private bool[]? _named;

    private bool Heads(PersonMention p) =>
        context.At(p.Start - 1) is { } before && ArabicMentionFinder.HeadedByWords.Contains(before.Norm) || EnglishMentionFinder.LedBy(context, p.Start);

    // "Qatari", and a state's short name used as one ("U.S. and Ukrainian officials", "the UK delegation").
    private bool Attributive(CountryMention c) =>
        c.IsNationality || !c.IsCity && context.Tokens[c.Start] is { IsLatin: true, IsInCapitals: true };

    // «وفد», «وفدا» (also the dual before its states: «وفدا روسيا وأوكرانيا»), «الوفدان», "delegation(s)"; not «الوفود»,
    // delegations in general («الوفود التي زارت المنطقة»).
    private static bool IsDelegationWord(Token t) =>
        t.Norm is "delegation" or "delegations" || t.Forms.Any(f => f is "وفد" or "وفدا" or "الوفد" or "الوفدان" or "الوفدين" or "وفدي" or "وفدان" or "وفدين");

    /// <summary>
    /// The states of the delegation word at <paramref name="i"/>, named before <paramref name="to"/>: «وفد قطري», «وفدا من
    /// دولة قطر», "a Qatari delegation", "Ukraine's delegation", and the states joined by "and" of several delegations
    /// ("Ukrainian and Russian delegations", «الوفدان الأمريكي والأوكراني», «وفدا الولايات المتحدة وإيران»).
    /// </summary>
    private List<string> StatesOfDelegation(int i, int to)
    {
        var states = new List<string>();
        // "Turkish and Syrian military delegations": a kind of delegation between the states and the word.
        var kinded = context.At(i - 1)?.Norm is "military" or "security" or "technical" or "government" or "governmental" or "official" or "trade" or "parliamentary" or "economic"
            or "congressional" or "ministerial" or "business";
        // «محمد شياع السوداني والوفد المرافق له»: a nisba that closes a name («السوداني», al-Sudani) is no state's.
        var before = countries.FirstOrDefault(c => c.End == (kinded ? i - 1 : i) && Attributive(c) && !InName(c))
            ?? countries.FirstOrDefault(c => c.End == i - 2 && !c.IsCity && context.Tokens[i - 2].Text is "'" or "’" && context.Tokens[i - 1].Norm == "s");
        if (before is not null)
        {
            states.Add(before.Code);
            // "Ukrainian and Russian delegations"
            for (var c = before; context.At(c.Start - 1)?.Norm == "and" && countries.FirstOrDefault(n => n.End == c.Start - 1 && Attributive(n)) is { } n; c = n)
            {
                states.Insert(0, n.Code);
            }
            return states;
        }
        // «والتقى الوفد وزير الدفاع التركي»: not the nationality in the post of someone the delegation met.
        var after = countries.FirstOrDefault(c => c.Start > i && c.Start <= i + 5 && c.End <= to && !c.IsCity && context.SameSentence(i, c.Start)
            && !persons.Any(p => !p.IsTitleOnly && p.Start <= c.Start && c.End <= p.End));
        if (after is null)
        {
            // "Prime Minister Nawaf Salam, who met the delegation separately": "the delegation" of no state named is the
            // one delegation of a state the article told of before.
            if (context.Tokens[i].Norm == "delegation" && context.At(i - 1)?.Norm == "the"
                && Enumerable.Range(0, i).Where(k => context.Tokens[k].Norm == "delegation" && context.At(k - 1)?.Norm != "the")
                    .SelectMany(k => StatesOfDelegation(k, Math.Min(k + 6, SentenceEnd(k)))).Distinct().ToList() is [var earlier])
            {
                states.Add(earlier);
            }
            return states;
        }
        states.Add(after.Code);
        // The next state follows at once, glued to «و» («وإيران», «والأوكراني») or after "and" or "and the".
        for (var c = after; countries.FirstOrDefault(n => !n.IsCity && n.Start > c.End - 1 && n.Start <= c.End + 2 && n.End <= to && Joined(c.End, n.Start)) is { } n; c = n)
        {
            states.Add(n.Code);
        }
        return states;

        bool Joined(int end, int next) =>
            next == end ? context.Tokens[next].Norm.StartsWith('و')
            : Enumerable.Range(end, next - end).All(k => context.Tokens[k].Norm is "and" or "the" or "و") && context.Tokens[end].Norm is "and" or "و";
    }
}
