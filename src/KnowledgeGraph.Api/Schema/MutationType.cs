using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Ingestion.Input;
using KnowledgeGraph.Ingestion.Pipeline;

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
            .Description("Extract and store articles; one outcome per article, in order")
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
                var pipeline = new IngestPipeline(store, new IngestOptions { RejectsPath = Path.Combine("data", "api.rejects.jsonl") });
                return await pipeline.IngestAsync(parsed, c.CancellationToken);
            });
    }
}
