namespace KnowledgeGraph.Storage;

/// <summary>One page of persons in key order, how many match in all, and whether more follow.</summary>
public sealed record PersonPage(IReadOnlyList<PersonRecord> Persons, long TotalCount, bool HasMore);
