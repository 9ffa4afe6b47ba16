using System.Collections.Concurrent;
using System.Reflection;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Tests;

/// <summary>A real store behind a proxy that counts the calls made on it, by method: how batching is measured.</summary>
public class CountingStore : DispatchProxy
{
    private IGraphStore _inner = null!;
    private ConcurrentDictionary<string, int> _calls = null!;

    public static IGraphStore Wrap(IGraphStore inner, ConcurrentDictionary<string, int> calls)
    {
        var proxy = Create<IGraphStore, CountingStore>();
        var counting = (CountingStore)(object)proxy;
        (counting._inner, counting._calls) = (inner, calls);
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        if (targetMethod!.Name is not (nameof(IGraphStore.InitializeAsync) or nameof(IAsyncDisposable.DisposeAsync)))
        {
            _calls.AddOrUpdate(targetMethod.Name, 1, (_, n) => n + 1);
        }
        try
        {
            return targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }
}
