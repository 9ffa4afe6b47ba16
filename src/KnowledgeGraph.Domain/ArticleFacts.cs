namespace KnowledgeGraph.Domain;

/// <summary>Everything extraction found in one article; every fact carries the span it came from.</summary>
public sealed record ArticleFacts(
    string ArticleId,
    IReadOnlyList<PersonFact> Persons,
    IReadOnlyList<string> Countries,
    IReadOnlyList<OfficeFact> Offices,
    IReadOnlyList<MeetingFact> Meetings)
{
    public static ArticleFacts Empty(string articleId) => new(articleId, [], [], [], []);
}
