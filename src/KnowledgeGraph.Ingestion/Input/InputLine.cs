namespace KnowledgeGraph.Ingestion.Input;

/// <summary>One line of a JSON Lines source: its text, or why it could not be decoded.</summary>
public sealed record InputLine(string Source, long Number, string? Text, string? Error);
