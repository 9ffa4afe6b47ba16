using System.CommandLine;
using KnowledgeGraph.Queue;
using KnowledgeGraph.Queue.Sqlite;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// The options of the commands that use the work queue: `--queue-db` (or KG_QUEUE_DB, or Queue:Db in appsettings.json;
/// default ./data/queue.db), and the queue's behaviour from KG_QUEUE_LEASE_SECONDS, KG_QUEUE_MAX_ATTEMPTS and
/// KG_QUEUE_RETRY_DELAY_MS (or Queue:LeaseSeconds, Queue:MaxAttempts, Queue:RetryDelayMilliseconds).
/// </summary>
internal sealed class QueueSettings
{
    public Option<string> Database { get; } = new("--queue-db")
    {
        Description = $"The queue's SQLite file (default: {SqliteWorkQueue.DefaultPath}).",
        DefaultValueFactory = _ => Settings.Get("KG_QUEUE_DB", "Queue:Db") ?? SqliteWorkQueue.DefaultPath,
    };

    public void AddTo(Command command) => command.Options.Add(Database);

    public async Task<IWorkQueue> OpenAsync(ParseResult result, CancellationToken cancellationToken)
    {
        var queue = Open(result);
        await queue.InitializeAsync(cancellationToken);
        return queue;
    }

    /// <summary>The queue the options name, not yet initialised.</summary>
    public IWorkQueue Open(ParseResult result)
    {
        var defaults = new QueueOptions();
        return new SqliteWorkQueue(result.GetValue(Database)!, new QueueOptions
        {
            LeaseTime = TimeSpan.FromSeconds(Settings.Number("KG_QUEUE_LEASE_SECONDS", "Queue:LeaseSeconds", defaults.LeaseTime.TotalSeconds)),
            MaxAttempts = (int)Settings.Number("KG_QUEUE_MAX_ATTEMPTS", "Queue:MaxAttempts", defaults.MaxAttempts),
            RetryDelay = TimeSpan.FromMilliseconds(Settings.Number("KG_QUEUE_RETRY_DELAY_MS", "Queue:RetryDelayMilliseconds", defaults.RetryDelay.TotalMilliseconds)),
        });
    }
}
