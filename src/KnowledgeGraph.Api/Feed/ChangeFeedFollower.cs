using KnowledgeGraph.Api.Telemetry;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Api.Feed;

/// <summary>
/// Follows the store's change feed from where it stands at start and publishes each change, with its record, to the
/// hub. Any process that writes to the store (this one, `kg ingest`, a worker elsewhere) is seen the same way.
/// </summary>
public sealed partial class ChangeFeedFollower(Func<IGraphStore> openStore, EventHub hub, ChangeFeedOptions options, ILogger<ChangeFeedFollower> logger)
    : BackgroundService
{
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the follower knows where the feed stands: events committed after that are delivered.</summary>
    public Task Started => _started.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        long last = -1;
        IGraphStore? store = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (store is null)
                {
                    store = openStore();
                    await store.InitializeAsync(stoppingToken);
                }
                if (last < 0)
                {
                    last = await store.LastChangeAsync(stoppingToken);
                    _started.TrySetResult();
                }
                var changes = await store.ChangesAfterAsync(last, options.BatchSize, stoppingToken);
                foreach (var change in changes)
                {
                    hub.Publish(await ReadAsync(store, change, stoppingToken));
                    ApiTelemetry.FeedEvents.Add(1, new KeyValuePair<string, object?>("kind", change.Kind));
                    if (DateTimeOffset.TryParse(change.At, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var at))
                    {
                        ApiTelemetry.FeedDelay.Record((DateTimeOffset.UtcNow - at).TotalSeconds);
                    }
                    last = change.Sequence;
                }
                if (changes.Count < options.BatchSize)
                {
                    await Task.Delay(options.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // The store may be restarting: keep the position, reopen, and try again.
                LogFollowFailed(logger, e.Message);
                if (store is not null)
                {
                    await store.DisposeAsync();
                    store = null;
                }
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
        if (store is not null)
        {
            await store.DisposeAsync();
        }
        _started.TrySetCanceled(stoppingToken);
    }

    private static async Task<GraphEvent> ReadAsync(IGraphStore store, ChangeRecord change, CancellationToken cancellationToken) => change.Kind switch
    {
        ChangeRecord.Person => new GraphEvent(change, Person: await store.FindPersonAsync(change.Key, cancellationToken)),
        ChangeRecord.Meeting => new GraphEvent(change, Meeting: await store.FindMeetingAsync(change.Key, cancellationToken)),
        ChangeRecord.Article => new GraphEvent(change, Article: await store.FindArticleAsync(change.Key, cancellationToken)),
        _ => new GraphEvent(change),
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Following the change feed failed ({Reason}); retrying in 1 s.")]
    private static partial void LogFollowFailed(ILogger logger, string reason);
}
