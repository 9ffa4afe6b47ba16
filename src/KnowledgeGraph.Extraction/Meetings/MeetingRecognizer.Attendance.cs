using KnowledgeGraph.Domain;
using KnowledgeGraph.Extraction.Recognition;

namespace KnowledgeGraph.Extraction.Meetings;

// Who joins an encounter besides those who met: companions, attendees named after it, and who takes part by phone.
public sealed partial class MeetingRecognizer
{
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
            // «استقبل الرئيس المبعوث الأمريكي يرافقه السفير …»: said of a reception, the company is that encounter's only.
            var reception = false;
            foreach (var draft in drafts)
            {
                reception |= draft.Kind == MeetingKind.Meeting && draft.Evidence.Start <= verb.Start && verb.End <= draft.Evidence.End;
            }
            foreach (var draft in drafts.Where(d => d.Kind == MeetingKind.Visit && d.Participants.Contains(leader)))
            {
                if (!reception || draft.Evidence.Start <= verb.Start && verb.End <= draft.Evidence.End)
                {
                    draft.Participants.UnionWith(companions.Where(c => c != leader));
                    // "Shaibani held separate talks with his Russian counterpart": a companion's own encounters there, on the
                    // trip's days, are the trip's too.
                    foreach (var own in drafts.Where(d => d.Kind == MeetingKind.Meeting && d.Country is not null && d.Country == draft.Country
                        && DayDistance(d.Date, draft.Date) <= 1 && !d.Participants.Contains(leader) && d.Participants.Overlaps(companions)))
                    {
                        own.Kind = MeetingKind.Visit;
                    }
                }
            }
        }
    }

    /// <summary>
    /// "Kombos, who travelled with him, held separate talks with …": the companion of the visitor just reported; his own
    /// encounters that the text places nowhere (the dateline stood in) are at the trip's place, and part of the trip.
    /// </summary>
    private void CompanionsOfTheTraveller(List<MeetingDraft> drafts)
    {
        foreach (var verb in context.Tokens.Where(t => t.Norm is "travelled" or "traveled" or "accompanied" or "accompanying" or "accompanies"))
        {
            var him = context.At(verb.Index + 1)?.Norm == "with" ? verb.Index + 2 : verb.Index + 1;
            if (context.At(him)?.Norm is not ("him" or "her") || context.At(verb.Index - 1) is not { } pronoun || !TextContext.IsRelativePronoun(pronoun)
                || context.At(verb.Index - 2)?.Text != "," || persons.LastOrDefault(p => p.End == verb.Index - 2 && p.Person >= 0) is not { } companion)
            {
                continue;
            }
            var trip = drafts.LastOrDefault(d => d.Kind == MeetingKind.Visit && d.Evidence.End <= verb.Start && d.City is not null && !d.Participants.Contains(companion.Person));
            foreach (var own in drafts.Where(d => trip is not null && d.AtDateline && d.Kind != MeetingKind.Call && d.Participants.Contains(companion.Person)
                && d.Evidence.Start >= trip.Evidence.End && DayDistance(d.Date, trip.Date) <= 1))
            {
                (own.City, own.Country, own.Kind, own.AtDateline) = (trip!.City, trip.Country, MeetingKind.Visit, false);
            }
        }
    }

    private static readonly HashSet<string> AttendanceWords = new(StringComparer.Ordinal)
    {
        "حضر", "وحضر", "شارك", "وشارك", "وانضم", "انضم", "attended", "joined", "hosted", "attending", "accompanied",
        // "The talks were mediated by U.S. envoy Tom Barrack": the mediator took part.
        "mediated", "brokered",
        // «خلال اللقاء الذي حضره سمو ولي العهد»: "which … attended", the object pronoun on the verb.
        "حضره", "وحضره", "حضرها", "وحضرها",
    };

    // "… was among those present", "were present": attendance; not "to present a plan".
    private bool Attendance(int sentence)
    {
        var (start, end) = context.SentenceTokens(sentence);
        for (var k = start; k < end; k++)
        {
            var t = context.Tokens[k];
            if (AttendanceWords.Contains(t.Norm)
                || t.Norm == "present" && context.At(k - 1)?.Norm is "was" or "were" or "those"
                // "Ushakov, who also took part in the talks, said …".
                || t.Norm == "part" && context.At(k - 1)?.Norm is "took" or "taking" && context.At(k + 1)?.Norm == "in"
                // "The leaders included Merz, Macron and Starmer": who the people just reported were.
                || t.Norm == "included" && k - start <= 3 && context.Tokens[start].Norm is "the" or "they" or "those")
            {
                return true;
            }
        }
        return false;
    }

    private bool InPresenceOf(int sentence)
    {
        var (start, end) = context.SentenceTokens(sentence);
        for (var k = start; k < end; k++)
        {
            if (context.Tokens[k].Norm is "بحضور" or "وبحضور")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Where «بحضور» ("in the presence of") stands between two tokens, or -1.</summary>
    private int PresenceAt(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (context.Tokens[k].Norm is "بحضور" or "وبحضور" || context.Tokens[k].Norm == "presence" && context.At(k - 1)?.Norm == "the" && context.At(k - 2)?.Norm == "in")
            {
                return k;
            }
        }
        return -1;
    }

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
            // The meeting reported, or given attendees, in the sentence before (or the one before that).
            var opening = context.Tokens[context.SentenceTokens(group.Key).Start].Start;
            var previous = drafts.LastOrDefault(d => Reported(d) && d.Evidence.End <= opening
                && Math.Max(SentenceOf(d.Evidence.End), d.AttendedIn) >= group.Key - 2);
            if (previous is not null)
            {
                previous.Attendees.UnionWith(group.Select(p => p.Person).Where(p => !previous.Participants.Contains(p)));
                previous.Participants.UnionWith(group.Select(p => p.Person));
                previous.AttendedIn = group.Key;
            }
        }
    }

    // «عقد ترامب اجتماعاً مع الشرع …، فيما شارك أردوغان عبر الاتصال المرئي», "… while Erdogan joined by video call": who
    // joins a meeting by phone or video takes part in it; the call is no encounter of its own.
    private bool JoinedByCall(Trigger call, List<Trigger> triggers)
    {
        if (call.Kind != MeetingKind.Call || !triggers.Any(t => t.Kind != MeetingKind.Call && t.Start < call.Start && context.SameSentence(t.Start, call.Start)))
        {
            return false;
        }
        for (var k = call.Start - 1; k >= call.Start - 8 && context.At(k) is { } t && context.SameSentence(k, call.Start); k--)
        {
            if (t.Forms.Any(f => f is "شارك" or "يشارك" or "انضم" or "ينضم") || t.Norm is "joined" or "participated" or "took")
            {
                return true;
            }
        }
        return false;
    }
}
