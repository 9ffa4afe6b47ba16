namespace KnowledgeGraph.Api.Schema;

/// <summary>Someone a person met, how often, and when last.</summary>
public sealed record Counterpart(string PersonKey, int Meetings, string? LastMet);
