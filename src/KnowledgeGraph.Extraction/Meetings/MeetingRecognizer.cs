using KnowledgeGraph.Domain;
using KnowledgeGraph.Extraction.Dates;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Recognition;

namespace KnowledgeGraph.Extraction.Meetings;

/// <summary>
/// Turns trigger words into meetings: who took part (the subject of the sentence and the people the trigger
/// reaches), which delegations, when and where; then merges the sentences that report the same encounter.
/// </summary>
public sealed class MeetingRecognizer(
    TextContext context,
    IReadOnlyList<PersonMention> persons,
    IReadOnlyList<CountryMention> countries,
    IReadOnlyList<DateMention> dates)
{
    private static readonly HashSet<string> NotParticipantBefore = new(StringComparer.Ordinal)
    {
        "نظام", "بنظام", "عهد", "حكم", "regime", "late", "former",
    };

    public List<MeetingDraft> Find(out Dictionary<string, HashSet<int>> delegationMembers)
    {
        // A headline compresses the story («الصفدي والخليفي في دمشق للقاء الشرع»): the body reports the encounters.
        var headline = Headline();
        var triggers = TriggerLexicon.Find(context).Where(t => !TriggerLexicon.IsNotHappened(context, t) && context.Tokens[t.Start].Sentence != headline).ToList();
        var drafts = new List<MeetingDraft>();
        var lead = dates.FirstOrDefault(d => !IsDateline(d))?.Date ?? (dates.Count > 0 ? dates[0].Date : null);
        var dateline = Dateline();
        List<int>? separateSubject = null;
        foreach (var sentence in triggers.GroupBy(t => context.Tokens[t.Start].Sentence))
        {
            var inSentence = sentence.ToList();
            var people = persons.Where(p => p.Sentence == sentence.Key && p.Person >= 0 && !Excluded(p)).ToList();
            var subject = people.Where(p => p.Start < inSentence[0].Start && !ClauseBreakBetween(p.End, inSentence[0].Start)).Select(p => p.Person).ToList();
            var separate = SaysSeparate(inSentence[0].Start);
            // «وشملت اللقاءات فلاناً وفلاناً»: the separate meetings announced in the sentence before, now named.
            if (subject.Count == 0 && separateSubject is not null && inSentence.Any(t => context.Tokens[t.Start].Norm is "اللقاءات" or "meetings"))
            {
                subject = separateSubject;
                separate = true;
            }
            separateSubject = separate ? subject : null;
            var separateHosts = separate && subject.Count == 0;
            // «وحضر اللقاء فلان», "X hosted the talks, and Y joined by telephone": more participants of the meeting just reported.
            var references = inSentence.Where(IsReference).ToList();
            if (drafts.Count > 0 && Attendance(sentence.Key)
                && inSentence.All(t => IsReference(t) || references.Any(r => r.Start > t.Start && r.Start - t.End <= 2)))
            {
                drafts[^1].Participants.UnionWith(people.Select(p => p.Person));
                continue;
            }
            // The triggers of a sentence report one encounter («وصل ... في زيارة ... وكان في استقباله», «أجرى زيارة ...
            // التقى خلالها»), unless a new clause reaches other people ("met Mikati ..., and held separate talks with ...").
            MeetingDraft? current = null;
            var currentReached = new List<int>();
            var previousEnd = 0;
            for (var k = 0; k < inSentence.Count; k++)
            {
                var trigger = inSentence[k];
                var segmentEnd = k + 1 < inSentence.Count ? inSentence[k + 1].Start : int.MaxValue;
                // «... مصطفى مدبولي خلال زيارته»: the possessor of the next trip noun belongs to that trip, not to this trigger.
                if (k + 1 < inSentence.Count && Visitor(inSentence[k + 1], people) is { } nextVisitor && nextVisitor.Start > trigger.Start)
                {
                    segmentEnd = nextVisitor.Start;
                }
                var reached = people.Where(p => p.Start >= trigger.Start && p.Start < segmentEnd).Select(p => p.Person).ToList();
                if (reached.Count == 0 && Visitor(trigger, people) is { } visitor)
                {
                    reached.Add(visitor.Person);
                }
                // A new trip («... التي ترأس الوفد فيها فلان خلال زيارته إلى عمّان») is its own encounter.
                var newTrip = trigger.Kind == MeetingKind.Visit && current?.Kind != MeetingKind.Visit;
                if (current is not null && (current.Participants.Count >= 2 || newTrip) && ClauseBreakBetween(previousEnd, trigger.Start)
                    && reached.Any(r => !current.Participants.Contains(r)))
                {
                    // «زار فلان ...، والتقى ...»: the second verb shares the first one's subject.
                    var verbSubject = subject.Count == 0 && currentReached.Count > 0 && !newTrip ? currentReached[0] : -1;
                    Finish(current, currentReached);
                    current = null;
                    if (verbSubject >= 0)
                    {
                        reached.Insert(0, verbSubject);
                    }
                }
                if (current is null)
                {
                    current = new MeetingDraft { Kind = trigger.Kind, Evidence = SentenceSpan(trigger.Start), Separate = separate, FromReference = true };
                    currentReached = [];
                }
                current.FromReference &= IsReference(trigger);
                if (trigger.Kind == MeetingKind.Call || trigger.Kind == MeetingKind.Visit && current.Kind == MeetingKind.Meeting)
                {
                    current.Kind = trigger.Kind;
                }
                current.Participants.UnionWith(subject);
                current.Participants.UnionWith(reached);
                currentReached.AddRange(reached);
                foreach (var code in Delegations(trigger.Start, Math.Min(segmentEnd, SentenceEnd(trigger.Start)), sameClause: true))
                {
                    current.Delegations.Add(code);
                }
                Place(current, trigger, segmentEnd);
                current.Date ??= DateNear(trigger.Start);
                // «مؤخراً», "recently": the text says it is not giving the date.
                current.Undated |= Enumerable.Range(trigger.Start - 4, 8).Any(k => context.SameSentence(trigger.Start, k) && context.At(k)?.Norm is "موخرا" or "recently" or "earlier");
                previousEnd = trigger.End;
            }
            if (current is not null)
            {
                Finish(current, currentReached);
            }

            void Finish(MeetingDraft draft, List<int> reachedByDraft)
            {
                // «استقبل فلان ... سفراء أربع دول، كلاً على حدة»: who held the separate meetings, named in the next sentence.
                if (separateHosts && reachedByDraft.Count > 0)
                {
                    separateSubject = reachedByDraft;
                }
                // «لقاءين منفصلين», «كلاً على حدة», "separately": one meeting with each person the trigger reaches.
                var others = reachedByDraft.Distinct().Where(r => !subject.Contains(r)).ToList();
                if (separate && others.Count >= 2)
                {
                    foreach (var other in others)
                    {
                        var single = new MeetingDraft { Kind = draft.Kind, Evidence = draft.Evidence, Separate = true, Date = draft.Date, City = draft.City, Country = draft.Country };
                        single.Participants.UnionWith(subject);
                        single.Participants.Add(other);
                        drafts.Add(single);
                    }
                    return;
                }
                drafts.Add(draft);
            }
        }
        AttendeesWithoutTrigger(drafts, triggers);
        foreach (var draft in drafts.Where(d => d.Date is null && lead is not null && !d.Undated))
        {
            draft.Date = lead;
            draft.DateInferred = true;
        }
        foreach (var draft in drafts)
        {
            if (draft.Kind == MeetingKind.Call)
            {
                draft.City = null;
                draft.Country = null;
            }
            else if (draft.City is null && draft.Country is null && dateline is not null)
            {
                draft.City = dateline.CityEn;
                draft.Country = dateline.Code;
            }
        }
        Companions(drafts);
        delegationMembers = DelegationMembers(out var leaders);
        // «الوفد المرافق لأمير الكويت»: the delegation travels with its leader to every encounter of the trip.
        foreach (var (code, leader) in leaders)
        {
            foreach (var draft in drafts.Where(d => d.Participants.Contains(leader) && d.Country != code))
            {
                draft.Delegations.Add(code);
            }
        }
        foreach (var draft in drafts)
        {
            foreach (var code in draft.Delegations.ToList())
            {
                if (delegationMembers.TryGetValue(code, out var members))
                {
                    draft.Participants.UnionWith(members);
                }
            }
        }
        var merged = Merge(drafts);
        return [.. merged.Where(d => d.Size >= 2 || (d.Kind == MeetingKind.Visit && d.Participants.Count == 1 && d.Country is not null))];
    }

    /// <summary>
    /// «ورافق الشرع في الزيارة وزير الخارجية», «يرافقه وزير الخارجية», "accompanied by": who travels with the visitor
    /// takes part in the encounters of the trip.
    /// </summary>
    private void Companions(List<MeetingDraft> drafts)
    {
        foreach (var verb in context.Tokens.Where(t => t.IsWord && (t.Forms.Contains("رافق") || t.Forms[^1] is "يرافقه" or "يرافقها" or "برفقه" or "بمرافقه" || t.Norm == "accompanied")))
        {
            var inSentence = persons.Where(p => p.Sentence == verb.Sentence && p.Person >= 0).ToList();
            var before = inSentence.LastOrDefault(p => p.Start < verb.Index);
            var after = inSentence.Where(p => p.Start > verb.Index).ToList();
            var (leader, companions) = verb.Forms.Contains("رافق") && after.Count >= 2
                ? (after[0].Person, after.Skip(1).Select(p => p.Person).ToList())
                : (before?.Person ?? -1, after.Select(p => p.Person).ToList());
            if (leader < 0 || companions.Count == 0)
            {
                continue;
            }
            foreach (var draft in drafts.Where(d => d.Kind == MeetingKind.Visit && d.Participants.Contains(leader)))
            {
                draft.Participants.UnionWith(companions.Where(c => c != leader));
            }
        }
    }

    private static readonly HashSet<string> AttendanceWords = new(StringComparer.Ordinal)
    {
        "حضر", "وحضر", "شارك", "وشارك", "وانضم", "انضم", "attended", "joined", "hosted", "attending", "accompanied",
    };

    private bool Attendance(int sentence) =>
        context.Tokens.Any(t => t.Sentence == sentence && AttendanceWords.Contains(t.Norm));

    /// <summary>"Rubio, Prince Faisal and al-Shaibani also attended.": a sentence right after a meeting that only adds who was there.</summary>
    private void AttendeesWithoutTrigger(List<MeetingDraft> drafts, List<Trigger> triggers)
    {
        var withTriggers = triggers.Select(t => context.Tokens[t.Start].Sentence).ToHashSet();
        foreach (var group in persons.Where(p => p.Person >= 0).GroupBy(p => p.Sentence))
        {
            if (withTriggers.Contains(group.Key) || !Attendance(group.Key))
            {
                continue;
            }
            // The meeting reported in the sentence before (or the one before that).
            var previous = drafts.LastOrDefault(d => d.Evidence.End <= context.Tokens.First(t => t.Sentence == group.Key).Start
                && SentenceOf(d.Evidence.End) >= group.Key - 2);
            previous?.Participants.UnionWith(group.Select(p => p.Person));
        }
    }

    private int SentenceOf(int offset) => context.Tokens.LastOrDefault(t => t.End <= offset)?.Sentence ?? 0;

    private bool Excluded(PersonMention p) =>
        context.At(p.Start - 1) is { } before && NotParticipantBefore.Contains(before.Norm);

    private static List<MeetingDraft> Merge(List<MeetingDraft> drafts)
    {
        var result = new List<MeetingDraft>();
        foreach (var draft in drafts.Where(d => d.Size > 0))
        {
            // A date the sentence does not state (the article's lead date) does not keep two reports apart.
            var same = result.FirstOrDefault(r => r.Overlap(draft) >= 0.5
                && (r.Date is null || draft.Date is null || r.DateInferred || draft.DateInferred || r.Date.Value.Agrees(draft.Date.Value))
                && (r.Kind == draft.Kind || r.Kind != MeetingKind.Call && draft.Kind != MeetingKind.Call));
            if (same is null)
            {
                // A reference keeps a meeting of its own only when it says who took part ("The joint meeting ... brought together A, B and C").
                if (!draft.FromReference || draft.Participants.Count >= 3)
                {
                    result.Add(draft);
                }
                continue;
            }
            same.Participants.UnionWith(draft.Participants);
            same.Delegations.UnionWith(draft.Delegations);
            if (draft.Date is { } d && (same.Date is null || same.DateInferred && !draft.DateInferred || d.Precision < same.Date.Value.Precision && !draft.DateInferred))
            {
                same.Date = d;
                same.DateInferred = draft.DateInferred;
            }
            // A city and its state come together: a named city beats a state guessed from a destination.
            if (same.City is null && draft.City is not null)
            {
                (same.City, same.Country) = (draft.City, draft.Country);
            }
            same.Country ??= draft.Country;
            if (draft.Kind == MeetingKind.Visit)
            {
                same.Kind = MeetingKind.Visit;
            }
        }
        return result;
    }

    /// <summary>Members named for a delegation («ترأس الوفد القطري ...», "the Qatari delegation included ...").</summary>
    private Dictionary<string, HashSet<int>> DelegationMembers(out Dictionary<string, int> leaders)
    {
        var members = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        leaders = found;
        for (var i = 0; i < context.Tokens.Count; i++)
        {
            var word = context.Tokens[i].Norm;
            if (word is not ("الوفد" or "delegation" or "وفد" or "وفدا"))
            {
                continue;
            }
            var code = Delegations(i, Math.Min(i + 6, SentenceEnd(i))).FirstOrDefault();
            // «على رأس وفد يضم ...», "at the head of a delegation": the delegation is the head's state.
            if (code is null && context.At(i - 1)?.Norm is "راس" or "head" or "of" or "led")
            {
                code = persons.LastOrDefault(p => p.Start < i && p.Sentence == context.Tokens[i].Sentence && p.Person >= 0 && p.Country is not null)?.Country;
            }
            // An indefinite «وفد» has members only where the text lists them: «وفدا قطريا رسميا برئاسة ...», «وفد يضم ...».
            var listed = Enumerable.Range(i + 1, 3).Any(k => context.SameSentence(i, k) && context.At(k)?.Norm is "يضم" or "ضم" or "برياسه" or "يتقدمه" or "يراسه" or "led" or "headed" or "including");
            if (code is null || word is "وفد" or "وفدا" && !listed && context.At(i - 1)?.Norm != "راس")
            {
                continue;
            }
            if (code is null)
            {
                continue;
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
            if (context.At(i - 1)?.Forms[^1] is "ترأس" or "ترأس" or "يترأس" or "تراس" or "يتراس" or "headed" or "led"
                && persons.FirstOrDefault(p => p.Start > i && p.Sentence == sentence && p.Person >= 0 && !p.IsTitleOnly) is { } head)
            {
                found.TryAdd(code, head.Person);
            }
            foreach (var p in persons.Where(p => p.Sentence == sentence && p.Start > i && p.Person >= 0 && !p.IsTitleOnly && (p.Country is null || p.Country == code)))
            {
                if (!members.TryGetValue(code, out var set))
                {
                    members[code] = set = [];
                }
                set.Add(p.Person);
            }
        }
        return members;
    }

    private IEnumerable<string> Delegations(int from, int to, bool sameClause = false)
    {
        for (var i = from; i < to && i < context.Tokens.Count; i++)
        {
            var t = context.Tokens[i];
            // «اجتماع ...، التي ترأس الوفد المصري فيها ...»: a delegation in another clause is another encounter's.
            if (sameClause && ClauseBreakBetween(from, i))
            {
                yield break;
            }
            var isDelegation = t.Norm is "delegation" or "representative" || t.Forms.Any(f => f is "وفد" or "وفدا" or "الوفد");
            if (!isDelegation)
            {
                continue;
            }
            // «وفد قطري», «وفدا من دولة قطر», "a Qatari delegation", "a representative of the United Arab Emirates".
            var after = countries.FirstOrDefault(c => c.Start > i && c.Start <= i + 5 && !c.IsCity && context.SameSentence(i, c.Start));
            var before = countries.FirstOrDefault(c => c.End == i && c.IsNationality);
            if (before is not null)
            {
                yield return before.Code;
            }
            else if (after is not null)
            {
                yield return after.Code;
            }
        }
    }

    private void Place(MeetingDraft draft, Trigger trigger, int segmentEnd)
    {
        if (draft.City is not null)
        {
            return;
        }
        var sentence = context.Tokens[trigger.Start].Sentence;
        var inSentence = countries.Where(c => context.Tokens[c.Start].Sentence == sentence).ToList();
        var city = inSentence.Where(c => c.IsCity).OrderBy(c => c.Start < trigger.Start ? 1 : 0).FirstOrDefault()
            ?? CapitalPhrase(inSentence);
        if (city is not null)
        {
            draft.City = city.CityEn;
            draft.Country = city.Code;
            return;
        }
        if (draft.Kind == MeetingKind.Visit || trigger.Kind == MeetingKind.Visit)
        {
            // "his U.S. visit", «زيارته إلى قطر»: the state next to the trip.
            var destination = inSentence.FirstOrDefault(c => c.End == trigger.Start && trigger.Kind == MeetingKind.Visit)
                ?? inSentence.FirstOrDefault(c => c.Start > trigger.Start && c.Start < segmentEnd && !c.IsNationality);
            draft.Country ??= destination?.Code;
        }
    }

    /// <summary>«في العاصمة البحرينية»: the capital of the state the adjective names.</summary>
    private CountryMention? CapitalPhrase(List<CountryMention> inSentence)
    {
        foreach (var c in inSentence.Where(c => c.IsNationality))
        {
            if (context.At(c.Start - 1) is { } before && before.Forms.Contains("العاصمه")
                && context.Gazetteer.Countries.TryGetValue(c.Code, out var country) && country.CapitalEn is not null)
            {
                return new CountryMention(c.Start, c.End, c.Code, PlaceKind.Capital, country.CapitalEn);
            }
        }
        return null;
    }

    private CountryMention? Dateline()
    {
        // "AMMAN, Nov 5 –" or «المنامة –»: a city that opens a paragraph, followed by a dash or comma.
        foreach (var c in countries.Where(c => !c.IsNationality))
        {
            var first = c.Start == 0 || context.Tokens[c.Start - 1].Sentence != context.Tokens[c.Start].Sentence;
            if (first && context.At(c.End)?.Text is "–" or "-" or "—" or "," or "،" or ":" or "(")
            {
                // "KUWAIT, Sept 15 –", «الكويت –»: a state named in the dateline stands for its capital.
                return c.IsCity ? c : context.Gazetteer.Countries.TryGetValue(c.Code, out var state) && state.CapitalEn is not null
                    ? c with { Place = PlaceKind.Capital, CityEn = state.CapitalEn }
                    : null;
            }
        }
        return null;
    }

    private PartialDate? DateNear(int trigger)
    {
        var sentence = context.Tokens[trigger].Sentence;
        var inSentence = dates.Where(d => context.Tokens[d.Start].Sentence == sentence).ToList();
        // "AMMAN, Nov 5 –": the dateline dates the report, not the encounter, when the sentence says more.
        if (inSentence.Count > 1)
        {
            inSentence.RemoveAll(IsDateline);
        }
        // «منذ توليه الرئاسة في يناير», "since January": the start of something else.
        inSentence.RemoveAll(d => Enumerable.Range(d.Start - 3, 3).Any(k => context.SameSentence(d.Start, k) && context.At(k)?.Norm is "منذ" or "since" or "until" or "حتي"));
        // «وفي 17 أبريل، أجرى ...»: a date that opens the sentence dates what the sentence reports.
        var opening = inSentence.FirstOrDefault(d => d.Start - SentenceStart(d.Start) <= 2);
        return opening?.Date ?? inSentence.OrderBy(d => Math.Abs(d.Start - trigger)).FirstOrDefault()?.Date;
    }

    /// <summary>The sentence of a first line set off by an empty line, or -1 when the text has no headline.</summary>
    private int Headline()
    {
        var firstBreak = context.Text.IndexOf('\n', StringComparison.Ordinal);
        if (firstBreak < 0 || context.Tokens.Count == 0 || context.Text.AsSpan(firstBreak).TrimStart(' ').Length < 2
            || !context.Text.AsSpan(firstBreak + 1).TrimStart(" \r").StartsWith("\n", StringComparison.Ordinal))
        {
            return -1;
        }
        // A headline is short and ends without a full stop; a first paragraph ("RIYADH, May 14 – ... on Wednesday.") is not one.
        var line = context.Text[..firstBreak].TrimEnd();
        if (line.EndsWith('.') || line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 25)
        {
            return -1;
        }
        return context.Tokens[0].End <= firstBreak ? context.Tokens[0].Sentence : -1;
    }

    private bool IsDateline(DateMention d) =>
        d.Start > 0 && context.At(d.Start - 1)?.Text is "," or "،" && countries.Any(c => c.End == d.Start - 1 && !c.IsNationality
            && (c.Start == 0 || context.Tokens[c.Start - 1].Sentence != context.Tokens[c.Start].Sentence));

    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
    {
        "الذي", "التي", "الذين", "اذ", "حيث", "بعد", "بعدما", "قبل", "فيما", "بينما", "and", "while", "who", "which", "after", "before", "as",
    };

    // A new clause between a person and the trigger: «فلان، إذ تأتي الزيارة ...», «فلان، وكان ...». Adverbials set off by
    // commas («فلان، أمس الثلاثاء في المنامة، لقاءين») do not break the clause.
    /// <summary>«زيارته», "his visit": the visitor is the person just before the noun.</summary>
    private PersonMention? Visitor(Trigger trigger, List<PersonMention> people) =>
        context.Tokens[trigger.Start].Forms[^1] is "زيارته" or "زيارتها" or "جولته" or "جولتها"
            ? people.LastOrDefault(p => p.End <= trigger.Start)
            : null;

    private bool ClauseBreakBetween(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (context.Tokens[k].Text is "؛" or ";" or ":")
            {
                return true;
            }
            if (context.Tokens[k].Text is "،" or "," && context.At(k + 1) is { IsWord: true } next
                && (ClauseOpeners.Contains(next.Norm) || next.Norm.Length > 3 && next.Norm[0] == 'و' && !context.IsGivenName(next)))
            {
                return true;
            }
        }
        return false;
    }

    private bool IsReference(Trigger trigger) =>
        context.At(trigger.Start - 1)?.Norm is "the" or "their" or "this" or "that" && context.Tokens[trigger.Start].Norm is "meeting" or "talks" or "visit" or "call"
        || context.Tokens[trigger.Start].Forms[^1] is "الزياره" or "اللقاء" or "اللقاءات" or "الاجتماع" or "المحادثات" or "المباحثات";

    private bool SaysSeparate(int trigger)
    {
        var sentence = context.Tokens[trigger].Sentence;
        return context.Tokens.Any(t => t.Sentence == sentence && t.Norm is "منفصلين" or "منفصل" or "منفصله" or "حده" or "separate" or "separately");
    }

    private TextSpan SentenceSpan(int token)
    {
        var sentence = context.Tokens[token].Sentence;
        var first = context.Tokens.First(t => t.Sentence == sentence);
        var last = context.Tokens.Last(t => t.Sentence == sentence);
        return new TextSpan(first.Start, last.End);
    }

    private int SentenceStart(int token)
    {
        var k = token;
        while (k > 0 && context.Tokens[k - 1].Sentence == context.Tokens[token].Sentence)
        {
            k--;
        }
        return k;
    }

    private int SentenceEnd(int token)
    {
        var sentence = context.Tokens[token].Sentence;
        var k = token;
        while (k < context.Tokens.Count && context.Tokens[k].Sentence == sentence)
        {
            k++;
        }
        return k;
    }
}
