namespace KnowledgeGraph.Queue;

/// <summary>
/// Where the queue stands: ready to deliver, leased now, waiting to be retried, dead-lettered; how long the oldest
/// ready message has waited (the lag); how many were acknowledged and dead-lettered since the queue was made; and the
/// rates of both over the last five minutes, per second. Adapters that cannot know a figure leave it 0 (see each).
/// </summary>
public sealed record QueueStats(long Ready, long Leased, long Delayed, long DeadLetters, TimeSpan Lag, long Acknowledged, long DeadLettered)
{
    public double AcknowledgedPerSecond { get; init; }

    public double DeadLetteredPerSecond { get; init; }
}
