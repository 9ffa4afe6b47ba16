using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using KnowledgeGraph.Api.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api;

public static class ApiServiceCollectionExtensions
{
    public const int MaxDepth = 12;

    public const int MaxComplexity = 20_000;

    /// <summary>The GraphQL schema and executer; the caller registers the <see cref="Storage.IGraphStore"/> it serves.</summary>
    public static IServiceCollection AddKnowledgeGraphApi(this IServiceCollection services)
    {
        services.AddGraphQL(builder => builder
            .AddSchema<KnowledgeGraphSchema>()
            // Arabic names stay readable in the responses.
            .AddSystemTextJson(o => o.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddGraphTypes(typeof(KnowledgeGraphSchema).Assembly)
            .AddValidationRule<Validation.DocumentLimitsRule>(useForCachedDocuments: true)
            // One resolver at a time per request: a request's store connection serves one call at a time, and loads
            // queued by a level are still fetched together.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            .AddExecutionStrategy(new SubscriptionExecutionStrategy(SerialExecutionStrategy.Instance), OperationType.Subscription)
            .AddComplexityAnalyzer(c =>
            {
                // Scalars come with their object at no cost; lists count by their `first` argument or the impacts set on
                // the field (participants, offices), else 5. An analyst's page of 50 persons with offices, five meetings
                // each and their participants passes (tests/KnowledgeGraph.Api.Tests/Schema/BatchingTests.cs asks for it).
                c.MaxDepth = MaxDepth;
                c.MaxComplexity = MaxComplexity;
                c.DefaultScalarImpact = 0;
            }));
        services.AddScoped<Loading.Loaders>();
        return services;
    }
}
