namespace KnowledgeGraph.Storage;

/// <summary>How many nodes of each kind a store holds.</summary>
public sealed record GraphStats(long Persons, long Countries, long Offices, long Meetings, long Articles);
