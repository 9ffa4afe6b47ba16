namespace KnowledgeGraph.Ingestion.Worker;

/// <summary>How a worker takes its work. Defaults: 100 articles a lease, a look every 500 ms when idle, pauses from 2 s to 30 s while the store fails.</summary>
public sealed record QueueWorkerOptions
{
    public int BatchSize { get; init; } = 100;

    public TimeSpan IdleDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long the worker waits after the store failed before it leases again; doubled while it keeps failing.</summary>
    public TimeSpan FailurePause { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait between tries while the store keeps failing. Default 30 s.</summary>
    public TimeSpan MaxFailurePause { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Stop once the queue holds nothing to deliver now or later (dead letters aside): for batch jobs and tests.</summary>
    public bool UntilEmpty { get; init; }

    public QueueWorkerOptions Validate() => BatchSize is >= 1 and <= 10_000
        ? this
        : throw new ArgumentException($"The worker's batch size must be between 1 and 10000, not {BatchSize}.");
}
