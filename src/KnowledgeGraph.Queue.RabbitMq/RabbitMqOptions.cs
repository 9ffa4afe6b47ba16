namespace KnowledgeGraph.Queue.RabbitMq;

/// <summary>Where the RabbitMQ work queue lives (KG_RABBITMQ_URI, e.g. amqp://user:password@host:5672/vhost) and its queue's name.</summary>
public sealed record RabbitMqOptions(Uri Uri)
{
    /// <summary>The articles queue; its retry, hold and dead-letter queues are named after it. Default "kg.articles".</summary>
    public string Queue { get; init; } = "kg.articles";

    /// <summary>How long messages given back untried (the store was away) wait before they come again. Default 5 s.</summary>
    public TimeSpan HoldTime { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The management plugin's HTTP address (KG_RABBITMQ_MANAGEMENT_URI, e.g. http://host:15672/), asked with the AMQP
    /// address's user and password. With it, stats also tell leases, totals and rates; without it, depths only.
    /// </summary>
    public Uri? ManagementUri { get; init; }

    /// <summary>How long a lease waits for messages to arrive when none are there. Default 500 ms.</summary>
    public TimeSpan WaitForMessages { get; init; } = TimeSpan.FromMilliseconds(500);
}
