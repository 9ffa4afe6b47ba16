using System.CommandLine;
using KnowledgeGraph.Queue;
using KnowledgeGraph.Queue.Sqlite;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// The options of the commands that use the work queue: `--queue sqlite|rabbitmq` (KG_QUEUE, Queue:Kind; default sqlite),
/// `--queue-db` for SQLite (KG_QUEUE_DB, Queue:Db; default ./data/queue.db), `--rabbitmq-uri` for RabbitMQ
/// (KG_RABBITMQ_URI, Queue:RabbitMqUri; default amqp://guest:guest@localhost:5672/) and its management plugin for stats
/// (KG_RABBITMQ_MANAGEMENT_URI, Queue:RabbitMqManagementUri; none by default), and the queue's behaviour from
/// KG_QUEUE_LEASE_SECONDS, KG_QUEUE_MAX_ATTEMPTS and KG_QUEUE_RETRY_DELAY_MS (or Queue:LeaseSeconds, Queue:MaxAttempts,
/// Queue:RetryDelayMilliseconds).
/// </summary>
internal sealed class QueueSettings
{
    public Option<string> Database { get; } = new("--queue-db")
    {
        Description = $"The queue's SQLite file (default: {SqliteWorkQueue.DefaultPath}).",
        DefaultValueFactory = _ => Settings.Get("KG_QUEUE_DB", "Queue:Db") ?? SqliteWorkQueue.DefaultPath,
    };

    public Option<string> Kind { get; } = new("--queue")
    {
        Description = "sqlite (embedded, the default) or rabbitmq.",
        DefaultValueFactory = _ => Settings.Get("KG_QUEUE", "Queue:Kind") ?? "sqlite",
    };

    public Option<string> RabbitMqUri { get; } = new("--rabbitmq-uri")
    {
        Description = "The RabbitMQ server, amqp://user:password@host:port/vhost (or KG_RABBITMQ_URI, which keeps the password off the command line).",
        DefaultValueFactory = _ => Settings.Get("KG_RABBITMQ_URI", "Queue:RabbitMqUri") ?? "amqp://guest:guest@localhost:5672/",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Kind);
        command.Options.Add(Database);
        command.Options.Add(RabbitMqUri);
    }

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
        var options = new QueueOptions
        {
            LeaseTime = TimeSpan.FromSeconds(Settings.Number("KG_QUEUE_LEASE_SECONDS", "Queue:LeaseSeconds", defaults.LeaseTime.TotalSeconds)),
            MaxAttempts = (int)Settings.Number("KG_QUEUE_MAX_ATTEMPTS", "Queue:MaxAttempts", defaults.MaxAttempts),
            RetryDelay = TimeSpan.FromMilliseconds(Settings.Number("KG_QUEUE_RETRY_DELAY_MS", "Queue:RetryDelayMilliseconds", defaults.RetryDelay.TotalMilliseconds)),
        };
        switch (result.GetValue(Kind))
        {
            case "sqlite":
                return new SqliteWorkQueue(result.GetValue(Database)!, options);
            case "rabbitmq":
                if (!Uri.TryCreate(result.GetValue(RabbitMqUri), UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "amqps"))
                {
                    throw new ArgumentException("--rabbitmq-uri must be an address such as amqp://user:password@host:5672/ (the value is not shown: it may hold a password).");
                }
                var management = Settings.Get("KG_RABBITMQ_MANAGEMENT_URI", "Queue:RabbitMqManagementUri");
                if (management is not null && !Uri.TryCreate(management, UriKind.Absolute, out _))
                {
                    throw new ArgumentException($"KG_RABBITMQ_MANAGEMENT_URI '{management}' is not an address such as http://localhost:15672/.");
                }
                return new KnowledgeGraph.Queue.RabbitMq.RabbitMqWorkQueue(
                    new KnowledgeGraph.Queue.RabbitMq.RabbitMqOptions(uri) { ManagementUri = management is null ? null : new Uri(management) }, options);
            default:
                throw new ArgumentException($"--queue must be sqlite or rabbitmq, not '{result.GetValue(Kind)}'.");
        }
    }
}
