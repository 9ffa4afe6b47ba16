using System.CommandLine;
using Microsoft.Extensions.Configuration;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// The options every command that opens the store shares: `--store sqlite|neo4j`, `--db` for SQLite, `--neo4j-uri`,
/// `--neo4j-user`, `--neo4j-database` for Neo4j. Each falls back to an environment variable ($KG_STORE, $KG_DB,
/// $KG_NEO4J_URI, $KG_NEO4J_USER, $KG_NEO4J_DATABASE), then to the "KnowledgeGraph" section of ./appsettings.json
/// (Store, Db, Neo4j:Uri, Neo4j:User, Neo4j:Database, Neo4j:Password), then to the built-in default. The Neo4j password
/// comes only from $KG_NEO4J_PASSWORD or configuration, so that it never appears in a process list.
/// </summary>
internal sealed class StoreOptions
{
    public Option<string> Store { get; } = new("--store")
    {
        Description = "sqlite (embedded, the default) or neo4j.",
        DefaultValueFactory = _ => Setting("KG_STORE", "Store") ?? "sqlite",
    };

    public Option<string> Database { get; } = new("--db")
    {
        Description = $"The SQLite database file (default: {SqliteStoreOptions.DefaultPath}; created with its folder when missing).",
        DefaultValueFactory = _ => Setting("KG_DB", "Db") ?? SqliteStoreOptions.DefaultPath,
    };

    public Option<string> Neo4jUri { get; } = new("--neo4j-uri")
    {
        Description = "The Neo4j server's HTTP address.",
        DefaultValueFactory = _ => Setting("KG_NEO4J_URI", "Neo4j:Uri") ?? "http://localhost:7474",
    };

    public Option<string> Neo4jUser { get; } = new("--neo4j-user")
    {
        Description = "The Neo4j user (the password comes from KG_NEO4J_PASSWORD).",
        DefaultValueFactory = _ => Setting("KG_NEO4J_USER", "Neo4j:User") ?? "neo4j",
    };

    public Option<string> Neo4jDatabase { get; } = new("--neo4j-database")
    {
        Description = "The Neo4j database.",
        DefaultValueFactory = _ => Setting("KG_NEO4J_DATABASE", "Neo4j:Database") ?? "neo4j",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Store);
        command.Options.Add(Database);
        command.Options.Add(Neo4jUri);
        command.Options.Add(Neo4jUser);
        command.Options.Add(Neo4jDatabase);
    }

    /// <summary>The store the options name, not yet initialised; a wrong option fails here with a message that names it.</summary>
    public IGraphStore Open(ParseResult result)
    {
        var store = result.GetValue(Store)!;
        switch (store)
        {
            case "sqlite":
                return new SqliteGraphStore(new SqliteStoreOptions(result.GetValue(Database)!));
            case "neo4j":
                if (!Uri.TryCreate(result.GetValue(Neo4jUri), UriKind.Absolute, out var uri))
                {
                    throw new ArgumentException($"--neo4j-uri '{result.GetValue(Neo4jUri)}' is not an absolute address such as http://localhost:7474.");
                }
                var defaults = new Neo4jOptions();
                var options = defaults with
                {
                    Uri = uri,
                    User = result.GetValue(Neo4jUser)!,
                    Database = result.GetValue(Neo4jDatabase)!,
                    Password = Setting("KG_NEO4J_PASSWORD", "Neo4j:Password"),
                    // Resilience settings: KG_NEO4J_TIMEOUT_SECONDS, KG_NEO4J_MAX_ATTEMPTS, KG_NEO4J_RETRY_DELAY_MS,
                    // KG_NEO4J_BREAK_SECONDS, KG_NEO4J_BATCH_ROWS, or the same under KnowledgeGraph:Neo4j in appsettings.json.
                    RequestTimeout = TimeSpan.FromSeconds(Number("KG_NEO4J_TIMEOUT_SECONDS", "Neo4j:TimeoutSeconds", defaults.RequestTimeout.TotalSeconds)),
                    MaxAttempts = (int)Number("KG_NEO4J_MAX_ATTEMPTS", "Neo4j:MaxAttempts", defaults.MaxAttempts),
                    RetryBaseDelay = TimeSpan.FromMilliseconds(Number("KG_NEO4J_RETRY_DELAY_MS", "Neo4j:RetryDelayMilliseconds", defaults.RetryBaseDelay.TotalMilliseconds)),
                    BreakerBreakDuration = TimeSpan.FromSeconds(Number("KG_NEO4J_BREAK_SECONDS", "Neo4j:BreakSeconds", defaults.BreakerBreakDuration.TotalSeconds)),
                    BatchRows = (int)Number("KG_NEO4J_BATCH_ROWS", "Neo4j:BatchRows", defaults.BatchRows),
                };
                return new Neo4jGraphStore(new Neo4jHttpClient(options), options);
            default:
                throw new ArgumentException($"--store '{store}' is not a store: use sqlite or neo4j.");
        }
    }

    /// <summary>Where a rejects file goes by default: beside the SQLite file, or in ./data for Neo4j.</summary>
    public string DefaultRejects(ParseResult result) =>
        result.GetValue(Store) == "sqlite" ? Path.ChangeExtension(result.GetValue(Database)!, null) + ".rejects.jsonl" : Path.Combine("data", "neo4j.rejects.jsonl");

    public string DefaultCheckpoint(ParseResult result) =>
        result.GetValue(Store) == "sqlite" ? Path.ChangeExtension(result.GetValue(Database)!, null) + ".checkpoint.json" : Path.Combine("data", "neo4j.checkpoint.json");

    private static double Number(string environment, string key, double fallback) => Settings.Number(environment, key, fallback);

    private static string? Setting(string environment, string key) => Settings.Get(environment, key);
}
