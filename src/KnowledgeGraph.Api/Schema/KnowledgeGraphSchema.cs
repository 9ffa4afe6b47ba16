using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Schema;

public sealed class KnowledgeGraphSchema : GraphQL.Types.Schema
{
    public KnowledgeGraphSchema(IServiceProvider services)
        : base(services)
    {
        Query = services.GetRequiredService<QueryType>();
        Mutation = services.GetRequiredService<MutationType>();
        Subscription = services.GetRequiredService<SubscriptionType>();
    }
}
