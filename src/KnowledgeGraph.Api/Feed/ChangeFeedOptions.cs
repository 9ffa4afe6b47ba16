namespace KnowledgeGraph.Api.Feed;

/// <summary>How the API follows the store's change feed and feeds subscribers.</summary>
public sealed record ChangeFeedOptions
{
    /// <summary>How often the store is asked for new changes. Default 200 ms, so events arrive well within a second.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Changes read per query. Default 500.</summary>
    public int BatchSize { get; init; } = 500;

    /// <summary>
    /// Events buffered for one subscription. Default 1,000. A subscription whose buffer is full has fallen behind: it
    /// gets an error and is completed, and the others go on unslowed.
    /// </summary>
    public int BufferPerSubscription { get; init; } = 1_000;

    public ChangeFeedOptions Validate()
    {
        if (PollInterval <= TimeSpan.Zero || PollInterval > TimeSpan.FromMinutes(1))
        {
            throw new ArgumentException($"The change feed poll interval must be between 0 and 1 minute; it is {PollInterval}.");
        }
        if (BatchSize is < 1 or > 100_000)
        {
            throw new ArgumentException($"The change feed batch size must be between 1 and 100,000; it is {BatchSize}.");
        }
        if (BufferPerSubscription is < 1 or > 1_000_000)
        {
            throw new ArgumentException($"The buffer per subscription must be between 1 and 1,000,000 events; it is {BufferPerSubscription}.");
        }
        return this;
    }
}
