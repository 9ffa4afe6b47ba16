using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Storage;

public sealed record MeetingRecord(
    string Key,
    MeetingKind Kind,
    string? Date,
    string? DatePrecision,
    string? City,
    string? Country,
    IReadOnlyList<string> Participants,
    IReadOnlyList<string> Delegations,
    TextSpan Evidence);
