using GraphQL.DataLoader;

namespace KnowledgeGraph.Api.Loading;

/// <summary>
/// Collects the keys that the resolvers of one level ask for and fetches them in one store call when the first result
/// is awaited (GraphQL.NET awaits data-loader results only after every resolver of the level has run).
/// </summary>
public sealed class BatchLoader<TValue>(Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyDictionary<string, TValue>>> fetch, TValue missing)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, TValue> _loaded = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private Task? _running;

    public IDataLoaderResult<TValue> Load(string key)
    {
        lock (_gate)
        {
            if (!_loaded.ContainsKey(key))
            {
                _pending.Add(key);
            }
        }
        return new Result(this, key);
    }

    private async Task<TValue> GetAsync(string key, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task batch;
            lock (_gate)
            {
                if (_loaded.TryGetValue(key, out var value))
                {
                    return value;
                }
                if (_running is null || _running.IsCompleted)
                {
                    if (_pending.Count == 0)
                    {
                        _pending.Add(key);
                    }
                    _running = FetchAsync([.. _pending], cancellationToken);
                    _pending.Clear();
                }
                batch = _running;
            }
            await batch;
            lock (_gate)
            {
                if (_loaded.TryGetValue(key, out var value))
                {
                    return value;
                }
            }
        }
    }

    private async Task FetchAsync(string[] keys, CancellationToken cancellationToken)
    {
        var found = await fetch(keys, cancellationToken);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _loaded[key] = found.TryGetValue(key, out var value) ? value : missing;
            }
        }
    }

    private sealed class Result(BatchLoader<TValue> loader, string key) : IDataLoaderResult<TValue>
    {
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
