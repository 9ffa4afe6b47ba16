namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// A test class whose tests each start their own real server (Neo4j or RabbitMQ, <typeparamref name="TServer"/>) and
/// run `kg` in a fresh folder; both are gone after the test.
/// </summary>
public abstract class KgWithServer<TServer> : IAsyncLifetime
    where TServer : IAsyncLifetime, new()
{
    protected TServer Server { get; } = new();

    protected Kg Kg { get; } = new();

    public Task InitializeAsync() => Server.InitializeAsync();

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Kg.Dispose();
    }
}
