using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Storage;

/// <summary>One article and the graph its facts resolve to, keyed for merging with what the store already holds.</summary>
public sealed record ArticleGraph(
    Article Article,
    string ContentHash,
    IReadOnlyList<PersonRecord> Persons,
    IReadOnlyList<CountryRecord> Countries,
    IReadOnlyList<OfficeRecord> Offices,
    IReadOnlyList<MeetingRecord> Meetings);
