namespace KnowledgeGraph.Storage;

/// <summary>One page of meetings in date order (undated first, then by key), how many match in all, and whether more follow.</summary>
public sealed record MeetingPage(IReadOnlyList<MeetingRecord> Meetings, long TotalCount, bool HasMore)
{
    private const char Separator = '\u001f';

    /// <summary>Where a meeting stands in that order: what a listing's `after` takes to go on after it.</summary>
    public static string PositionOf(MeetingRecord meeting) => (meeting.Date ?? "") + Separator + meeting.Key;

    public static (string Date, string Key)? ParsePosition(string? position)
    {
        var cut = position?.IndexOf(Separator, StringComparison.Ordinal) ?? -1;
        return cut < 0 ? null : (position![..cut], position[(cut + 1)..]);
    }
}
