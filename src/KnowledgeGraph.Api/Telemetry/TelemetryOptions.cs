namespace KnowledgeGraph.Api;

/// <summary>
/// Where traces and metrics go: an OTLP endpoint (KG_OTLP_ENDPOINT, or the standard OTEL_EXPORTER_OTLP_ENDPOINT), none by
/// default. Logs are plain console lines, or JSON lines with <see cref="JsonLogs"/> (KG_LOG_FORMAT=json).
/// </summary>
public sealed record TelemetryOptions
{
    public const string ServiceName = "knowledgegraph";

    public Uri? OtlpEndpoint { get; init; }

    public bool JsonLogs { get; init; }
}
