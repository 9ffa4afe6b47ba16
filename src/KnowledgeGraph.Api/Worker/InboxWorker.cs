using KnowledgeGraph.Ingestion.Pipeline;
using KnowledgeGraph.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Api.Worker;

/// <summary>
/// The ingestion worker of `kg serve`: JSON Lines files dropped in the inbox are ingested as `kg ingest` would, then
/// moved to done/. A file whose ingest fails (the store away, say) stays where it is and is tried again; ingesting is
/// idempotent, so a file interrupted half-way is finished on the next try without duplicates.
/// </summary>
public sealed partial class InboxWorker(InboxOptions options, Func<IGraphStore> openStore, ILogger<InboxWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Directory.CreateDirectory(options.Done);
        LogWatching(logger, options.Path);
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var file in Ready())
            {
                try
                {
                    await IngestAsync(file, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception e)
                {
                    LogFailed(logger, Path.GetFileName(file), e.Message);
                    break;
                }
            }
            try
            {
                await Task.Delay(options.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private IEnumerable<string> Ready() =>
        Directory.EnumerateFiles(options.Path)
            .Where(f => f.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .Where(f => DateTime.UtcNow - File.GetLastWriteTimeUtc(f) >= options.SettleTime)
            .Order(StringComparer.Ordinal)
            .ToList();

    private async Task IngestAsync(string file, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(file);
        await using var store = openStore();
        await store.InitializeAsync(cancellationToken);
        var rejects = Path.Combine(options.Done, name + ".rejects.jsonl");
        var summary = await new IngestPipeline(store, new IngestOptions { RejectsPath = rejects }).RunAsync([file], null, cancellationToken: cancellationToken);
        var target = Path.Combine(options.Done, name);
        if (File.Exists(target))
        {
            target = Path.Combine(options.Done, $"{Path.GetFileNameWithoutExtension(name)}.{DateTime.UtcNow:yyyyMMddHHmmssfff}{Path.GetExtension(name)}");
        }
        File.Move(file, target);
        LogIngested(logger, name, summary.Ingested, summary.Duplicates, summary.Rejected);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingesting JSON Lines files dropped in {Inbox}")]
    private static partial void LogWatching(ILogger logger, string inbox);

    [LoggerMessage(Level = LogLevel.Information, Message = "{File}: {Ingested} ingested, {Duplicates} duplicates, {Rejected} rejected")]
    private static partial void LogIngested(ILogger logger, string file, long ingested, long duplicates, long rejected);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{File} stays in the inbox and will be tried again: {Reason}")]
    private static partial void LogFailed(ILogger logger, string file, string reason);
}
