namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// Where the Neo4j server is and how hard to try. Defaults: http://localhost:7474, user neo4j, database neo4j,
/// 30 s per request, 5 attempts with exponential backoff from 200 ms (jittered), a breaker that opens for 15 s
/// when half of at least 10 calls in 30 s fail. The password comes from KG_NEO4J_PASSWORD or configuration and is never logged.
/// </summary>
public sealed record Neo4jOptions
{
    public Uri Uri { get; init; } = new("http://localhost:7474");

    public string User { get; init; } = "neo4j";

    public string? Password { get; init; }

    public string Database { get; init; } = "neo4j";

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public int MaxAttempts { get; init; } = 5;

    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    public double BreakerFailureRatio { get; init; } = 0.5;

    public int BreakerMinimumThroughput { get; init; } = 10;

    public TimeSpan BreakerSamplingDuration { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan BreakerBreakDuration { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Rows per UNWIND statement.</summary>
    public int BatchRows { get; init; } = 1000;

    public void Validate()
    {
        if (!Uri.IsAbsoluteUri || Uri.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"--neo4j-uri must be an http:// or https:// address of the server's HTTP port, not '{Uri}'.");
        }
        if (string.IsNullOrWhiteSpace(Database) || Database.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_')))
        {
            throw new ArgumentException($"--neo4j-database '{Database}' is not a database name.");
        }
        if (RequestTimeout <= TimeSpan.Zero || MaxAttempts < 1 || RetryBaseDelay < TimeSpan.Zero || BatchRows < 1)
        {
            throw new ArgumentException("Neo4j timeouts, attempts, delays and batch rows must be positive.");
        }
        if (BreakerFailureRatio is <= 0 or > 1 || BreakerMinimumThroughput < 2 || BreakerBreakDuration < TimeSpan.FromMilliseconds(500))
        {
            throw new ArgumentException("The Neo4j circuit breaker needs a failure ratio in (0, 1], a throughput of at least 2 and a break of at least 0.5 s.");
        }
    }

    /// <summary>A description safe for logs: never the password.</summary>
    public override string ToString() => $"{Uri} (user {User}, database {Database})";
}
