namespace KnowledgeGraph.Queue;

/// <summary>How the queue treats its messages; the defaults suit articles that take well under a second each.</summary>
public sealed record QueueOptions
{
    /// <summary>How long a consumer holds a message before it is given to another. Default 60 s.</summary>
    public TimeSpan LeaseTime { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Deliveries before a message is dead-lettered. Default 5.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>The wait before the first retry, doubled for each one after. Default 2 s.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait between retries. Default 5 min.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromMinutes(5);

    public TimeSpan DelayBefore(int attempt) =>
        TimeSpan.FromTicks(Math.Min(MaxRetryDelay.Ticks, RetryDelay.Ticks * (1L << Math.Clamp(attempt - 1, 0, 30))));

    public QueueOptions Validate()
    {
        if (LeaseTime <= TimeSpan.Zero || RetryDelay < TimeSpan.Zero || MaxRetryDelay < RetryDelay)
        {
            throw new ArgumentException("The queue's lease time must be positive and its retry delays ordered (0 ≤ RetryDelay ≤ MaxRetryDelay).");
        }
        if (MaxAttempts < 1)
        {
            throw new ArgumentException($"The queue's MaxAttempts must be at least 1; it is {MaxAttempts}.");
        }
        return this;
    }
}
