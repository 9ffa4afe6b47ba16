using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Schema;

/// <summary>Someone a person met, how often, and when last.</summary>
public sealed record Counterpart(PersonRecord Person, int Meetings, string? LastMet);
