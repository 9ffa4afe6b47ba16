using System.Globalization;
using System.Text;
using System.Threading.Channels;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace KnowledgeGraph.Queue.RabbitMq;

/// <summary>
/// The work queue on RabbitMQ, for workers on many machines. The articles queue is a durable quorum queue: RabbitMQ
/// counts each delivery and dead-letters a message its consumers kept dying on (x-delivery-limit). Publishing waits for
/// the broker's confirmation; consumers take messages with manual acknowledgements and a prefetch of one batch. A
/// worker whose connection drops leaves its unacknowledged messages to the others. A failed message is published to
/// the retry queue for its attempt (a fixed TTL each, then dead-lettered back to the articles queue) and acknowledged;
/// a message given up on goes to the dead-letter queue with the reason in its headers.
/// </summary>
public sealed class RabbitMqWorkQueue(RabbitMqOptions options, QueueOptions? queueOptions = null) : IWorkQueue
{
    private const string AttemptsHeader = "x-kg-attempts";
    private const string ReasonHeader = "x-kg-reason";
    private const string FailedAtHeader = "x-kg-failed-at";

    private readonly QueueOptions _queue = (queueOptions ?? new QueueOptions()).Validate();
    private readonly Channel<Delivery> _deliveries = Channel.CreateUnbounded<Delivery>();
    private IConnection? _connection;
    private IChannel? _publisher;
    private IChannel? _consumer;

    private sealed record Delivery(ulong Tag, string Id, string Body, int Attempt);

    private string Articles => options.Queue;

    private string Dead => options.Queue + ".dead";

    private string Hold => options.Queue + ".hold";

