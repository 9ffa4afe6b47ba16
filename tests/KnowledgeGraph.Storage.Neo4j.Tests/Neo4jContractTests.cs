namespace KnowledgeGraph.Storage.Neo4j.Tests;

/// <summary>The store contract on a real Neo4j 3.1.1 over its transactional HTTP endpoint.</summary>
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jContractTests(Neo4jServerFixture server) : GraphStoreContract
{
    protected override async Task<IGraphStore> OpenAsync()
    {
        await server.ClearAsync();
        var options = new Neo4jOptions { Uri = server.Uri };
        var store = new Neo4jGraphStore(new Neo4jHttpClient(options), options);
        await store.InitializeAsync();
        return store;
    }

    [Fact]
    public async Task Discovery_finds_the_transactional_endpoint_of_a_3x_server()
    {
        using var client = new Neo4jHttpClient(new Neo4jOptions { Uri = server.Uri });
        var found = await client.DiscoverAsync();
        Assert.Equal(("3.1.1", Neo4jProtocol.Transactional), (found.Version, found.Protocol));
        Assert.Equal("/db/data/transaction/commit", found.Endpoint.ToString());
    }

    [Fact]
    public async Task A_client_error_is_reported_with_its_code_and_not_retried()
    {
        using var handler = new CountingHandler();
        using var client = new Neo4jHttpClient(new Neo4jOptions { Uri = server.Uri, RetryBaseDelay = TimeSpan.Zero }, handler);
        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(CypherStatement.Of("THIS IS NOT CYPHER")));
        Assert.StartsWith("Neo.ClientError.Statement.SyntaxError", error.Code, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
        Assert.Equal(1, handler.Posts);
    }

    [Fact]
    public async Task Arabic_text_round_trips()
    {
        await server.ClearAsync();
        using var client = new Neo4jHttpClient(new Neo4jOptions { Uri = server.Uri });
        var result = await client.RunAsync(CypherStatement.Of("CREATE (p:Probe {name: $name}) RETURN p.name", ("name", "أنس خطاب")));
        Assert.Equal("أنس خطاب", result.Rows[0][0].GetString());
    }
}
