using KnowledgeGraph.Api.Access;
using KnowledgeGraph.Api.Feed;
using KnowledgeGraph.Api.Transport;
using KnowledgeGraph.Storage;
using Microsoft.AspNetCore.Builder;

namespace KnowledgeGraph.Api;

/// <summary>Everything the API host is built from; each part has defaults that `kg serve` documents.</summary>
public sealed record ApiHostOptions
{
    /// <summary>Where to listen. Default http://127.0.0.1:5080: only this machine until asked otherwise.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>Opens the store a request reads (one per request; SQLite connections are not shared across threads).</summary>
    public required Func<IGraphStore> OpenStore { get; init; }

    /// <summary>The store the change feed follower reads; by default one more from <see cref="OpenStore"/>.</summary>
    public Func<IGraphStore>? OpenFeedStore { get; init; }

    /// <summary>Who may do what. Default: no keys, so reads are anonymous and writes refused.</summary>
    public Callers Callers { get; init; } = new(ApiKeys.Empty);

    public ChangeFeedOptions Feed { get; init; } = new();

    public GraphQLWebSocketOptions WebSockets { get; init; } = new();

    public TelemetryOptions Telemetry { get; init; } = new();

    /// <summary>The folder the ingestion worker takes articles from; none (no worker) by default.</summary>
    public Worker.InboxOptions? Inbox { get; init; }

    /// <summary>
    /// The work queue, when this process runs a worker on it: the mutation then queues articles for it, and the worker
    /// stores them as `kg worker` does. None by default (the mutation stores articles itself).
    /// </summary>
    public Func<KnowledgeGraph.Queue.IWorkQueue>? Queue { get; init; }

    /// <summary>Last changes to the builder (tests put the TestServer here).</summary>
    public Action<WebApplicationBuilder>? Configure { get; init; }
}
