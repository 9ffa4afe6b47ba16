using KnowledgeGraph.Ingestion.Input;
using KnowledgeGraph.Ingestion.Pipeline;
using KnowledgeGraph.Queue;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Ingestion.Worker;

/// <summary>
/// Takes articles from the work queue and stores them, as many workers at once as wanted: each lease is one batch
/// (extract on all cores, resolve, one transaction), acknowledged only once written, so a worker killed half-way leaves
/// its batch to be delivered again and the idempotent store applies each article once. A malformed or unextractable
/// article is dead-lettered with its reason; a failing store sends the batch back for a retry and pauses the worker.
/// </summary>
public sealed class QueueWorker(IWorkQueue queue, Func<IGraphStore> openStore, QueueWorkerOptions options, Action<string>? log = null)
{
    public async Task<WorkerProgress> RunAsync(CancellationToken cancellationToken)
    {
        options.Validate();
        using var known = new KnownGraph();
        long ingested = 0, duplicates = 0, dead = 0, retried = 0;
        var failures = 0;
        IGraphStore? store = null;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var leases = await queue.LeaseAsync(options.BatchSize, cancellationToken);
                if (leases.Count == 0)
                {
                    if (options.UntilEmpty && await queue.StatsAsync(cancellationToken) is { Ready: 0, Leased: 0, Delayed: 0 })
                    {
                        break;
                    }
                    await Task.Delay(options.IdleDelay, cancellationToken);
                    continue;
                }
                var parsed = leases.Select(l => ArticleParser.Parse(new InputLine("queue", long.TryParse(l.Id, out var n) ? n : 0, l.Body, null))).ToList();
                foreach (var (lease, article) in leases.Zip(parsed).Where(x => !x.Second.IsValid))
                {
                    await queue.FailAsync(lease, article.Error!, permanent: true, cancellationToken);
                    dead++;
                }
                var valid = leases.Zip(parsed).Where(x => x.Second.IsValid).ToList();
                if (valid.Count == 0)
                {
                    continue;
                }
                IReadOnlyList<IngestOutcome> outcomes;
                try
                {
                    if (store is null)
                    {
                        store = openStore();
                        await store.InitializeAsync(cancellationToken);
                    }
                    outcomes = await new IngestPipeline(store, new IngestOptions { RejectsPath = "-" }, known)
                        .IngestAsync([.. valid.Select(v => v.Second)], cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    // The store is away: not the articles' fault, so they go back uncounted, and the worker waits longer
                    // each time until the store answers again. Nothing is lost however long it takes.
                    failures++;
                    var pause = TimeSpan.FromTicks(Math.Min(options.FailurePause.Ticks * (1L << Math.Min(failures - 1, 4)), options.MaxFailurePause.Ticks));
                    log?.Invoke($"the store failed ({e.Message}); {valid.Count} articles go back to the queue, pausing {pause.TotalSeconds:N0} s");
                    await queue.ReleaseAsync([.. valid.Select(v => v.First)], pause, CancellationToken.None);
                    retried += valid.Count;
                    if (store is not null)
                    {
                        await store.DisposeAsync();
                        store = null;
                    }
                    await Task.Delay(pause, cancellationToken);
                    continue;
                }
                failures = 0;
                var done = new List<Lease>();
                for (var i = 0; i < valid.Count; i++)
                {
                    switch (outcomes[i].Status)
                    {
                        case IngestStatus.Rejected:
                            await queue.FailAsync(valid[i].First, outcomes[i].Reason ?? "rejected", permanent: true, cancellationToken);
                            dead++;
                            break;
                        case IngestStatus.Duplicate:
                            duplicates++;
                            done.Add(valid[i].First);
                            break;
                        default:
                            ingested++;
                            done.Add(valid[i].First);
                            break;
                    }
                }
                await queue.AckAsync(done, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped: leases not acknowledged come back to the queue when they end.
        }
        finally
        {
            if (store is not null)
            {
                await store.DisposeAsync();
            }
        }
        return new WorkerProgress(ingested, duplicates, dead, retried);
    }
}
