using GraphQL.DataLoader;

namespace KnowledgeGraph.Api.Loading;

/// <summary>A result that GraphQL.NET awaits after the whole level has queued its loads, computed from loaded values.</summary>
public sealed class Deferred<T>(Func<CancellationToken, Task<T>> compute) : IDataLoaderResult<T>
{
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => compute(cancellationToken);

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await compute(cancellationToken);
}
