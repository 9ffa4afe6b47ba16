using KnowledgeGraph.Domain;
using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Ingestion.Input;
using KnowledgeGraph.Resolution;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Ingestion.Pipeline;

/// <summary>
/// Streams articles from JSON Lines sources through extract → resolve → store in batches, one transaction each.
/// Memory holds one batch at a time; bad lines go to the rejects file with their line number and reason.
/// </summary>
public sealed class IngestPipeline(IGraphStore store, IngestOptions options, KnownGraph? known = null)
{
    private readonly ArticleExtractor _extractor = new();

    public async Task<IngestProgress> RunAsync(IReadOnlyList<string> files, Action<IngestProgress>? progress, Func<Stream>? stdin = null, CancellationToken cancellationToken = default)
    {
        options.Validate();
        if (options.CheckpointPath is not null && files.Contains(IngestSource.StandardInput))
        {
            throw new ArgumentException("Standard input cannot be resumed; give files for a run with a checkpoint.");
        }
        var fullPaths = files.Select(Path.GetFullPath).ToList();
        var resumeFrom = options.Resume ? IngestCheckpoint.Load(options.CheckpointPath!, files) : null;
        var clock = Stopwatch.StartNew();
        var resolver = await ResolverAsync(cancellationToken);
        long read = 0, ingested = 0, duplicates = 0, rejected = 0, bytes = 0;
        var total = IngestSource.TotalBytes(files);
        var batch = new List<ParsedArticle>(options.BatchSize);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var rejectsDirectory = Path.GetDirectoryName(Path.GetFullPath(options.RejectsPath))!;
        Directory.CreateDirectory(rejectsDirectory);
        StreamWriter? rejects = null;
        long writingTicks = 0;
        IngestProgress Snapshot() => new(read, ingested, duplicates, rejected, clock.Elapsed, bytes, total) { Writing = TimeSpan.FromTicks(Interlocked.Read(ref writingTicks)) };

        // Timed from the call: the SQLite store does its work before the task it returns.
        async Task<int> Timed(Func<Task<int>> write)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                return await write();
            }
            finally
            {
                Interlocked.Add(ref writingTicks, Stopwatch.GetElapsedTime(started).Ticks);
            }
        }

        async Task Reject(InputLine line, string? id, string reason)
        {
            rejected++;
            rejects ??= new StreamWriter(options.RejectsPath, append: false);
            await rejects.WriteLineAsync(JsonSerializer.Serialize(new Rejection(line.Source, line.Number, id, reason), RejectionJson.Options));
        }

        // One batch is written while the next is read and extracted.
        Task<int>? writing = null;
        var fileIndex = 0;
        (int File, long Line) lastInBatch = (0, 0);
        var previousIds = new HashSet<string>(StringComparer.Ordinal);

        async Task Flush()
        {
            if (batch.Count == 0)
            {
                return;
            }
            var existing = await store.ExistingArticlesAsync([.. batch.Select(b => b.Id!)], cancellationToken);
            var fresh = batch.Where(item => !existing.Contains(item.Id!) && !previousIds.Contains(item.Id!)).ToList();
            duplicates += batch.Count - fresh.Count;
            var (graphs, failures) = Build(fresh, resolver, cancellationToken);
            foreach (var (i, reason) in failures)
            {
                await Reject(fresh[i].Line, fresh[i].Id, reason);
            }
            if (writing is not null)
            {
                ingested += await writing;
            }
            var committedUpTo = lastInBatch;
            writing = Timed(async () =>
            {
                var written = await store.WriteAsync(graphs, cancellationToken);
                if (options.CheckpointPath is { } checkpoint)
                {
                    IngestCheckpoint.Save(checkpoint, new IngestCheckpoint(fullPaths, committedUpTo.File, committedUpTo.Line));
                }
                return written;
            });
            previousIds = [.. batch.Select(b => b.Id!)];
            batch.Clear();
            progress?.Invoke(Snapshot());
        }

        async Task Drain()
        {
            if (writing is not null)
            {
                ingested += await writing;
                writing = null;
            }
        }

        try
        {
            foreach (var file in files)
            {
                var stream = file == IngestSource.StandardInput ? (stdin ?? Console.OpenStandardInput)() : File.OpenRead(file);
                await using (stream)
                {
                    await foreach (var line in JsonLinesReader.ReadAsync(stream, file == IngestSource.StandardInput ? "stdin" : file, cancellationToken: cancellationToken))
                    {
                        read++;
                        if (resumeFrom?.Covers(fileIndex, line.Number) == true)
                        {
                            duplicates++;
                            continue;
                        }
                        lastInBatch = (fileIndex, line.Number);
                        var parsed = ArticleParser.Parse(line, options.MaxTextChars);
                        if (!parsed.IsValid)
                        {
                            await Reject(line, parsed.Id, parsed.Error!);
                            continue;
                        }
                        if (!seen.Add(parsed.Id!))
                        {
                            duplicates++;
                            continue;
                        }
                        batch.Add(parsed);
                        if (batch.Count >= options.BatchSize)
                        {
                            await Flush();
                            seen.Clear();
                        }
                    }
                    if (stream.CanSeek)
                    {
                        bytes += stream.Length;
                    }
                }
                fileIndex++;
            }
            await Flush();
            await Drain();
            if (options.CheckpointPath is { } done && File.Exists(done))
            {
                File.Delete(done);
            }
        }
        finally
        {
            // A write still in flight when the run fails is awaited, so that its failure is not lost unobserved.
            if (writing is { IsCompleted: false })
            {
                try
                {
                    await writing;
                }
                catch (Exception)
                {
                    // The first failure is the one reported.
                }
            }
            if (rejects is not null)
            {
                await rejects.DisposeAsync();
            }
        }
        var summary = Snapshot();
        progress?.Invoke(summary);
        return summary;
    }

    /// <summary>
    /// Ingests a few articles at once (the API's mutation) and says what became of each: ingested, a duplicate of one
    /// already stored or submitted, or rejected with the reason.
    /// </summary>
    public async Task<IReadOnlyList<IngestOutcome>> IngestAsync(IReadOnlyList<ParsedArticle> items, CancellationToken cancellationToken = default)
    {
        var outcomes = await SortAsync(store, items, IngestStatus.Ingested, cancellationToken);
        var fresh = Enumerable.Range(0, items.Count).Where(i => outcomes[i].Status == IngestStatus.Ingested).ToList();
        var articles = fresh.Select(i => items[i]).ToList();
        var extracted = Extract(articles, cancellationToken);
        async Task<IReadOnlyList<IngestOutcome>> ResolveAndWrite(GraphResolver resolver)
        {
            var (graphs, failures) = Resolve(articles, extracted, resolver);
            foreach (var (k, reason) in failures)
            {
                outcomes[fresh[k]] = new IngestOutcome(items[fresh[k]].Id, IngestStatus.Rejected, reason);
            }
            await store.WriteAsync(graphs, cancellationToken);
            return outcomes;
        }
        // A long-lived caller keeps what the store holds in memory and follows its changes; otherwise it is read now.
        return known is null
            ? await ResolveAndWrite(await ResolverAsync(cancellationToken))
            : await known.UseAsync(store, ResolveAndWrite, cancellationToken);
    }

    /// <summary>
    /// What becomes of each article before any work: rejected (with the reason), a duplicate of one stored or earlier in
    /// the list, or <paramref name="fresh"/> (ingested here, queued by a caller that hands articles to workers).
    /// </summary>
    public static async Task<IngestOutcome[]> SortAsync(IGraphStore store, IReadOnlyList<ParsedArticle> items, IngestStatus fresh, CancellationToken cancellationToken)
    {
        var existing = await store.ExistingArticlesAsync([.. items.Where(i => i.IsValid).Select(i => i.Id!)], cancellationToken);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. items.Select(item => !item.IsValid ? new IngestOutcome(item.Id, IngestStatus.Rejected, item.Error)
            : existing.Contains(item.Id!) || !seen.Add(item.Id!) ? new IngestOutcome(item.Id, IngestStatus.Duplicate, null)
            : new IngestOutcome(item.Id, fresh, null))];
    }

    /// <summary>
    /// Extraction (pure) on every core, then resolution (which keeps the indexes of known persons and meetings) in
    /// input order; an article the extractor fails on is reported by its index instead.
    /// </summary>
    private (List<ArticleGraph> Graphs, List<(int Index, string Reason)> Failures) Build(
        IReadOnlyList<ParsedArticle> articles, GraphResolver resolver, CancellationToken cancellationToken) =>
        Resolve(articles, Extract(articles, cancellationToken), resolver);

    /// <summary>Extraction alone, on every core: pure, so it needs no lock and no store.</summary>
    private (ArticleFacts? Facts, string? Error)[] Extract(IReadOnlyList<ParsedArticle> articles, CancellationToken cancellationToken)
    {
        var results = new (ArticleFacts?, string?)[articles.Count];
        Parallel.For(0, articles.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            try
            {
                results[i] = (_extractor.Extract(articles[i].Article!), null);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                results[i] = (null, ex.Message);
            }
        });
        return results;
    }

    /// <summary>Resolution in input order (it keeps the indexes of known persons and meetings up to date as it goes).</summary>
    private static (List<ArticleGraph> Graphs, List<(int Index, string Reason)> Failures) Resolve(
        IReadOnlyList<ParsedArticle> articles, (ArticleFacts? Facts, string? Error)[] extracted, GraphResolver resolver)
    {
        var graphs = new List<ArticleGraph>(articles.Count);
        var failures = new List<(int, string)>();
        for (var i = 0; i < articles.Count; i++)
        {
            if (extracted[i].Facts is { } found)
            {
                var article = articles[i].Article!;
                graphs.Add(resolver.Resolve(article, found, ArticleParser.ContentHash(article.Text)));
            }
            else
            {
                failures.Add((i, $"extraction failed: {extracted[i].Error}"));
            }
        }
        return (graphs, failures);
    }

    /// <summary>A resolver that knows every person and meeting the store already holds.</summary>
    private async Task<GraphResolver> ResolverAsync(CancellationToken cancellationToken)
    {
        var (persons, meetings) = await KnownGraph.ReadAsync(store, cancellationToken);
        return new GraphResolver(Gazetteer.Default, persons, meetings);
    }

    private sealed record Rejection(string Source, long Line, string? Id, string Error);

    private static class RejectionJson
    {
        public static readonly JsonSerializerOptions Options = new()
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
    }
}
