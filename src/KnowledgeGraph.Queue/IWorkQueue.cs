namespace KnowledgeGraph.Queue;

/// <summary>
/// The work queue between producers (`kg enqueue`, the API) and workers. Delivery is at least once: a lease that is
/// neither acknowledged nor failed before it expires is delivered again, so consumers must be idempotent (the store
/// is). Failed messages come back after a backoff and are dead-lettered, with the reason, after
/// <see cref="QueueOptions.MaxAttempts"/> attempts.
/// </summary>
public interface IWorkQueue : IAsyncDisposable
{
    /// <summary>Creates what the queue needs; safe to call on every start.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds messages durably: when this returns, they survive a crash.</summary>
    Task EnqueueAsync(IReadOnlyList<string> bodies, CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="max"/> messages, each leased to the caller for <see cref="QueueOptions.LeaseTime"/>; none when none are ready.</summary>
    Task<IReadOnlyList<Lease>> LeaseAsync(int max, CancellationToken cancellationToken = default);

    /// <summary>Done with: the messages leave the queue. A lease that has expired and been given to another is ignored.</summary>
    Task AckAsync(IReadOnlyList<Lease> leases, CancellationToken cancellationToken = default);

    /// <summary>
    /// Not done: tried again after a backoff, or dead-lettered with <paramref name="reason"/> when its attempts are spent
    /// or <paramref name="permanent"/> says retrying cannot help (a malformed article).
    /// </summary>
    Task FailAsync(Lease lease, string reason, bool permanent, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gives messages back untried, their attempt not counted, to be delivered again after <paramref name="delay"/>: for
    /// when the consumer, not the message, is at fault (the store is away).
    /// </summary>
    Task ReleaseAsync(IReadOnlyList<Lease> leases, TimeSpan delay, CancellationToken cancellationToken = default);

    Task<QueueStats> StatsAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<DeadLetter>> DeadLettersAsync(int max, CancellationToken cancellationToken = default);

    /// <summary>Puts dead letters back in the queue (those with these ids, or all when null); returns how many.</summary>
    Task<int> RequeueAsync(IReadOnlyCollection<string>? ids, CancellationToken cancellationToken = default);
}
