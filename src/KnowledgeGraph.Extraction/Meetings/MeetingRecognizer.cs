using KnowledgeGraph.Domain;
using KnowledgeGraph.Extraction.Dates;
using KnowledgeGraph.Extraction.Recognition;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Meetings;

/// <summary>
/// Turns trigger words into meetings: who took part (the subject of the sentence and the people the trigger
/// reaches), which delegations, when and where; then merges the sentences that report the same encounter.
/// </summary>
public sealed partial class MeetingRecognizer(
    TextContext context,
    IReadOnlyList<PersonMention> persons,
    IReadOnlyList<CountryMention> countries,
    IReadOnlyList<DateMention> dates)
{
    public List<MeetingDraft> Find(out Dictionary<string, HashSet<int>> delegationMembers)
    {
        // A headline compresses the story («الصفدي والخليفي في دمشق للقاء الشرع»): the body reports the encounters.
        var headline = context.HeadlineSentence;
        var found = TriggerLexicon.Find(context).Where(t => context.Tokens[t.Start].Sentence != headline).ToList();
        var planned = found.Where(t => TriggerLexicon.IsNotHappened(context, t)).ToList();
        // «من المقرر أن يستقبل السيسي … في أول زيارة له إلى مصر»: a noun after a planned verb tells of the planned encounter.
        // A noun with its own named visitor («بعد أيام من زيارة الصفدي إلى دمشق») is another, reported encounter.
        var triggers = found.Where(t => !planned.Contains(t)
            && !(context.Tokens[t.Start].HasFormIn(EncounterNouns) && planned.Any(p => p.Start < t.Start && context.SameSentence(p.Start, t.Start))
                 && !persons.Any(p => p.Start == t.End && !p.IsTitleOnly))).ToList();
        triggers = [.. triggers.Concat(NextDays(triggers)).OrderBy(t => t.Start)];
        triggers.RemoveAll(t => JoinedByCall(t, triggers));
        var drafts = new List<MeetingDraft>();
        // Where a trigger's guest is "visiting" («الزائر»): the offsets of those triggers, whose encounters are visits, and
        // the guests so named, travellers.
        var visiting = new List<int>();
        var visitors = new List<PersonMention>();
        var lead = dates.FirstOrDefault(d => !IsDateline(d))?.Date ?? (dates.Count > 0 ? dates[0].Date : null);
        var dateline = Dateline();
        List<int>? separateSubject = null;
        List<int>? earlierSubject = null;
        var subjectSentence = -1;
        foreach (var sentence in triggers.GroupBy(t => context.Tokens[t.Start].Sentence))
        {
            var inSentence = sentence.ToList();
            // "Macron, who visited Beirut last week, spoke by phone with Aoun": the aside tells of another encounter than the verb
            // after it reports; «فيدان، الذي التقى …، إن المحادثات»: a noun that refers back reports none.
            if (inSentence.Count > 1)
            {
                // Never all of them: two asides may each hold what the other does not.
                var asides = inSentence.Where(t => inSentence.Any(u => u != t && !IsReference(u) && context.InAsideWithout(t.Start, u.Start))).ToList();
                if (asides.Count < inSentence.Count)
                {
                    // «استقبل الرئيس …، محمد المنفي، الذي يقوم بزيارة عمل إلى الجزائر»: the trip the guest is making frames the
                    // reception as a visit, and tells of no encounter of its own.
                    foreach (var trip in asides.Where(t => GuestsTrip(t, inSentence)))
                    {
                        FramedAsVisit(inSentence, trip, u => !asides.Contains(u));
                    }
                    inSentence.RemoveAll(asides.Contains);
                }
                // «التقى السوداني في طهران، أمس، الرئيس الإيراني …، خلال زيارته الرسمية إلى إيران»: the trip to a state named
                // frames the encounter as a visit, as does the trip of the sentence's subject ("… during a one-day visit").
                var trips = inSentence.Where(t => DuringTheTripOf(t, inSentence)).ToList();
                foreach (var trip in trips.Where(t => TripTo(t) is not null || SubjectDuringTrip(t) is not null))
                {
                    FramedAsVisit(inSentence, trip, u => u.Kind != MeetingKind.Visit);
                }
                inSentence.RemoveAll(trips.Contains);
            }
            // "received a visiting delegation of the U.S. Congress", «رئيس وزراء السنغال الزائر»: the guest is on a trip.
            for (var k = 0; k < inSentence.Count; k++)
            {
                if (inSentence[k].Kind == MeetingKind.Meeting && GuestVisiting(inSentence[k], k + 1 < inSentence.Count ? inSentence[k + 1].Start : int.MaxValue) is var word and >= 0)
                {
                    visiting.Add(context.Tokens[inSentence[k].Start].Start);
                    // "the visiting Jordanian Foreign Minister Ayman Safadi", «رئيس وزراء السنغال الزائر عثمان سونكو».
                    if (persons.FirstOrDefault(p => p.Person >= 0 && !p.IsTitleOnly && p.End > word && p.Start <= word + 3 && p.Sentence == sentence.Key) is { } guest)
                    {
                        visitors.Add(guest);
                    }
                    // "a visiting Syrian delegation led by …": those who head it.
                    else if (Enumerable.Range(word + 1, 3).FirstOrDefault(k => context.At(k) is { } t && IsDelegationWord(t)) is var delegation and > 0)
                    {
                        visitors.AddRange(LedBy(delegation));
                    }
                }
            }
            // «استقبل … وزير الخارجية البريطاني ديفيد لامي …، بمناسبة زيارته للمملكة»: the guest received, named last before
            // the trip (the host comes first, after the verb), is on the trip his pronoun names; also «على هامش زيارته».
            foreach (var trip in sentence.Where(t => context.Tokens[t.Start].Norm is "زيارته" or "زيارتها" && context.At(t.Start - 1)?.Norm is "بمناسبه" or "خلال" or "هامش"))
            {
                if (sentence.FirstOrDefault(u => u.End <= trip.Start && context.Tokens[u.Start].Forms[^1] is "استقبل" or "يستقبل" or "استقبلت" or "تستقبل") is { } reception
                    && persons.LastOrDefault(p => p.Start >= reception.End && p.End <= trip.Start && p.Person >= 0 && !p.IsTitleOnly && p.Sentence == sentence.Key) is { } guest)
                {
                    visitors.Add(guest);
                }
                // «التقى … في الرياض … وزير الخارجية الأمريكي ماركو روبيو، على هامش زيارته الرسمية للمملكة»: after another verb,
                // the trip on whose sidelines they met is of the one of the two whose state is known and is not the one it goes
                // to (named after the trip, else where the sentence or the dateline places it).
                else if (context.At(trip.Start - 1)?.Norm == "هامش" && (TripTo(trip)?.Code ?? countries.LastOrDefault(c => !c.IsNationality && c.End <= trip.Start && context.SameSentence(c.Start, trip.Start))?.Code ?? dateline?.Code) is { } to
                         && persons.Where(p => p.End <= trip.Start && p.Person >= 0 && !p.IsTitleOnly && p.Sentence == sentence.Key).ToList() is { Count: 2 } two
                         && two.Count(p => StateOf(p) is { } state && state != to) == 1 && two.Count(p => StateOf(p) is null || StateOf(p) == to) == 1)
                {
                    visitors.Add(two.First(p => StateOf(p) is { } state && state != to));
                }
            }
            var people = persons.Where(p => p.Sentence == sentence.Key && p.Person >= 0 && !Excluded(p)).ToList();
            // "Shaibani, who accompanied Sharaa, also held talks …": who is named in an aside about the subject is no subject,
            // unless the aside tells of an encounter ("Fidan, who met Fuad Hussein on Monday, said talks were good").
            var subject = people.Where(p => p.Start < inSentence[0].Start && !ClauseBreakBetween(p.End, inSentence[0].Start)
                && !ReportsAnother(p, inSentence[0].Start, people)
                && !(context.InAsideWithout(p.Start, inSentence[0].Start) && !sentence.Any(t => t.Start < p.Start && context.InAsideWithout(t.Start, inSentence[0].Start))))
                .Select(p => p.Person).ToList();
            // "…, who also met": an adverb may stand between the pronoun and the verb.
            var pronounAt = inSentence[0].Start - (context.At(inSentence[0].Start - 1)?.Norm is "also" or "later" or "then" ? 2 : 1);
            var afterPronoun = context.At(pronounAt) is { } pronoun && TextContext.IsRelativePronoun(pronoun);
            // "Hakan Fidan, who met Fuad Hussein on Monday, said …": the relative pronoun's antecedent is the subject.
            if (subject.Count == 0 && afterPronoun && context.At(pronounAt - 1)?.Text is "," or "،"
                && people.FirstOrDefault(p => p.End == pronounAt - 1) is { } antecedent)
            {
                subject = [antecedent.Person];
            }
            // «توجه فلان إلى بيروت، حيث التقى …»: the clause after "where" goes on with the subject of the sentence.
            if (subject.Count == 0 && context.At(inSentence[0].Start - 1)?.Norm is "حيث" or "where"
                && people.FirstOrDefault(p => p.End < inSentence[0].Start - 1) is { } traveller)
            {
                subject = [traveller.Person];
            }
            // «ولم يلتق سعيد الوفد الليبي الذي زار تونس»: a relative clause about something other than a person has no
            // person for its subject.
            if (subject.Count > 0 && afterPronoun
                && !people.Any(p => p.End == pronounAt || p.End == pronounAt - 1 && context.At(p.End)?.Text is "," or "،"))
            {
                subject = [];
            }
            // «تسلم الرئيس رسالة من أمير قطر، نقلها وزير الدولة …»: the one who received the letter meets the one who
            // brought it, not its sender.
            if (TriggerLexicon.DeliversLetter(context, inSentence[0].Start) && people.FirstOrDefault(p => p.Start < inSentence[0].Start) is { } receiver)
            {
                subject = [receiver.Person];
            }
            // «عقد فلان، ووزير … فلان، مؤتمراً صحفياً مشتركاً»: everyone named before a joint press conference held it.
            if (TriggerLexicon.JointPressConference(context, inSentence[0].Start))
            {
                subject = [.. subject.Union(people.Where(p => p.Start < inSentence[0].Start).Select(p => p.Person))];
            }
            var separate = SaysSeparate(inSentence[0].Start);
            // «وشملت اللقاءات فلاناً وفلاناً»: the separate meetings announced in the sentence before, now named.
            if (subject.Count == 0 && separateSubject is not null && inSentence.Any(t => context.Tokens[t.Start].Norm is "اللقاءات" or "meetings"))
            {
                subject = separateSubject;
                separate = true;
            }
            // «شارك الرئيس السيسي في القمة، وعقد على هامشها لقاءات …»: a verb joined by «و» after a comma, with no subject
            // of its own, shares the sentence's subject, named first after its opening verb.
            if (subject.Count == 0 && SharesSentenceSubject(inSentence[0], people) is { } sentenceSubject)
            {
                subject = [sentenceSubject];
            }
            // "The two ministers also held a virtual meeting with …", «وعقد الوزيران …»: the pair of the meeting reported before.
            // "Shaibani later met intelligence chief Ibrahim Kalin … The two ministers last met in Ankara": the pair whose posts
            // the plural names, where the last pair reported holds another.
            if (subject.Count == 0 && ThePairBefore(inSentence[0].Start, out var pairPost)
                && (drafts.LastOrDefault(d => d.Participants.Count == 2 && pairPost is not null && d.Participants.All(p => MayHold(p, pairPost)))
                    ?? drafts.LastOrDefault(d => d.Participants.Count == 2)) is { } pair)
            {
                subject = [.. pair.Participants];
            }
            // "The envoys later met Parliament Speaker Nabih Berri …": those of the meeting just reported who hold the post
            // the plural names.
            if (subject.Count == 0 && PluralPostOpening(inSentence[0].Start) is { } post && drafts.Count > 0)
            {
                var holders = drafts[^1].Participants.Where(p => persons.Any(m => m.Person == p
                    && m.Posts.Any(x => x.TitleEn.Contains(post, StringComparison.OrdinalIgnoreCase)))).ToList();
                if (holders.Count >= 2)
                {
                    subject = holders;
                }
            }
            // "Al-Abbasi, who is on a visit …, was welcomed … On Monday he met …": "he" stands for the last one named before,
            // when he opened his sentence, though it reported no encounter of its own.
            if (subject.Count == 0 && context.Tokens[inSentence[0].Start].IsLatin
                && persons.LastOrDefault(p => p.Sentence > subjectSentence && p.Sentence < sentence.Key && p.Person >= 0 && !p.IsTitleOnly) is { } last
                && OpensSentence(ArticleBefore(last.Start)))
            {
                earlierSubject = [last.Person];
            }
            // «كما تلقى سموه اتصالا من …», «واستقبل جلالته …»: an honorific pronoun stands for the subject reported before.
            // «وفي لقاء منفصل، استقبل جلالته …»: the pronoun may follow a later verb of the sentence.
            if (subject.Count == 0 && earlierSubject is not null && inSentence.Any(t => HonorificPronounAt(t.Start)))
            {
                subject = earlierSubject;
            }
            // «كان في استقباله …» with no guest reported before: those who welcomed him did not meet one another.
            if (subject.Count == 0 && inSentence.All(t => TriggerLexicon.WelcomeOnArrival(context, t.Start)))
            {
                continue;
            }
            separateSubject = separate ? subject : null;
            var separateHosts = separate && subject.Count == 0;
            // «وحضر اللقاء فلان», "X hosted the talks, and Y joined by telephone": more participants of the meeting just reported.
            var references = inSentence.Where(IsReference).ToList();
            // «وجرى اللقاء بحضور وزير الدولة …»: "in the presence of" in a sentence that only refers back is attendance too.
            if (drafts.Count > 0 && (Attendance(sentence.Key) || references.Count > 0 && InPresenceOf(sentence.Key))
                && inSentence.All(t => IsReference(t) || references.Any(r => r.Start > t.Start && r.Start - t.End <= 2)))
            {
                var attended = drafts.FindLast(Reported) ?? drafts[^1];
                attended.Attendees.UnionWith(people.Select(p => p.Person).Where(p => !attended.Participants.Contains(p)));
                attended.Participants.UnionWith(people.Select(p => p.Person));
                attended.AttendedIn = sentence.Key;
                continue;
            }
            // The triggers of a sentence report one encounter («وصل ... في زيارة ... وكان في استقباله», «أجرى زيارة ...
            // التقى خلالها»), unless a new clause reaches other people ("met Mikati ..., and held separate talks with ...").
            MeetingDraft? current = null;
            var currentReached = new List<int>();
            var ownSubject = false;
            var previousEnd = 0;
            for (var k = 0; k < inSentence.Count; k++)
            {
                var trigger = inSentence[k];
                var segmentEnd = k + 1 < inSentence.Count ? inSentence[k + 1].Start : int.MaxValue;
                // «... مصطفى مدبولي خلال زيارته»: the possessor of the next trip noun belongs to that trip, not to this trigger;
                // but «استقبل … فلاناً بمناسبة زيارته» ("on the occasion of his visit") is the guest's trip and this encounter.
                if (k + 1 < inSentence.Count && Visitor(inSentence[k + 1], people) is { } nextVisitor && nextVisitor.Start > trigger.Start
                    && context.At(inSentence[k + 1].Start - 1)?.Norm != "بمناسبه")
                {
                    segmentEnd = nextVisitor.Start;
                }
                // «وصل … في زيارة رسمية، يلتقي خلالها الرئيس …»: whom a planned encounter names are not this one's.
                foreach (var later in planned)
                {
                    if (later.Start > trigger.Start && later.Start < segmentEnd && context.SameSentence(later.Start, trigger.Start))
                    {
                        segmentEnd = later.Start;
                    }
                }
                var reached = people.Where(p => p.Start >= trigger.Start && p.Start < segmentEnd).Select(p => p.Person).ToList();
                // «استقبل فلان …»: a sentence that opens with its verb names its subject first.
                if (k == 0)
                {
                    if (subject.Count > 0 || reached.Count > 0 && OpensSentence(trigger.Start))
                    {
                        earlierSubject = subject.Count > 0 ? subject : [reached[0]];
                        subjectSentence = sentence.Key;
                    }
                }
                if (reached.Count == 0 && Visitor(trigger, people) is { } visitor)
                {
                    reached.Add(visitor.Person);
                }
                // A new trip («... التي ترأس الوفد فيها فلان خلال زيارته إلى عمّان») is its own encounter.
                var newTrip = trigger.Kind == MeetingKind.Visit && current?.Kind != MeetingKind.Visit;
                var clauseBreak = ClauseBreakAt(previousEnd, trigger.Start);
                if (current is not null && (current.Participants.Count >= 2 || newTrip) && clauseBreak >= 0
                    && (reached.Any(r => !current.Participants.Contains(r)) || DaysApart(clauseBreak + 1)))
                {
                    // "…on Thursday, a day after Barrack held talks with Berri": the new clause names its own subject; else
                    // «زار فلان ...، والتقى ...»: the second verb shares the first one's subject.
                    var clauseSubject = people.LastOrDefault(p => p.Start > clauseBreak && p.End <= trigger.Start && !reached.Contains(p.Person));
                    var verbSubject = clauseSubject?.Person ?? (subject.Count == 0 && currentReached.Count > 0 && !newTrip ? currentReached[0] : -1);
                    Finish(current, currentReached);
                    current = null;
                    // «، غداة لقاء باراك رئيس مجلس النواب»: a noun with two people after it names who met.
                    ownSubject = clauseSubject is not null
                        || reached.Count >= 2 && context.Tokens[trigger.Start].HasFormIn(EncounterNouns);
                    if (verbSubject >= 0 && (clauseSubject is not null || !ownSubject))
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
                if (!ownSubject)
                {
                    current.Participants.UnionWith(subject);
                }
                current.Participants.UnionWith(reached);
                current.OnSidelines |= context.AnyNear(trigger.Start, trigger.Start - 4, 16, t => t.Forms[^1] is "هامش" or "هامشها" or "هامشه" or "sidelines" or "margins");
                current.WithGuest |= context.AnyNear(trigger.Start, trigger.Start - 3, Math.Min(segmentEnd, SentenceEnd(trigger.Start)) - trigger.Start + 3,
                    t => t.Forms[^1] is "ضيفه" or "ضيفها" or "ضيوفه" or "ضيوفها");
                // «استقبله رئيس الحكومة، بحضور بوريطة»: who is there "in the presence of" attends this encounter; he makes it
                // no more the same as another he took part in.
                if (PresenceAt(trigger.End, Math.Min(segmentEnd, SentenceEnd(trigger.Start))) is var presence and >= 0)
                {
                    current.Attendees.UnionWith(people.Where(p => p.Start > presence && p.Start < segmentEnd && !subject.Contains(p.Person)).Select(p => p.Person));
                }
                currentReached.AddRange(reached);
                if (k == 0)
                {
                    current.Delegations.UnionWith(SubjectDelegations(trigger.Start));
                    current.Delegations.UnionWith(SubjectStates(trigger.Start));
                }
                foreach (var code in Delegations(trigger.Start, Math.Min(segmentEnd, SentenceEnd(trigger.Start)), sameClause: true))
                {
                    current.Delegations.Add(code);
                }
                Place(current, trigger, segmentEnd);
                current.Date ??= DateNear(trigger.Start);
                // «وفي وقت سابق، عقد …», "Earlier, Prince Faisal met …": earlier on the day of the encounter just reported.
                if (current.Date is null && EarlierThatDay(trigger.Start) && drafts.LastOrDefault(d => d.Date is not null) is { } before)
                {
                    current.Date = before.Date;
                }
                // «مؤخراً», "recently": the text says it is not giving the date.
                current.Undated |= current.Date is null && (context.AnyNear(trigger.Start, trigger.Start - 4, 8, t => t.Norm is "موخرا" or "recently" or "earlier")
                    || SaysNotWhen(trigger.Start));
                // "later", «في وقت لاحق», or earlier that day; and "a bilateral meeting", «لقاء ثنائي», which is apart from a larger
                // one of the same people.
                current.Later |= context.AnyNear(trigger.Start, trigger.Start - 4, 8, t => t.Norm is "لاحق" or "لاحقا" or "later" or "afterwards" or "subsequently")
                    || EarlierThatDay(trigger.Start)
                    || context.At(trigger.Start - 1)?.Norm == "bilateral" || context.At(trigger.End)?.Norm is "ثنايي" or "ثناييا" or "ثناييه";
                // A verb that reaches nobody before its noun («held talks with») does not close the clause it opens.
                if (reached.Count > 0 || k == 0)
                {
                    previousEnd = trigger.End;
                }
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
                // «لقاءين منفصلين», «كلاً على حدة», "separately": one meeting with each person the trigger reaches. A sentence
                // that opens with its verb («وصل فلان إلى طهران، حيث التقى … كلاً على حدة») names its subject first.
                var holder = subject.Count > 0 || !OpensSentence(inSentence[0].Start) || reachedByDraft.Count == 0 ? subject : [reachedByDraft[0]];
                var others = reachedByDraft.Distinct().Where(r => !holder.Contains(r)).ToList();
                // Without a holder («مباحثات ثنائية أجراها أولمرت … مع رايس») the people reached meet each other.
                if (separate && others.Count >= 2 && holder.Count > 0)
                {
                    foreach (var other in others)
                    {
                        var single = new MeetingDraft { Kind = draft.Kind, Evidence = draft.Evidence, Separate = true, Date = draft.Date, City = draft.City, Country = draft.Country };
                        single.Participants.UnionWith(holder);
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
        MeetingDraft? placed = null;
        foreach (var draft in drafts)
        {
            if (draft.Kind == MeetingKind.Call)
            {
                draft.City = null;
                draft.Country = null;
            }
            else if (draft.City is null && draft.Country is null)
            {
                // "RIYADH - … met Dar in New York on Tuesday. Prince Faisal also held talks with Barrot.": the same person's
                // talks that day, where the text names no other place, are where he was, not at the dateline.
                var there = placed is not null && placed.Participants.Overlaps(draft.Participants)
                    && (draft.DateInferred || draft.Date is null || draft.Date.Equals(placed.Date));
                if (there || dateline is not null && !draft.ElsewhereUnknown)
                {
                    draft.City = there ? placed!.City : dateline!.CityEn;
                    draft.Country = there ? placed!.Country : dateline!.Code;
                    draft.AtDateline = !there;
                }
                // «في الكويت», "in Qatar": the state the sentence names; a city-state is its capital too ("Kuwait City").
                else if (draft.StateNamed is { } state && context.Gazetteer.Countries.TryGetValue(state, out var named))
                {
                    draft.Country = state;
                    draft.City = named.CapitalEn is { } capital && capital.StartsWith(named.NameEn, StringComparison.Ordinal) ? capital : null;
                }
            }
            // «مسقط في 12 نوفمبر /العُمانية/ استقبل … الذي يزور سلطنة عُمان»: a trip to the dateline's state, told in the
            // dateline's own sentence, is at the dateline's city; in a later sentence it may be anywhere in that state.
            else if (draft.City is null && dateline is not null && draft.Country == dateline.Code && !draft.ElsewhereUnknown
                     && context.Tokens[context.FirstTokenAt(draft.Evidence.Start)].Sentence == context.Tokens[dateline.Start].Sentence)
            {
                draft.City = dateline.CityEn;
            }
            else if (draft.City is not null && draft.City != dateline?.CityEn)
            {
                placed = draft;
            }
        }
        Companions(drafts);
        CompanionsOfTheTraveller(drafts);
        delegationMembers = DelegationMembers(out var leaders, out var ledBy);
        // «وكان بوغالي قد أجرى أمس مع ضيفه محادثات»: "his guest" is the head of the visiting delegation.
        foreach (var draft in drafts.Where(d => d.WithGuest))
        {
            foreach (var (code, leader) in leaders.Where(l => l.Key != draft.Country && !draft.Participants.Contains(l.Value)))
            {
                draft.Participants.Add(leader);
                draft.Delegations.Add(code);
            }
        }
        // «الوفد المرافق لأمير الكويت»: the delegation travels with its leader to every encounter of the trip. Members the
        // text lists where one encounter names the delegation with its head are not thereby at his others.
        var followedLeader = new HashSet<(MeetingDraft, string)>();
        foreach (var (code, leader) in leaders)
        {
            foreach (var draft in drafts.Where(d => d.Participants.Contains(leader) && d.Country != code))
            {
                if (draft.Delegations.Add(code) && ledBy.Contains(code))
                {
                    followedLeader.Add((draft, code));
                }
            }
            // «عقد وفدا الولايات المتحدة وإيران … وترأس الوفد الإيراني عباس عراقجي»: the head goes with his delegation too.
            foreach (var draft in drafts.Where(d => d.Delegations.Contains(code)))
            {
                draft.Participants.Add(leader);
            }
        }
        foreach (var draft in drafts)
        {
            foreach (var code in draft.Delegations.ToList())
            {
                if (delegationMembers.TryGetValue(code, out var members) && !followedLeader.Contains((draft, code)))
                {
                    draft.Participants.UnionWith(members);
                }
            }
        }
        var merged = Merge(drafts).Where(d => d.Size >= 2 || (d.Kind == MeetingKind.Visit && d.Participants.Count == 1 && d.Country is not null)).ToList();
        foreach (var draft in merged.Where(d => d.Kind == MeetingKind.Meeting && visiting.Any(offset => d.Evidence.Start <= offset && offset < d.Evidence.End)))
        {
            draft.Kind = MeetingKind.Visit;
        }
        // "… with Rosemary DiCarlo, who is visiting the country": the one an aside says is visiting is a traveller too; an
        // adverb of time may stand before the verb (", who is currently visiting").
        for (var k = 3; k < context.Tokens.Count; k++)
        {
            if (context.Tokens[k].Norm != "visiting")
            {
                continue;
            }
            var verb = context.Tokens[k - 1].Norm is "currently" or "now" ? k - 1 : k;
            if (verb >= 3 && context.Tokens[verb - 1].Norm is "is" or "was" && TextContext.IsRelativePronoun(context.Tokens[verb - 2])
                && context.Tokens[verb - 3].Text == "," && NamedUntil(verb - 3) is { } guest)
            {
                visitors.Add(guest);
            }
        }
        // "Hussein is on an official visit to China from Nov. 20 to 23.": a sentence of its own may say who is travelling.
        for (var k = 4; k < context.Tokens.Count; k++)
        {
            if (context.Tokens[k].Norm is "visit" or "tour" && OnAVisit(k) is { } onTrip)
            {
                visitors.Add(onTrip);
            }
        }
        // "Puri, who arrived in the Kingdom on Saturday for a two-day visit, also met …": a trip under way, told in an aside
        // anywhere in the article, frames the traveller's encounters away from home as visits.
        foreach (var (traveller, home) in triggers.Select(Traveller).OfType<PersonMention>().Concat(visitors).Select(p => (p.Person, StateOf(p))).Distinct())
        {
            // Not talks on a conference's sidelines, which are meetings wherever they are.
            foreach (var draft in merged.Where(d => d.Kind == MeetingKind.Meeting && !d.OnSidelines && d.Participants.Contains(traveller) && d.Participants.Count >= 2 && (home is null || d.Country != home)))
            {
                draft.Kind = MeetingKind.Visit;
            }
        }
        // «ويزور الوفد دمشق في إطار جولة …»: a delegation on a trip now; its encounters away from home are visits.
        if (triggers.Any(t => t.Kind == MeetingKind.Visit && context.Tokens[t.Start].Forms[^1] is "يزور" or "تزور" && context.At(t.End)?.Norm == "الوفد"))
        {
            foreach (var draft in merged.Where(d => d.Kind == MeetingKind.Meeting && !d.OnSidelines && d.Delegations.Count > 0 && d.Country is not null && !d.Delegations.Contains(d.Country)))
            {
                draft.Kind = MeetingKind.Visit;
            }
        }
        // "Sheikh Mohamed visited Rome in February, when the two leaders signed agreements": the pair the article reported,
        // the visitor and one of the visited state, met on that trip.
        foreach (var visit in merged.Where(v => v.Kind == MeetingKind.Visit && v.Participants.Count == 1 && v.Country is not null && PairAfter(v.Evidence.Start)))
        {
            var visitor = visit.Participants.Min;
            if (merged.FirstOrDefault(o => o != visit && o.Participants.Count == 2 && o.Participants.Contains(visitor)) is { } pair
                && pair.Participants.First(p => p != visitor) is var host && persons.Any(p => p.Person == host && p.Country == visit.Country))
            {
                visit.Participants.Add(host);
            }
        }
        // "Araqchi, who arrived in Doha late on Tuesday": a lone visitor's arrival where the article names the hosts he met
        // there is part of that encounter, not one of its own.
        // His delegation, if any, goes with him to those encounters.
        // "Safadi, on his first visit to Indonesia, …": an aside that only frames his encounters, whatever date its sentence gives.
        var frames = triggers.Where(t => OnHisTrip(t) is not null).Select(t => context.Tokens[t.Start].Start).ToList();
        merged.RemoveAll(v => v.Kind == MeetingKind.Visit && v.Participants.Count == 1
            && merged.Any(o => o.Participants.Count >= 2 && o.Participants.Contains(v.Participants.Min) && o.Country == v.Country
                && (DayDistance(o.Date, v.Date) <= 1 || frames.Any(f => v.Evidence.Start <= f && f < v.Evidence.End))
                && v.Delegations.IsSubsetOf(o.Delegations)));
        return merged;
    }

    // Days between two dates given to the day; 0 when either is missing or they agree within their precision.
    private static int DayDistance(PartialDate? a, PartialDate? b) =>
        a is { Precision: DatePrecision.Day } x && b is { Precision: DatePrecision.Day } y
            ? Math.Abs(new DateOnly(x.Year, x.Month!.Value, x.Day!.Value).DayNumber - new DateOnly(y.Year, y.Month!.Value, y.Day!.Value).DayNumber)
            : a is null || b is null || a.Value.Agrees(b.Value) ? 0 : int.MaxValue;

    /// <summary>
    /// A draft that names who met; "During the meeting, the two leaders reviewed …" names no one and only refers back, so
    /// "The meeting was attended by …" after it adds to the meeting reported before.
    /// </summary>
    private static bool Reported(MeetingDraft draft) => !draft.FromReference || draft.Participants.Count > 0;

    // The sentence of the last token that ends by the offset (tokens end in text order: found by binary search).
    private int SentenceOf(int offset) => context.FirstTokenAt(offset) is var next and > 0 ? context.Tokens[next - 1].Sentence : 0;

    // The nouns that name an encounter, which a planned verb before them makes planned too.
    private static readonly HashSet<string> EncounterNouns = new(StringComparer.Ordinal)
    {
        "زياره", "الزياره", "زيارته", "زيارتها", "جوله", "لقاء", "اللقاء", "اجتماع", "الاجتماع", "محادثات", "المحادثات", "مباحثات", "المباحثات",
        "قمه", "visit", "trip", "meeting", "talks", "summit",
    };

    private static List<MeetingDraft> Merge(List<MeetingDraft> drafts)
    {
        var result = new List<MeetingDraft>();
        foreach (var draft in drafts.Where(d => d.Size > 0))
        {
            // A date the sentence does not state (the article's lead date) does not keep two reports apart; but one it states
            // keeps a later report apart from an earlier one dated only by the lead ("The two ministers last met in October").
            var same = result.FirstOrDefault(r => r.Overlap(draft) >= 0.5 && !(draft.Later && !r.Participants.SetEquals(draft.Participants))
                && (r.Date is null || draft.Date is null || draft.DateInferred || r.Date.Value.Agrees(draft.Date.Value))
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
            same.Attendees.UnionWith(draft.Attendees.Where(a => !same.Participants.Contains(a)));
            same.Participants.UnionWith(draft.Participants);
            same.Delegations.UnionWith(draft.Delegations);
            same.OnSidelines |= draft.OnSidelines;
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

    // "…, without saying when", «دون أن يحدد متى»: the sentence says it does not give the date.
    private bool SaysNotWhen(int trigger)
    {
        var (start, end) = context.SentenceTokens(context.Tokens[trigger].Sentence);
        for (var k = Math.Max(start + 1, trigger); k < end; k++)
        {
            if (context.Tokens[k].Norm is "when" or "متي" && context.Tokens[k - 1].Norm is "saying" or "say" or "specifying" or "specify" or "يحدد" or "تحديد" or "يذكر" or "توضح" or "يوضح")
            {
                return true;
            }
        }
        return false;
    }

    // «وفي وقت سابق،», «في وقت سابق اليوم», "Earlier," opening the sentence before the trigger.
    private bool EarlierThatDay(int trigger)
    {
        var start = SentenceStart(trigger);
        var first = context.At(start)?.Norm is "وفي" or "في" ? start + 1 : start;
        // "Prince Faisal had earlier met …": the adverb right before the verb, after its auxiliary.
        return context.At(first)?.Norm == "وقت" && context.At(first + 1)?.Norm == "سابق" && first + 1 < trigger
            || context.At(start)?.Norm == "earlier" && context.At(start + 1)?.Text == ","
            || context.At(trigger - 1)?.Norm == "earlier" && context.At(trigger - 2)?.Norm is "had" or "has";
    }

    // «والاثنين», "and on Monday" after a comma: the verb before goes on to another day's encounter.
    private static readonly HashSet<string> AndWeekdays = new(StringComparer.Ordinal)
    {
        "والاحد", "والاثنين", "والثلاثاء", "والاربعاء", "والخميس", "والجمعه", "والسبت",
    };

    /// <summary>
    /// «التقى الأحد وزير الدفاع …، والاثنين وزير الخارجية …», "met Hegseth on Sunday, and on Monday Rubio": the day after the
    /// comma opens another encounter of the verb before it, which the day stands in for.
    /// </summary>
    private IEnumerable<Trigger> NextDays(List<Trigger> triggers)
    {
        foreach (var d in dates)
        {
            var day = context.Tokens[d.Start];
            var opens = AndWeekdays.Contains(day.Norm) && context.At(d.Start - 1)?.Text is "،" or ","
                || context.At(d.Start - 1)?.Norm == "on" && context.At(d.Start - 2)?.Norm == "and" && context.At(d.Start - 3)?.Text == ",";
            if (!opens)
            {
                continue;
            }
            var before = triggers.LastOrDefault(t => t.Start < d.Start && context.SameSentence(t.Start, d.Start));
            if (before is not null && persons.Any(p => p.Start >= d.End && p.Sentence == day.Sentence && p.Person >= 0))
            {
                yield return new Trigger(d.Start, d.Start + 1, before.Kind);
            }
        }
    }

    // The words that open a new clause after a comma.
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
    {
        "الذي", "التي", "الذين", "اذ", "حيث", "بعد", "بعدما", "قبل", "فيما", "بينما", "كما", "ثم", "and", "then", "while", "who", "which", "after", "before", "as",
    };

    /// <summary>
    /// «كما التقى عراقجي، خلال زيارته إلى بغداد، رئيس الجمهورية …»: a trip set off by commas after a verb that reports an
    /// encounter says when that encounter took place; it is no encounter of its own.
    /// </summary>
    private bool DuringTheTripOf(Trigger trip, List<Trigger> inSentence) =>
        trip.Kind == MeetingKind.Visit && context.Tokens[trip.Start].Forms[^1] is "زيارته" or "زيارتها" or "جولته" or "جولتها"
        && context.At(trip.Start - 1)?.Norm is "خلال" or "اثناء" && context.At(trip.Start - 2)?.Text is "," or "،"
        && context.ClosingComma(trip.End, Math.Min(trip.End + 8, SentenceEnd(trip.Start))) is not null
        && inSentence.Any(verb => verb.End < trip.Start - 2 && !context.Tokens[verb.Start].HasFormIn(EncounterNouns)
            && !ClauseBreakBetween(verb.End, trip.Start - 2))
        // "… met … in Beirut on Friday, a day after arriving on a two-day visit": no encounter of its own either.
        || SubjectDuringTrip(trip) is not null && inSentence.Any(verb => verb.End <= trip.Start && !context.Tokens[verb.Start].HasFormIn(EncounterNouns));

    // The trip a guest is making, told in an aside right after his name, where a reception or talks reached him; not an
    // aside about another day's trip («، الذي زار …»).
    private bool GuestsTrip(Trigger trip, List<Trigger> inSentence)
    {
        // «الذي يزور …», «الذي يقوم بزيارة …», «الذي يؤدي زيارة …»: the trip under way, in the present.
        var pronoun = context.Tokens[trip.Start].Norm is "يزور" or "تزور" ? trip.Start - 1
            : context.At(trip.Start - 1)?.Norm is "يقوم" or "تقوم" or "يودي" or "تودي" ? trip.Start - 2 : -1;
        return trip.Kind == MeetingKind.Visit && pronoun > 1 && TextContext.IsRelativePronoun(context.Tokens[pronoun])
            && context.Tokens[pronoun - 1].Text is "," or "،"
            && persons.Any(p => p.End == pronoun - 1 && !p.IsTitleOnly && inSentence.Any(u => u.Kind != MeetingKind.Visit && u.End <= p.Start));
    }

    /// <summary>
    /// "Al-Abbasi, who is on an official visit to Turkiye, …", «…، الذي يزور البلاد حاليا»: whom an aside right after his
    /// name, or after his post, tells to be on a trip now (not "who visited …", another day's).
    /// </summary>
    private PersonMention? Traveller(Trigger trip)
    {
        if (trip.Kind != MeetingKind.Visit)
        {
            return null;
        }
        if ((Arriving(trip) ?? OnHisTrip(trip) ?? VisitingNow(trip) ?? SubjectDuringTrip(trip)) is { } traveller)
        {
            return traveller;
        }
        for (var k = trip.Start; k >= Math.Max(2, trip.Start - 8) && context.SameSentence(k, trip.Start); k--)
        {
            // "who is on a two-day visit": a hyphen inside a word breaks no clause.
            if (context.Tokens[k].Kind == TokenKind.Punct && !context.HyphenInWord(k))
            {
                return null;
            }
            if (!TextContext.IsRelativePronoun(context.Tokens[k]))
            {
                continue;
            }
            var underWay = Enumerable.Range(k + 1, trip.Start - k).Any(j => context.Tokens[j].Norm is "is" or "arrived" or "currently" or "now"
                or "يزور" or "تزور" or "يقوم" or "تقوم" or "يودي" or "تودي" or "يجري" or "تجري" or "وصل" or "وصلت");
            // The name, or the name and then his post («عبد السلام عبدي علي وزير الخارجية … الفيدرالية، الذي يزور», "Nikos
            // Christodoulides, President of the Republic of Cyprus, who is …"), up to the comma.
            return underWay && context.Tokens[k - 1].Text is "," or "،"
                && persons.LastOrDefault(p => p.End <= k - 1 && p.Person >= 0 && !p.IsTitleOnly) is { } who && context.SameSentence(who.Start, k)
                && (who.End == k - 1 || who.Posts.Count > 0 && !Enumerable.Range(who.End, k - 1 - who.End).Any(j => context.Tokens[j].Kind == TokenKind.Punct)
                    || who.Posts.Any(p => p.Span.End == context.Tokens[k - 2].End && p.Span.Start > context.Tokens[who.End - 1].End))
                ? who
                : null;
        }
        return null;
    }

    /// <summary>
    /// «وكان فيدان قد وصل إلى دمشق صباح اليوم في زيارة رسمية», "Dar, who is also …, arrived in the Kingdom on Saturday for a
    /// two-day visit": the subject of an arrival, named right before the verb («قد» between) or before an aside set off by
    /// commas.
    /// </summary>
    private PersonMention? Arriving(Trigger trip)
    {
        if (context.Tokens[trip.Start].Norm is not ("وصل" or "وصلت" or "arrived"))
        {
            return null;
        }
        // «وصل وزير الخارجية الأردني أيمن الصفدي إلى دمشق»: the subject after the verb, with his posts.
        if (context.Tokens[trip.Start].Norm is "وصل" or "وصلت"
            && persons.FirstOrDefault(p => p.Person >= 0 && !p.IsTitleOnly && (p.Start == trip.End || p.Posts.Count > 0 && context.FirstTokenAt(p.Posts[0].Span.Start) == trip.End)) is { } after)
        {
            return after;
        }
        var before = context.At(trip.Start - 1)?.Norm == "قد" ? trip.Start - 1 : trip.Start;
        var subject = persons.LastOrDefault(p => p.End <= before && p.Person >= 0 && !p.IsTitleOnly && context.SameSentence(p.Start, trip.Start));
        if (subject is null)
        {
            return null;
        }
        if (subject.End == before)
        {
            return subject;
        }
        // The aside: a relative clause from a comma right after the name to a comma right before the verb.
        return context.At(subject.End)?.Text is "," or "،" && context.At(before - 1)?.Text is "," or "،" && before - subject.End <= 14
            && TextContext.IsRelativePronoun(context.Tokens[subject.End + 1]) ? subject : null;
    }

    /// <summary>
    /// "Safadi, on his first visit to Indonesia, …": whom an aside right after his name tells to be on a trip; "…, on Aoun's
    /// first trip to Europe": the one the aside names.
    /// </summary>
    private PersonMention? OnHisTrip(Trigger trip)
    {
        var k = TripDeterminer(trip);
        if (context.At(k)?.Text is "'" or "’")
        {
            return persons.LastOrDefault(p => p.End == k && p.Person >= 0 && !p.IsTitleOnly) is { } named
                && context.At(named.Start - 1)?.Norm == "on" && context.At(named.Start - 2)?.Text == "," ? named : null;
        }
        return context.At(k)?.Norm is "his" or "her" && context.At(k - 1)?.Norm == "on" && context.At(k - 2)?.Text == ","
            && persons.LastOrDefault(p => p.End == k - 2 && p.Person >= 0 && !p.IsTitleOnly) is { } who && context.SameSentence(who.Start, trip.Start)
            ? who
            : null;
    }

    /// <summary>
    /// "Prince Faisal bin Farhan held talks with … in Paris on Wednesday during a two-day visit to France", "… met … on
    /// Friday, a day after arriving on a two-day visit": the one who opens the sentence is on the trip.
    /// </summary>
    private PersonMention? SubjectDuringTrip(Trigger trip)
    {
        if (context.Tokens[trip.Start].Norm is not ("visit" or "trip"))
        {
            return null;
        }
        var k = TripDeterminer(trip);
        return k > 0 && (context.At(k - 1)?.Norm == "during" || context.At(k - 1)?.Norm is "on" or "for" && context.At(k - 2)?.Norm == "arriving")
            && persons.FirstOrDefault(p => p.Sentence == context.Tokens[trip.Start].Sentence && p.Person >= 0 && !p.IsTitleOnly) is { } subject
            && subject.Start < k && OpensSentence(TitledFrom(subject))
            ? subject
            : null;
    }

    // "Iran's", before the token or the two lower-case words before it ("Iran's parliament speaker"): where the state begins, or -1.
    private int PossessiveBefore(int k)
    {
        var j = k - 1;
        while (j > k - 3 && j >= 0 && context.Tokens[j] is { IsWord: true, IsCapitalized: false, IsLatin: true } && context.Tokens[j].Norm != "s")
        {
            j--;
        }
        return j >= 2 && context.Tokens[j].Norm == "s" && context.Tokens[j - 1].Text is "'" or "’" && context.Tokens[j - 2].IsCapitalized && context.SameSentence(j - 2, k) ? j - 2 : -1;
    }

    // Where the words that title a name begin: "Iranian Parliament Speaker Mohammad Bagher Ghalibaf", "Iran's parliament
    // speaker …" (the posts, the capitalised words before them, a state's possessive).
    private int TitledFrom(PersonMention who)
    {
        var k = ArticleBefore(who.Posts.Select(p => context.FirstTokenAt(p.Span.Start)).Where(k => k < who.Start).DefaultIfEmpty(who.Start).Min());
        while (k > 0 && context.SameSentence(k - 1, k))
        {
            if (context.Tokens[k - 1] is { IsCapitalized: true })
            {
                k--;
            }
            else if (PossessiveBefore(k) is var possessor and >= 0)
            {
                k = possessor;
            }
            else
            {
                break;
            }
        }
        return k;
    }

    // The article or possessive before a trip noun and its adjectives ("his first visit", "a two-day visit"), or -1; for a
    // name's possessive ("Aoun's first trip"), its apostrophe.
    private int TripDeterminer(Trigger trip)
    {
        var k = trip.Start - 1;
        while (k > trip.Start - 5 && context.At(k) is { } t && (t.Text == "-" || t.Kind == TokenKind.Number || t.IsWord && !t.IsCapitalized && t.Norm is not ("a" or "an" or "his" or "her")))
        {
            if (t.Norm == "s" && context.At(k - 1)?.Text is "'" or "’")
            {
                return k - 1;
            }
            k--;
        }
        return context.At(k)?.Norm is "a" or "an" or "his" or "her" ? k : -1;
    }

    /// <summary>«ويزور سيبيها دمشق في أول زيارة …»: the one the present verb opens on is visiting now.</summary>
    private PersonMention? VisitingNow(Trigger trip) =>
        context.Tokens[trip.Start].Forms[^1] is "يزور" or "تزور" && trip.End == trip.Start + 1
            ? persons.FirstOrDefault(p => p.Start == trip.End && p.Person >= 0 && !p.IsTitleOnly)
            : null;

    // The word "visiting" or «الزائر» within the words after the trigger, before the next one, or -1.
    private int GuestVisiting(Trigger trigger, int next)
    {
        for (var k = trigger.End; k < Math.Min(next, trigger.End + 15) && context.At(k) is { } t && context.SameSentence(trigger.Start, k); k++)
        {
            if (t.Norm is "visiting" or "الزاير" or "الزايره" or "الزايرين" or "الزايرون")
            {
                return k;
            }
        }
        return -1;
    }

    // The encounter a trip frames, the last before it that may be one, is a visit.
    private static void FramedAsVisit(List<Trigger> inSentence, Trigger trip, Predicate<Trigger> encounter)
    {
        var k = inSentence.FindLastIndex(u => u.End <= trip.Start && encounter(u));
        if (k >= 0)
        {
            inSentence[k] = inSentence[k] with { Kind = MeetingKind.Visit };
        }
    }

    // «زيارته الرسمية إلى إيران»: the state or city a trip goes to, named within a few words after it.
    private CountryMention? TripTo(Trigger trip)
    {
        for (var k = trip.End; k < trip.End + 3 && context.At(k) is { IsWord: true } t && context.SameSentence(trip.Start, k); k++)
        {
            if (t.Norm == "الي")
            {
                return countries.FirstOrDefault(c => c.Start == k + 1 && !c.IsNationality);
            }
        }
        return null;
    }

    /// <summary>«زيارته», "his visit": the visitor is the person just before the noun.</summary>
    private PersonMention? Visitor(Trigger trigger, List<PersonMention> people) =>
        context.Tokens[trigger.Start].Forms[^1] is "زيارته" or "زيارتها" or "جولته" or "جولتها"
            ? people.LastOrDefault(p => p.End <= trigger.Start)
            : null;

    // A new clause between a person and the trigger: «فلان، إذ تأتي الزيارة ...», «فلان، وكان ...». Adverbials set off by
    // commas («فلان، أمس الثلاثاء في المنامة، لقاءين») do not break the clause.
    private bool ClauseBreakBetween(int from, int to) => ClauseBreakAt(from, to) >= 0;

    /// <summary>Where a new clause opens between two tokens, or -1.</summary>
    private int ClauseBreakAt(int from, int to) => ClauseOpening(from, to, skipAsides: true).Break;

    /// <summary>
    /// Where a new clause opens between two tokens (<c>Break</c>) and the token it is seen at (<c>At</c>), or -1 for both. With
    /// <paramref name="skipAsides"/> a relative clause closed before <paramref name="to"/> is passed over.
    /// </summary>
    private (int At, int Break) ClauseOpening(int from, int to, bool skipAsides)
    {
        for (var k = from; k < to; k++)
        {
            if (context.Tokens[k].Text is "؛" or ";" or ":")
            {
                return (k, k);
            }
            // "The visit comes weeks after Safadi travelled to Beirut": another day's encounter opens without a comma too.
            if (k > from && context.Tokens[k].IsLatin && context.Tokens[k - 1].IsWord && DaysApart(k))
            {
                return (k, k - 1);
            }
            if (context.Tokens[k].Text is "،" or "," && context.At(k + 1) is { IsWord: true } next
                && (ClauseOpeners.Contains(next.Norm) || next.Norm.Length > 3 && next.Norm[0] == 'و' && !context.IsGivenName(next) && !WawOfTheWord(k + 1) && !ThatDuring(k + 1) || DaysApart(k + 1)))
            {
                // "Fuad Hussein, who is also deputy prime minister, met …": a relative clause set off by commas is an aside.
                if (skipAsides && TextContext.IsRelativePronoun(next) && context.ClosingComma(k + 1, to) is { } close)
                {
                    k = close;
                    continue;
                }
                // "Sheikh Mohamed bin Zayed, President of the UAE, and French President Emmanuel Macron held …": "and" after
                // the post set off after a name joins a second person to the first.
                if (next.Norm == "and" && JoinsASecondPerson(k))
                {
                    continue;
                }
                return (k, k);
            }
        }
        return (-1, -1);
    }

    // "X is on an official visit", "X was on a two-day working visit": up to three words between the article and the noun.
    private PersonMention? OnAVisit(int noun)
    {
        var k = noun - 1;
        while (k > noun - 4 && context.At(k) is { IsWord: true, IsCapitalized: false } t && t.Norm is not ("a" or "an") && context.SameSentence(k, noun))
        {
            k--;
        }
        return context.At(k)?.Norm is "a" or "an" && context.At(k - 1)?.Norm == "on" && context.At(k - 2)?.Norm is "is" or "was"
            && context.SameSentence(k - 2, noun) ? NamedUntil(k - 2) : null;
    }

    // The last person named with a name that ends at token «end» (exclusive); apart from the loop that asks, which a lambda
    // there would make allocate at every token.
    private PersonMention? NamedUntil(int end) => persons.LastOrDefault(p => p.End == end && p.Person >= 0 && !p.IsTitleOnly);

    // Apart from ClauseOpening, whose every call would otherwise allocate what these lambdas read.
    private bool JoinsASecondPerson(int comma) =>
        persons.Any(p => p.Start == comma + 2 && p.Person >= 0)
        && persons.Any(p => p.End < comma && p.Posts.Any(post => post.Span.End == context.Tokens[comma - 1].End));

    // «، وذلك خلال مؤتمر صحفي …», "and that during …", goes on with the clause before it; «، وذلك بعد أيام من …» does not.
    private bool ThatDuring(int k) => context.At(k)?.Norm == "وذلك" && context.At(k + 1)?.Norm is not ("بعد" or "قبل" or "عقب" or "غداه" or "اثر");

    // «وفداً», «وزير الخارجية»: a word whose «و» is its own letter, not "and".
    private bool WawOfTheWord(int k) =>
        context.At(k) is { } t && (t.Norm.StartsWith("وفد", StringComparison.Ordinal) || context.Gazetteer.Titles.TryMatch(context.Tokens, k, false, out _, out _, out _));

    /// <summary>
    /// «صرح المتحدث … فلان بأن الرئيس … تلقى اتصالاً»: the speaker before "that" reports what someone else, named right
    /// after it, did.
    /// </summary>
    private bool ReportsAnother(PersonMention speaker, int trigger, List<PersonMention> people)
    {
        for (var k = speaker.End; k < trigger; k++)
        {
            if (context.Tokens[k].Norm is "ان" or "بان" or "that")
            {
                return people.Any(q => q.Start == k + 1 && q.Start < trigger);
            }
        }
        return false;
    }

    // ", a day after …", ", two weeks after …", «، غداة …», «، بعد أيام من …»: a clause that reports another day's encounter.
    private bool DaysApart(int k)
    {
        if (context.At(k)?.Norm is "غداه" or "عشيه")
        {
            return true;
        }
        if (context.At(k)?.Norm is "a" or "one" or "two" or "three" or "several" or "few" or "بعد" or "قبل")
        {
            k++;
        }
        return context.At(k)?.Norm is "day" or "days" or "week" or "weeks" or "يوم" or "يومين" or "ايام" or "اسبوع" or "اسبوعين"
            && context.At(k + 1)?.Norm is "after" or "before" or "من";
    }

    // "The talks between A and B", «اللقاء بين …» name who met: a report, not a reference back.
    private bool IsReference(Trigger trigger) =>
        context.At(trigger.End)?.Norm is not ("between" or "بين")
        && !AfterRound(trigger.Start)
        && (context.Tokens[trigger.Start].Norm is "meeting" or "talks" or "visit" or "trip" or "call" && DeterminedInEnglish(trigger.Start)
            || context.Tokens[trigger.Start].Forms[^1] is "الزياره" or "اللقاء" or "اللقاءات" or "الاجتماع" or "المحادثات" or "المباحثات");

    // «جولة أولى من المحادثات»: the talks after a round are its own, not the talks reported before.
    private bool AfterRound(int trigger)
    {
        for (var k = Math.Max(0, trigger - 4); k < trigger; k++)
        {
            if (context.Tokens[k].Norm is "جوله" or "الجوله" && TriggerLexicon.RoundOfTalks(context, k + 1))
            {
                return true;
            }
        }
        return false;
    }

    // "the meeting", "their talks", "the Oval Office meeting", "the bilateral talks": a determiner, then up to two words
    // that name no person; a hyphen joins two into one ("the closed-door meeting").
    private bool DeterminedInEnglish(int noun)
    {
        for (var (k, words) = (noun - 1, 0); words < 3 && context.At(k) is { } t && context.SameSentence(k, noun); k--)
        {
            if (context.HyphenInWord(k) && context.At(k - 1) is { IsWord: true })
            {
                continue;
            }
            if (!t.IsWord)
            {
                return false;
            }
            words++;
            if (t.Norm is "the" or "their" or "this" or "that")
            {
                return true;
            }
            foreach (var p in persons)
            {
                if (p.Start <= k && k < p.End)
                {
                    return false;
                }
            }
        }
        return false;
    }

    // «سموه», «جلالته», «فخامته», «معاليه»: "His Highness", "His Majesty", "His Excellency" standing for a person.
    private static readonly HashSet<string> HonorificPronouns = new(StringComparer.Ordinal)
    {
        "سموه", "سموها", "جلالته", "جلالتها", "فخامته", "فخامتها", "معاليه", "معاليها", "دولته", "سيادته", "سعادته", "سعادتها",
    };

    /// <summary>
    /// An honorific pronoun before the trigger, or right after it («استقبل سموه»), in the trigger's sentence; or "he"/"she"
    /// or "His Highness" just before it.
    /// </summary>
    private bool HonorificPronounAt(int trigger)
    {
        // «وكان في استقباله …»: the pronoun stands for the guest reported before.
        if (TriggerLexicon.WelcomeOnArrival(context, trigger))
        {
            return true;
        }
        for (var k = trigger + 1; k >= 0 && context.SameSentence(k, trigger); k--)
        {
            if (context.At(k) is { IsWord: true } t && t.HasFormIn(HonorificPronouns))
            {
                return true;
            }
            // "Last week, he hosted …", "He later spoke by phone with …": the English pronoun as the verb's subject, right
            // before it or with up to three words between and no one named there.
            if (k >= trigger - 4 && k < trigger && context.At(k)?.Norm is "he" or "she" && (NothingBetween(k, trigger) || PassiveWithAgent(k, trigger)))
            {
                return true;
            }
            // "His Highness also received a phone call from …": the English honorific standing for him, no name after it.
            if (k >= trigger - 4 && k < trigger && context.At(k)?.Norm is "highness" or "majesty" or "excellency" && context.At(k - 1)?.Norm is "his" or "her" or "royal"
                && NothingBetween(k, trigger))
            {
                return true;
            }
        }
        return false;
    }

    // "He was welcomed at the airport by …": the pronoun is whom the agent after "by" met, a participant all the same.
    private bool PassiveWithAgent(int pronoun, int trigger) =>
        Enumerable.Range(pronoun + 1, trigger - pronoun - 1).All(k => context.Tokens[k].Norm is "was" or "were" or "also" or "later")
        && context.AnyNear(trigger, trigger + 1, 9, t => t.Norm == "by");

    // No punctuation, no one named and no passive ("he was met by …") between two tokens.
    private bool NothingBetween(int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (context.Tokens[k].Kind == TokenKind.Punct || context.Tokens[k].Norm is "was" or "were" or "is" or "are" or "been" or "being")
            {
                return false;
            }
        }
        foreach (var p in persons)
        {
            if (p.Start > from && p.Start < to)
            {
                return false;
            }
        }
        return true;
    }

    // «الوزيران», «الزعيمان», "the two leaders": the two people just reported, as a subject.
    private static readonly HashSet<string> Pairs = new(StringComparer.Ordinal)
    {
        "الوزيران", "الزعيمان", "الرييسان", "الجانبان", "الطرفان", "المسوولان", "ministers", "leaders", "presidents", "sides", "officials", "men", "envoys",
    };

    // "The envoys", "The ministers" opening the sentence, an adverb or two before the verb: the post, in the singular.
    private string? PluralPostOpening(int trigger)
    {
        var k = trigger - 1;
        while (k > trigger - 3 && context.At(k)?.Norm is "later" or "also" or "then" or "subsequently")
        {
            k--;
        }
        return context.At(k)?.Norm is "envoys" or "ministers" or "ambassadors" or "presidents" && context.At(k - 1)?.Norm == "the"
            && context.SentenceTokens(context.Tokens[k].Sentence).Start == k - 1
            ? context.Tokens[k].Norm[..^1]
            : null;
    }

    // "…, when the two leaders signed …", «حيث وقع الزعيمان»: the pair named later in the sentence that opens at the offset.
    private bool PairAfter(int offset)
    {
        var from = context.FirstTokenAt(offset);
        for (var k = from + 1; context.At(k) is not null && context.SameSentence(from, k); k++)
        {
            if (PairAt(k))
            {
                return true;
            }
        }
        return false;
    }

    // "the two leaders", «الزعيمان» at the token.
    private bool PairAt(int k) =>
        context.At(k) is { } t && Pairs.Contains(t.Forms[^1])
        && (t.IsLatin ? context.At(k - 1)?.Norm == "two" && context.At(k - 2)?.Norm == "the" : ArabicText.StartsWithArticle(t.Forms[^1]));

    private bool ThePairBefore(int trigger, out string? post)
    {
        // Before the verb, or right after it as Arabic puts the subject («وعقد الوزيران»).
        for (var k = trigger + 2; k >= trigger - 4 && context.At(k) is { } t && context.SameSentence(k, trigger); k--)
        {
            if (k != trigger && PairAt(k) && (!t.IsLatin || k < trigger))
            {
                post = t.Forms[^1] switch
                {
                    "الوزيران" or "ministers" => "Minister",
                    "الرييسان" or "presidents" => "President",
                    "envoys" => "Envoy",
                    _ => null,
                };
                return true;
            }
        }
        post = null;
        return false;
    }

    // Whether the person holds the post, or at least none that is another: a counterpart has his post only later.
    private bool MayHold(int person, string post)
    {
        var posts = persons.Where(m => m.Person == person).SelectMany(m => m.Posts).ToList();
        return posts.Count == 0 || posts.Any(p => p.TitleEn.Contains(post, StringComparison.OrdinalIgnoreCase));
    }

    private bool SaysSeparate(int trigger)
    {
        var (start, end) = context.SentenceTokens(context.Tokens[trigger].Sentence);
        // «لقاءات ثنائية مع كل من …», "bilateral meetings with": one meeting with each of them; not «العلاقات الثنائية».
        // «تلقى اتصالين هاتفيين من فلان وفلان»: two calls, one with each.
        for (var k = start; k < end; k++)
        {
            var t = context.Tokens[k];
            if (t.Norm is "منفصلين" or "منفصل" or "منفصله" or "حده" or "separate" or "separately"
                or "اتصالين" or "مكالمتين" or "لقاءين" or "اجتماعين"
                // «تلقى اتصالات هاتفية من فلان وفلان», "held phone calls with …": calls in the plural, one with each.
                || t.Norm is "هاتفيه" && context.At(k - 1)?.Norm is "اتصالات" or "مكالمات"
                || t.Norm is "calls" && context.At(k - 1)?.Norm is "phone" or "telephone"
                || t.Norm is "ثناييه" && context.At(k - 1)?.Norm is "لقاءات" or "اجتماعات" or "اللقاءات" or "الاجتماعات"
                || t.Norm is "bilateral" && context.At(k + 1)?.Norm == "meetings"
                // «والتقى الرئيس عون في قصر بعبدا، ثم رئيس الحكومة نواف سلام في السراي»: one after the other, apart.
                || t.Norm is "ثم" or "then" && k > trigger && context.At(k - 1)?.Text is "," or "،" && persons.Any(p => p.Start == k + 1)
                // "discussed … by phone with his Turkish counterpart and later with Qatar's Prime Minister", «ثم مع»: another.
                || k > trigger && (t.Norm is "later" or "then" or "afterwards" && context.At(k + 1)?.Norm == "with" || t.Norm is "ثم" or "وبعدها" && context.At(k + 1)?.Norm == "مع"))
            {
                return true;
            }
        }
        return false;
    }

    private TextSpan SentenceSpan(int token)
    {
        var (start, end) = context.SentenceTokens(context.Tokens[token].Sentence);
        return context.SpanOf(start, end);
    }

    private int SentenceStart(int token) => context.SentenceTokens(context.Tokens[token].Sentence).Start;

    private int? SharesSentenceSubject(Trigger trigger, List<PersonMention> people)
    {
        var first = people.FirstOrDefault(p => p.Start < trigger.Start);
        if (first is null || people.Any(p => p.Start >= trigger.End && p.Start <= trigger.End + 1))
        {
            return null;
        }
        // The clause opens with a verb joined by «و» after a comma («، وعقد»), the trigger or a word before it, and names nobody
        // before the trigger.
        var clause = -1;
        for (var k = trigger.Start; k > first.End && clause < 0; k--)
        {
            if (context.Tokens[k - 1].Text is "،" or "," && context.Tokens[k] is { IsWord: true, Norm.Length: >= 4 } verb && verb.Norm[0] == 'و')
            {
                clause = k;
            }
        }
        if (clause < 0 || people.Any(p => p.Start >= clause && p.Start < trigger.Start))
        {
            return null;
        }
        // The first person opens the sentence after one verb (a dateline before it aside), with no comma before it.
        var words = 0;
        for (var k = SentenceStart(trigger.Start); k < first.Start; k++)
        {
            if (context.Tokens[k].Text is "،" or ",")
            {
                return null;
            }
            if (context.Tokens[k].Text is "-" or "–")
            {
                words = 0;
                continue;
            }
            words += context.Tokens[k].IsWord ? 1 : 0;
        }
        return words == 1 ? first.Person : null;
    }

    /// <summary>Only function words («و», «كما», «قد») stand before the token in its sentence: it opens the sentence.</summary>
    // «عمّان - بترا: التقى …»: the dateline and its credit before the verb do not count.
    private bool OpensSentence(int token)
    {
        var datelineEnd = DatelineEnd();
        for (var k = token - 1; k >= datelineEnd && context.SameSentence(k, token); k--)
        {
            // The colon that closes «عمّان - بترا:» within the article's first words.
            if (context.Tokens[k].Text == ":" && k < 6)
            {
                return true;
            }
            if (context.Tokens[k].IsWord && !context.IsArabicStopWithClitics(context.Tokens[k]))
            {
                return false;
            }
        }
        return true;
    }

    // "Al-Abbasi" named by his surname: the article «Al-» before it, which the name leaves out, opens the sentence with it.
    private int ArticleBefore(int name) =>
        name >= 2 && context.Tokens[name - 1].Text == "-" && context.Tokens[name - 2].Norm is "al" or "el" && context.SameSentence(name - 2, name) ? name - 2 : name;

    private int SentenceEnd(int token) => context.SentenceTokens(context.Tokens[token].Sentence).End;
}
