namespace KnowledgeGraph.Queue;

/// <summary>A message given to one consumer for a while: its id, its body, and the how-many-th attempt this is.</summary>
public sealed record Lease(string Id, string Body, int Attempt, string Token);
