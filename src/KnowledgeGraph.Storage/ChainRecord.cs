namespace KnowledgeGraph.Storage;

/// <summary>
/// A shortest chain of meetings between two persons: <see cref="Persons"/> from the first to the last, and the meeting
/// that links each to the next (<see cref="Meetings"/> has one item fewer).
/// </summary>
public sealed record ChainRecord(IReadOnlyList<string> Persons, IReadOnlyList<string> Meetings);
