namespace KnowledgeGraph.Queue;

/// <summary>A message that will not be delivered again until requeued, and why.</summary>
public sealed record DeadLetter(string Id, string Body, int Attempts, string Reason, DateTimeOffset FailedAt);
