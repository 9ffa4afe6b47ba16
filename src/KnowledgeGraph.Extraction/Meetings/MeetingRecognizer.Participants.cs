using KnowledgeGraph.Extraction.Recognition;

namespace KnowledgeGraph.Extraction.Meetings;

// Who is named in a sentence yet not at the table: the subject of a past event, whom a host stands in for, whose greetings
// are carried, who reports the encounter.
public sealed partial class MeetingRecognizer
{
    private static readonly HashSet<string> NotParticipantBefore = new(StringComparer.Ordinal)
    {
        "نظام", "بنظام", "عهد", "حكم", "regime", "late", "former",
    };

    // «منذ الإطاحة ببشار الأسد», "since the ouster of": the person is the object of a past event, not at the table.
    private static readonly HashSet<string> PastEventBefore = new(StringComparer.Ordinal)
    {
        "الاطاحه", "سقوط", "اغتيال", "مقتل", "وفاه", "رحيل", "ouster", "overthrow", "fall", "assassination", "death", "killing",
    };

    private bool Excluded(PersonMention p) =>
        context.At(p.Start - 1) is { } before && NotParticipantBefore.Contains(before.Norm)
        || context.AnyNear(p.Start, p.Start - 3, 3, t => PastEventBefore.Contains(t.Forms[^1]))
        || GreetingsFor(p)
        || OnBehalfOf(p)
        || TriggerLexicon.SentMessage(context, p.Start)
        || IsSource(p);

    // «نيابة عن صاحب السمو رئيس الدولة», "on behalf of President …": the one represented is not there; nor is he when
    // courtesy words the mention does not hold stand between («نيابةً عن خادم الحرمين الشريفين الملك سلمان»).
    private bool OnBehalfOf(PersonMention p)
    {
        for (var k = p.Start - 1; k >= p.Start - 4 && context.At(k) is { IsWord: true } t && context.SameSentence(k, p.Start); k--)
        {
            if (t.Norm is "عن" && context.At(k - 1)?.Norm is "نيابه" or "نيابتا" or "ونيابه" || t.Norm is "of" && context.At(k - 1)?.Norm is "behalf")
            {
                return true;
            }
        }
        return false;
    }

    // «نقل تحيات الرئيس …», "conveyed the greetings of President …": whose greetings are carried, or to whom, is not at the table.
    private static readonly HashSet<string> Greetings = new(StringComparer.Ordinal)
    {
        "تحيات", "تحياته", "تحياتها", "تحيه", "تحيته", "تمنيات", "تمنياته", "greetings", "regards", "wishes",
    };

    private bool GreetingsFor(PersonMention p)
    {
        for (var k = p.Start - 1; k >= p.Start - 3 && context.At(k) is { IsWord: true } t && t.Sentence == context.Tokens[p.Start].Sentence; k--)
        {
            if (Greetings.Contains(t.Norm))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> SaidAfter = new(StringComparer.Ordinal) { "said", "says", "told", "added", "stated" };

    // «بحسب المتحدث باسم الرئاسة فلان», «وفقاً للمتحدث …»: who the report is attributed to.
    private static readonly HashSet<string> AttributionBefore = new(StringComparer.Ordinal) { "بحسب", "حسب", "وبحسب", "وحسب", "وفقا", "طبقا" };

    private static readonly HashSet<string> SaidBefore = new(StringComparer.Ordinal) { "قال", "اعلن", "افاد", "ذكر", "اوضح", "صرح", "افادت", "ذكرت", "اعلنت" };

    /// <summary>
    /// Who reports the encounter is no participant: ", State Department spokesperson Tammy Bruce said", "according to",
    /// «حسبما أعلن المتحدث باسم الخارجية …», «بحسب ما ذكر …».
    /// </summary>
    private HashSet<int>? _jointConferenceSentences;

    // The sentences that report a joint press conference, found once per article: IsSource is asked of every person often.
    private HashSet<int> JointConferenceSentences()
    {
        if (_jointConferenceSentences is null)
        {
            _jointConferenceSentences = [];
            for (var k = 0; k < context.Tokens.Count; k++)
            {
                if (TriggerLexicon.JointPressConference(context, k))
                {
                    _jointConferenceSentences.Add(context.Tokens[k].Sentence);
                }
            }
        }
        return _jointConferenceSentences;
    }

    private bool IsSource(PersonMention p)
    {
        // "Safadi said …, speaking at a joint news conference with …": who speaks beside another has met him.
        if (JointConferenceSentences().Contains(p.Sentence))
        {
            return false;
        }
        if (context.At(p.End) is { } after && context.SameSentence(p.End - 1, p.End) && SaidAfter.Contains(after.Norm) && !TriggerLexicon.ToldAGuest(context, p.End))
        {
            return true;
        }
        // "according to presidential spokesman …": lower-case words of the title may come first.
        var start = p.Start;
        while (start > p.Start - 3 && context.At(start - 1) is { IsWord: true } word && word.Text.Length > 0 && char.IsLower(word.Text[0])
            && word.Norm != "to")
        {
            start--;
        }
        return context.At(start - 1) is { Norm: "to" } && context.At(start - 2) is { Norm: "according" }
            || context.At(p.Start - 1) is { } cue && (AttributionBefore.Contains(cue.Norm)
                || SaidBefore.Contains(cue.Norm) && context.At(p.Start - 2) is { Norm: "حسبما" or "ما" or "كما" or "وحسبما" });
    }
}
