using KnowledgeGraph.Ingestion.Worker;
using KnowledgeGraph.Queue;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Api.Worker;

/// <summary>The queue worker inside `kg serve --worker`: the same loop as `kg worker`, for as long as the server runs.</summary>
public sealed partial class QueueWorkerService(Func<IWorkQueue> openQueue, Func<IGraphStore> openStore, ILogger<QueueWorkerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var queue = openQueue();
        await queue.InitializeAsync(stoppingToken);
        var observing = ObserveAsync(stoppingToken);
        var done = await new QueueWorker(queue, openStore, new QueueWorkerOptions(), message => LogWorker(logger, message)).RunAsync(stoppingToken);
        LogStopped(logger, done.Ingested, done.DeadLettered);
        await observing;
    }

    // The queue's depth, lag and dead letters as metrics, read on a connection of their own.
    private async Task ObserveAsync(CancellationToken stoppingToken)
    {
        await using var queue = openQueue();
        try
        {
            await queue.InitializeAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                Telemetry.ApiTelemetry.Observe(await queue.StatsAsync(stoppingToken));
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "worker: {Message}")]
    private static partial void LogWorker(ILogger logger, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "worker stopped after {Ingested} articles ingested and {DeadLettered} dead-lettered")]
    private static partial void LogStopped(ILogger logger, long ingested, long deadLettered);
}