    private string Retry(int attempt) => $"{options.Queue}.retry.{attempt}";

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        var factory = new ConnectionFactory { Uri = options.Uri, ClientProvidedName = "kg" };
        try
        {
            _connection = await factory.CreateConnectionAsync(cancellationToken);
        }
        catch (RabbitMQ.Client.Exceptions.BrokerUnreachableException e)
        {
            throw new InvalidOperationException($"Cannot reach RabbitMQ at {options.Uri.Host}:{options.Uri.Port}: {e.InnerException?.Message ?? e.Message}", e);
        }
        _publisher = await _connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        try
        {
            await DeclareAsync(cancellationToken);
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == 406)
        {
            throw new InvalidOperationException(
                $"RabbitMQ holds the queues of '{Articles}' with other settings ({e.ShutdownReason.ReplyText}); use the same settings, or delete those queues first.", e);
        }
    }

    private async Task DeclareAsync(CancellationToken cancellationToken)
    {
        await _publisher!.QueueDeclareAsync(Dead, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken);
        await _publisher.QueueDeclareAsync(Articles, durable: true, exclusive: false, autoDelete: false, arguments: new Dictionary<string, object?>
        {
            ["x-queue-type"] = "quorum",
            ["x-delivery-limit"] = _queue.MaxAttempts,
            ["x-dead-letter-exchange"] = "",
            ["x-dead-letter-routing-key"] = Dead,
        }, cancellationToken: cancellationToken);
        // Back to the articles queue when their time is up: one queue per attempt, each with its delay.
        foreach (var (name, delay) in Enumerable.Range(1, _queue.MaxAttempts).Select(a => (Retry(a), _queue.DelayBefore(a))).Append((Hold, options.HoldTime)))
        {
            await _publisher.QueueDeclareAsync(name, durable: true, exclusive: false, autoDelete: false, arguments: new Dictionary<string, object?>
            {
                ["x-message-ttl"] = (long)delay.TotalMilliseconds,
                ["x-dead-letter-exchange"] = "",
                ["x-dead-letter-routing-key"] = Articles,
            }, cancellationToken: cancellationToken);
        }
    }

    public async Task EnqueueAsync(IReadOnlyList<string> bodies, CancellationToken cancellationToken = default)
    {
        foreach (var body in bodies)
        {
            await PublishAsync(Articles, Guid.NewGuid().ToString("N"), body, 0, null, cancellationToken);
        }
    }

    private async Task PublishAsync(string queue, string id, string body, int attempts, IDictionary<string, object?>? more, CancellationToken cancellationToken)
    {
        var headers = new Dictionary<string, object?> { [AttemptsHeader] = attempts };
        foreach (var (k, v) in more ?? new Dictionary<string, object?>())
        {
            headers[k] = v;
        }
        // With confirmation tracking, this returns once the broker has the message on disk (or throws).
        await _publisher!.BasicPublishAsync("", queue, mandatory: true,
            new BasicProperties { Persistent = true, MessageId = id, Headers = headers }, Encoding.UTF8.GetBytes(body), cancellationToken);
    }

    public async Task<IReadOnlyList<Lease>> LeaseAsync(int max, CancellationToken cancellationToken = default)
    {
        if (_consumer is null)
        {
            _consumer = await _connection!.CreateChannelAsync(cancellationToken: cancellationToken);
            await _consumer.BasicQosAsync(0, (ushort)Math.Clamp(max, 1, ushort.MaxValue), false, cancellationToken);
            var consumer = new AsyncEventingBasicConsumer(_consumer);
            consumer.ReceivedAsync += (_, e) =>
            {
                var failures = Int(e.BasicProperties.Headers, AttemptsHeader);
                var deliveries = Int(e.BasicProperties.Headers, "x-delivery-count");
                _deliveries.Writer.TryWrite(new Delivery(e.DeliveryTag, e.BasicProperties.MessageId ?? e.DeliveryTag.ToString(CultureInfo.InvariantCulture),
                    Encoding.UTF8.GetString(e.Body.Span), failures + deliveries + 1));
                return Task.CompletedTask;
            };
            await _consumer.BasicConsumeAsync(Articles, autoAck: false, consumer, cancellationToken);
        }
        var leases = new List<Lease>();
        // What has arrived, or what arrives within a short wait: the caller polls again when it gets nothing.
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(options.WaitForMessages);
        try
        {
            while (leases.Count < max && (leases.Count == 0 ? await _deliveries.Reader.WaitToReadAsync(wait.Token) : _deliveries.Reader.TryPeek(out _)))
            {
                if (_deliveries.Reader.TryRead(out var d))
                {
                    leases.Add(new Lease(d.Id, d.Body, d.Attempt, d.Tag.ToString(CultureInfo.InvariantCulture)));
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
        }
        return leases;
    }

    public async Task AckAsync(IReadOnlyList<Lease> leases, CancellationToken cancellationToken = default)
    {
        foreach (var lease in leases)
        {
            await _consumer!.BasicAckAsync(ulong.Parse(lease.Token, CultureInfo.InvariantCulture), multiple: false, cancellationToken);
        }
    }

    public async Task FailAsync(Lease lease, string reason, bool permanent, CancellationToken cancellationToken = default)
    {
        if (permanent || lease.Attempt >= _queue.MaxAttempts)
        {
            await PublishAsync(Dead, lease.Id, lease.Body, lease.Attempt, new Dictionary<string, object?>
            {
                [ReasonHeader] = reason,
                [FailedAtHeader] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
            }, cancellationToken);
        }
        else
        {
            await PublishAsync(Retry(lease.Attempt), lease.Id, lease.Body, lease.Attempt, new Dictionary<string, object?> { [ReasonHeader] = reason }, cancellationToken);
        }
        await _consumer!.BasicAckAsync(ulong.Parse(lease.Token, CultureInfo.InvariantCulture), multiple: false, cancellationToken);
    }

    public async Task ReleaseAsync(IReadOnlyList<Lease> leases, TimeSpan delay, CancellationToken cancellationToken = default)
    {
        // Held for the hold queue's time (the delay asked for is a local pause's business), the attempt not counted.
        foreach (var lease in leases)
        {
            await PublishAsync(Hold, lease.Id, lease.Body, Math.Max(0, lease.Attempt - 1), null, cancellationToken);
            await _consumer!.BasicAckAsync(ulong.Parse(lease.Token, CultureInfo.InvariantCulture), multiple: false, cancellationToken);
        }
    }

    public async Task<QueueStats> StatsAsync(CancellationToken cancellationToken = default)
    {
        async Task<long> Count(string queue) => (await _publisher!.QueueDeclarePassiveAsync(queue, cancellationToken)).MessageCount;
        long delayed = await Count(Hold);
        for (var a = 1; a <= _queue.MaxAttempts; a++)
        {
            delayed += await Count(Retry(a));
        }
        var stats = new QueueStats(await Count(Articles), 0, delayed, await Count(Dead), TimeSpan.Zero, 0, 0);
        if (options.ManagementUri is null)
        {
            return stats; // AMQP tells depths only
        }
        // The management plugin adds leases, totals and rates; the lag is the backlog at the current rate.
        var articles = await ManagementAsync(Articles, cancellationToken);
        var dead = await ManagementAsync(Dead, cancellationToken);
        var leased = Long(articles, "messages_unacknowledged");
        var acknowledged = Long(Stat(articles), "ack");
        var ackRate = Rate(Stat(articles), "ack_details");
        return stats with
        {
            Leased = leased,
            Acknowledged = acknowledged,
            DeadLettered = Long(Stat(dead), "publish"),
            Lag = stats.Ready == 0 ? TimeSpan.Zero : ackRate > 0 ? TimeSpan.FromSeconds(stats.Ready / ackRate) : TimeSpan.MaxValue,
            AcknowledgedPerSecond = ackRate,
            DeadLetteredPerSecond = Rate(Stat(dead), "publish_details"),
        };
    }

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    private async Task<System.Text.Json.JsonElement> ManagementAsync(string queue, CancellationToken cancellationToken)
    {
        var vhost = Uri.EscapeDataString(options.Uri.AbsolutePath.Trim('/') is { Length: > 0 } v ? Uri.UnescapeDataString(v) : "/");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(options.ManagementUri!, $"api/queues/{vhost}/{Uri.EscapeDataString(queue)}"));
        var user = options.Uri.UserInfo.Split(':', 2);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Uri.UnescapeDataString(user[0])}:{(user.Length > 1 ? Uri.UnescapeDataString(user[1]) : "")}")));
        using var response = await Http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"RabbitMQ's management API answered {(int)response.StatusCode} for queue '{queue}'.");
        }
        return System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken)).RootElement.Clone();
    }

    private static System.Text.Json.JsonElement Stat(System.Text.Json.JsonElement queue) =>
        queue.TryGetProperty("message_stats", out var s) ? s : default;

    private static long Long(System.Text.Json.JsonElement e, string name) =>
        e.ValueKind == System.Text.Json.JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.TryGetInt64(out var n) ? n : 0;

    private static double Rate(System.Text.Json.JsonElement e, string name) =>
        e.ValueKind == System.Text.Json.JsonValueKind.Object && e.TryGetProperty(name, out var d) && d.TryGetProperty("rate", out var r) ? r.GetDouble() : 0;

    public async Task<IReadOnlyList<DeadLetter>> DeadLettersAsync(int max, CancellationToken cancellationToken = default)
    {
        // Read without acknowledging on a channel of their own; closing it puts every one back.
        await using var channel = await _connection!.CreateChannelAsync(cancellationToken: cancellationToken);
        var letters = new List<DeadLetter>();
        while (letters.Count < max && await channel.BasicGetAsync(Dead, autoAck: false, cancellationToken) is { } got)
        {
            letters.Add(Letter(got));
        }
        return letters;
    }

    public async Task<int> RequeueAsync(IReadOnlyCollection<string>? ids, CancellationToken cancellationToken = default)
    {
        await using var channel = await _connection!.CreateChannelAsync(cancellationToken: cancellationToken);
        var moved = 0;
        while (await channel.BasicGetAsync(Dead, autoAck: false, cancellationToken) is { } got)
        {
            var letter = Letter(got);
            if (ids is null || ids.Contains(letter.Id))
            {
                await PublishAsync(Articles, letter.Id, letter.Body, 0, null, cancellationToken);
                await channel.BasicAckAsync(got.DeliveryTag, multiple: false, cancellationToken);
                moved++;
            }
        }
        return moved;
    }

    private static DeadLetter Letter(BasicGetResult got)
    {
        var headers = got.BasicProperties.Headers;
        var reason = Text(headers, ReasonHeader)
            ?? $"delivered {Int(headers, "x-delivery-count")} times and never acknowledged: the worker died or hung on it";
        var failedAt = headers?.TryGetValue(FailedAtHeader, out var at) == true && at is long ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : DateTimeOffset.UtcNow;
        return new DeadLetter(got.BasicProperties.MessageId ?? "", Encoding.UTF8.GetString(got.Body.Span), Int(headers, AttemptsHeader), reason, failedAt);
    }

    private static int Int(IDictionary<string, object?>? headers, string name) =>
        headers?.TryGetValue(name, out var value) == true ? value switch { int i => i, long l => (int)l, byte b => b, short s => s, _ => 0 } : 0;

    private static string? Text(IDictionary<string, object?>? headers, string name) =>
        headers?.TryGetValue(name, out var value) == true ? value switch { byte[] bytes => Encoding.UTF8.GetString(bytes), string s => s, _ => null } : null;

    public async ValueTask DisposeAsync()
    {
        if (_consumer is not null)
        {
            await _consumer.DisposeAsync();
        }
        if (_publisher is not null)
        {
            await _publisher.DisposeAsync();
        }
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}
