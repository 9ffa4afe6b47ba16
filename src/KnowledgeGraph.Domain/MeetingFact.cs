namespace KnowledgeGraph.Domain;

/// <summary>An encounter an article reports as having happened; participants are article-local person ids.</summary>
public sealed record MeetingFact(
    MeetingKind Kind,
    IReadOnlyList<string> Participants,
    IReadOnlyList<string> DelegationCountries,
    PartialDate? Date,
    string? City,
    string? Country,
    TextSpan Evidence);
