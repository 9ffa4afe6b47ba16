namespace KnowledgeGraph.Api.Transport;

/// <summary>Limits of the graphql-transport-ws endpoint.</summary>
public sealed record GraphQLWebSocketOptions
{
    public const string Subprotocol = "graphql-transport-ws";

    /// <summary>How long a client has to send connection_init. Default 10 s, then close 4408.</summary>
    public TimeSpan InitTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Messages waiting to be sent on one connection. Default 1,000; a connection whose client reads slower is aborted.</summary>
    public int OutgoingBuffer { get; init; } = 1_000;

    /// <summary>Operations running at once on one connection. Default 100.</summary>
    public int MaxSubscriptions { get; init; } = 100;

    public GraphQLWebSocketOptions Validate()
    {
        if (InitTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException($"The WebSocket init timeout must be positive; it is {InitTimeout}.");
        }
        if (OutgoingBuffer < 1 || MaxSubscriptions < 1)
        {
            throw new ArgumentException("The WebSocket outgoing buffer and the subscriptions per connection must be at least 1.");
        }
        return this;
    }
}
