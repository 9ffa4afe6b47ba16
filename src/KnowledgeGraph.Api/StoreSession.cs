using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api;

/// <summary>The store one request reads, opened on first use and closed with the request (the SQLite connection is not shared across threads).</summary>
public sealed class StoreSession(Func<IGraphStore> open) : IAsyncDisposable
{
    private Task<IGraphStore>? _store;

    public Task<IGraphStore> GetAsync(CancellationToken cancellationToken) => _store ??= OpenAsync(cancellationToken);

    private async Task<IGraphStore> OpenAsync(CancellationToken cancellationToken)
    {
        var store = open();
        await store.InitializeAsync(cancellationToken);
        return store;
    }

    public async ValueTask DisposeAsync()
    {
        if (_store is { IsCompletedSuccessfully: true })
        {
            await _store.Result.DisposeAsync();
        }
    }
}
