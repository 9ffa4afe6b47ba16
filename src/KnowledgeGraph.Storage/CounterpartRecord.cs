namespace KnowledgeGraph.Storage;

/// <summary>Someone <see cref="PersonKey"/> met: how many meetings they both attended, and the date of the latest.</summary>
public sealed record CounterpartRecord(string PersonKey, string CounterpartKey, int Meetings, string? LastMet);
