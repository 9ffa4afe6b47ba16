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

    /// <summary>Seconds from an event's commit to its publication to subscribers.</summary>
    public static readonly Histogram<double> FeedDelay = Meter.CreateHistogram<double>("kg.feed.delay", "s", "Time from commit to publication");
}
