namespace KnowledgeGraph.Api.Schema;

/// <summary>A person of a chain and the key of the meeting with the next person (null for the last).</summary>
public sealed record PathStep(string PersonKey, string? MeetingKey);
