using KnowledgeGraph.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Schema;

internal static class ServiceProviderExtensions
{
    public static Task<IGraphStore> GetStoreAsync(this IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<StoreSession>().GetAsync(cancellationToken);
}
