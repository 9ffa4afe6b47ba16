using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Extraction.Meetings;

/// <summary>A meeting while it is being assembled from the sentences that report it.</summary>
public sealed class MeetingDraft
{
    public required MeetingKind Kind { get; set; }

    public SortedSet<int> Participants { get; } = [];

    public SortedSet<string> Delegations { get; } = new(StringComparer.Ordinal);

    public PartialDate? Date { get; set; }

    /// <summary>The text says it does not date the encounter («مؤخراً», "recently"): no date is inferred.</summary>
    public bool Undated { get; set; }

    /// <summary>True when the date is the article's lead date, not one the reporting sentence states.</summary>
    public bool DateInferred { get; set; }

    public string? City { get; set; }

    /// <summary>The text places it somewhere the gazetteer does not know ("in Alaska"): not at the dateline.</summary>
    public bool ElsewhereUnknown { get; set; }

    public string? Country { get; set; }

    /// <summary>A state the sentence names beside the parties («في الكويت»), its place when nothing closer gives one.</summary>
    public string? StateNamed { get; set; }

    /// <summary>Placed at the dateline for want of a place in the text: a trip's place may stand in for it.</summary>
    public bool AtDateline { get; set; }

    public required TextSpan Evidence { get; set; }

    public bool Separate { get; init; }

    /// <summary>The text sets it after the encounters before («في وقت لاحق», "later"): with other people it is another one.</summary>
    public bool Later { get; set; }

    /// <summary>Held on the sidelines of a conference («على هامش», "on the sidelines"): no one there need be at home.</summary>
    public bool OnSidelines { get; set; }

    /// <summary>The text says the encounter was with "his guest" («مع ضيفه»): the head of a visiting delegation.</summary>
    public bool WithGuest { get; set; }

    /// <summary>Opened by a noun that refers back («الزيارة», «اللقاء»): it adds to a reported meeting, never makes one.</summary>
    public bool FromReference { get; set; }

    /// <summary>The last sentence that only said who attended it ("The meeting was attended by …"), if any.</summary>
    public int AttendedIn { get; set; } = -1;

    /// <summary>Who a later sentence only says attended it («وحضر اللقاء …»), not who met.</summary>
    public HashSet<int> Attendees { get; } = [];

    public int Size => Participants.Count + Delegations.Count;

    /// <summary>
    /// How far two drafts name the same people and delegations; attendees are left out, since they only join one. When
    /// both name two people who met, a delegation both share is the trip's, not a sign of one encounter: the chief of
    /// staff's talks with a visiting general and the prime minister's with him that day are two.
    /// </summary>
    public double Overlap(MeetingDraft other)
    {
        var met = Met(this);
        var otherMet = Met(other);
        var byPeople = met.Count >= 2 && otherMet.Count >= 2;
        var shared = met.Count(otherMet.Contains);
        var size = met.Count + otherMet.Count;
        if (!byPeople)
        {
            shared += Delegations.Count(other.Delegations.Contains);
            size += Delegations.Count + other.Delegations.Count;
        }
        var union = size - shared;
        return union == 0 ? 0 : (double)shared / union;
    }

    // Called for every pair of drafts of an article: the people who met are counted without copying when none only attended.
    private static ISet<int> Met(MeetingDraft draft) =>
        draft.Attendees.Count == 0 || !draft.Participants.Overlaps(draft.Attendees) ? draft.Participants : draft.Participants.Except(draft.Attendees).ToHashSet();
}
