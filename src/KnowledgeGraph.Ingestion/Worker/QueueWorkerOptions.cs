namespace KnowledgeGraph.Ingestion.Worker;

/// <summary>How a worker takes its work. Defaults: 100 articles a lease, a look every 500 ms when idle, a pause of 5 s after a store failure.</summary>
public sealed record QueueWorkerOptions
{
    public int BatchSize { get; init; } = 100;

    public TimeSpan IdleDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long the worker waits after the store failed before it leases again.</summary>
    public TimeSpan FailurePause { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Stop once the queue holds nothing to deliver now or later (dead letters aside): for batch jobs and tests.</summary>
    public bool UntilEmpty { get; init; }

    public QueueWorkerOptions Validate() => BatchSize is >= 1 and <= 10_000
        ? this
        : throw new ArgumentException($"The worker's batch size must be between 1 and 10000, not {BatchSize}.");
}
