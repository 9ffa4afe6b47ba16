using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace KnowledgeGraph.Api.Telemetry;

/// <summary>The API's own traces and metrics, in one place; the ASP.NET Core ones come from its instrumentation.</summary>
public static class ApiTelemetry
{
    public const string Name = "KnowledgeGraph.Api";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    /// <summary>GraphQL operations executed, by type (query, mutation, subscription) and outcome (ok, error).</summary>
    public static readonly Counter<long> Operations = Meter.CreateCounter<long>("kg.graphql.operations", description: "GraphQL operations executed");

    public static readonly Histogram<double> OperationDuration = Meter.CreateHistogram<double>("kg.graphql.operation.duration", "ms", "Time to execute a GraphQL operation");

    public static readonly UpDownCounter<long> Subscriptions = Meter.CreateUpDownCounter<long>("kg.graphql.subscriptions", description: "Subscriptions open now");

    public static readonly Counter<long> FeedEvents = Meter.CreateCounter<long>("kg.feed.events", description: "Change feed events published to subscribers, by kind");

    public static readonly Counter<long> SubscribersDropped = Meter.CreateCounter<long>("kg.feed.subscribers.dropped", description: "Subscriptions ended because they fell behind");

    /// <summary>The work queue as the in-process worker last saw it (every 5 s): ready, leased, waiting to retry, dead letters, lag.</summary>
    private static KnowledgeGraph.Queue.QueueStats? _queue;

    public static void Observe(KnowledgeGraph.Queue.QueueStats stats) => _queue = stats;

    private static readonly ObservableGauge<long> QueueReady = Meter.CreateObservableGauge("kg.queue.ready", () => _queue?.Ready ?? 0, description: "Messages ready to deliver");
    private static readonly ObservableGauge<long> QueueLeased = Meter.CreateObservableGauge("kg.queue.leased", () => _queue?.Leased ?? 0, description: "Messages leased to workers now");
    private static readonly ObservableGauge<long> QueueDelayed = Meter.CreateObservableGauge("kg.queue.delayed", () => _queue?.Delayed ?? 0, description: "Messages waiting to be retried");
    private static readonly ObservableGauge<long> QueueDead = Meter.CreateObservableGauge("kg.queue.dead_letters", () => _queue?.DeadLetters ?? 0, description: "Dead letters");
    private static readonly ObservableGauge<double> QueueLag = Meter.CreateObservableGauge("kg.queue.lag", () => _queue?.Lag.TotalSeconds ?? 0, "s", "Age of the oldest ready message");

    /// <summary>Seconds from an event's commit to its publication to subscribers.</summary>
    public static readonly Histogram<double> FeedDelay = Meter.CreateHistogram<double>("kg.feed.delay", "s", "Time from commit to publication");
}
