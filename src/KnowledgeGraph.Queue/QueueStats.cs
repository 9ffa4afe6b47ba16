namespace KnowledgeGraph.Queue;

/// <summary>
/// Where the queue stands: ready to deliver, leased now, waiting to be retried, dead-lettered; how long the oldest
/// ready message has waited (the lag); and how many were acknowledged and dead-lettered since the queue was made.
/// </summary>
public sealed record QueueStats(long Ready, long Leased, long Delayed, long DeadLetters, TimeSpan Lag, long Acknowledged, long DeadLettered);
