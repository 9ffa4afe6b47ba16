using GraphQL.DataLoader;

namespace KnowledgeGraph.Api.Loading;

public static class DataLoaderResultExtensions
{
    /// <summary>Shapes a loaded value once it is there, without awaiting it now.</summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, TResult> shape) =>
        new Deferred<TResult>(async ct => shape(await result.GetResultAsync(ct)));
}
