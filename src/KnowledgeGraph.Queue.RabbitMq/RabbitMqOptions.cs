namespace KnowledgeGraph.Queue.RabbitMq;

/// <summary>Where the RabbitMQ work queue lives (KG_RABBITMQ_URI, e.g. amqp://user:password@host:5672/vhost) and its queue's name.</summary>
public sealed record RabbitMqOptions(Uri Uri)
{
    /// <summary>The articles queue; its retry, hold and dead-letter queues are named after it. Default "kg.articles".</summary>
    public string Queue { get; init; } = "kg.articles";

    /// <summary>How long messages given back untried (the store was away) wait before they come again. Default 5 s.</summary>
    public TimeSpan HoldTime { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a lease waits for messages to arrive when none are there. Default 500 ms.</summary>
    public TimeSpan WaitForMessages { get; init; } = TimeSpan.FromMilliseconds(500);
}
