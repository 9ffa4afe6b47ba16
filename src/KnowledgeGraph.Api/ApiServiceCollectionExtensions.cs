using GraphQL;
using KnowledgeGraph.Api.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>The GraphQL schema and executer; the caller registers the <see cref="Storage.IGraphStore"/> it serves.</summary>
    public static IServiceCollection AddKnowledgeGraphApi(this IServiceCollection services)
    {
        services.AddGraphQL(builder => builder
            .AddSchema<KnowledgeGraphSchema>()
            // Arabic names stay readable in the responses.
            .AddSystemTextJson(o => o.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddGraphTypes(typeof(KnowledgeGraphSchema).Assembly)
            .AddComplexityAnalyzer(c =>
            {
                c.MaxDepth = 12;
                c.MaxComplexity = 20_000;
            }));
        return services;
    }
}
