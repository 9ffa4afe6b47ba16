using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Ingestion.Input;
using KnowledgeGraph.Ingestion.Pipeline;
using KnowledgeGraph.Queue;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Schema;

/// <summary>Writes, for callers with the ingest role (the transport checks the role before anything runs).</summary>
public sealed class MutationType : ObjectGraphType
{
    /// <summary>Articles one mutation may carry; bulk loads go through `kg ingest`.</summary>
    public const int MaxArticles = 100;

    public MutationType()
    {
        Name = "Mutation";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IngestOutcomeType>>>>("ingestArticles")
            .Description("Extract and store articles (or, when kg serve runs a worker, queue them for it); one outcome per article, in order")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<ArticleInputType>>>>("articles")
            .ResolveAsync(async c =>
            {
                var inputs = c.GetArgument<List<Dictionary<string, object?>>>("articles");
                if (inputs.Count > MaxArticles)
                {
                    throw new ExecutionError($"At most {MaxArticles} articles a mutation; use kg ingest for bulk loads.");
                }
                // The same validation as every other way in: each input is read as a line of the article contract.
                var parsed = inputs.Select((input, i) => ArticleParser.Parse(new InputLine("api", i + 1, JsonSerializer.Serialize(input), null))).ToList();
                var store = await c.RequestServices!.GetStoreAsync(c.CancellationToken);
                // With a work queue, valid articles not yet stored are queued for the workers (status "queued").
                if (c.RequestServices!.GetService<Func<IWorkQueue>>() is { } openQueue)
                {
                    var outcomes = await IngestPipeline.SortAsync(store, parsed, IngestStatus.Queued, c.CancellationToken);
                    await using var queue = openQueue();
                    await queue.InitializeAsync(c.CancellationToken);
                    await queue.EnqueueAsync([.. parsed.Where((_, i) => outcomes[i].Status == IngestStatus.Queued).Select(p => p.Line.Text!)], c.CancellationToken);
                    return outcomes;
                }
                var pipeline = new IngestPipeline(store, new IngestOptions { RejectsPath = Path.Combine("data", "api.rejects.jsonl") },
                    c.RequestServices!.GetRequiredService<KnownGraph>());
                return await pipeline.IngestAsync(parsed, c.CancellationToken);
            });
    }
}
