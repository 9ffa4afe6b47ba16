namespace KnowledgeGraph.Storage.Neo4j.Tests;

/// <summary>The store contract on Neo4j 5 (Query API v2), where one can be had; see <see cref="Neo4j5Server"/>.</summary>
public sealed class Neo4j5ContractTests(Neo4j5Server server) : IClassFixture<Neo4j5Server>
{
    private async Task<IGraphStore> OpenAsync()
    {
        Skip.If(server.Unavailable is not null, server.Unavailable);
        var options = new Neo4jOptions { Uri = server.Uri!, Password = server.Password };
        using (var client = new Neo4jHttpClient(options))
        {
            await client.RunAsync(CypherStatement.Of("MATCH (n) DETACH DELETE n"));
        }
        var store = new Neo4jGraphStore(new Neo4jHttpClient(options), options);
        await store.InitializeAsync();
        return store;
    }

    [SkippableFact]
    public async Task A_Neo4j_5_server_speaks_the_Query_API_and_keeps_the_contract()
    {
        await using var store = await OpenAsync();
        var neo4j = (Neo4jGraphStore)store;
        Assert.Equal(Neo4jProtocol.QueryApi, neo4j.Server!.Protocol);
        var contract = new Neo4jFiveContract(store);
        await contract.RunAllAsync();
    }

    /// <summary>The shared contract's checks, run on a store the fixture opened.</summary>
    private sealed class Neo4jFiveContract(IGraphStore store) : GraphStoreContract
    {
        protected override Task<IGraphStore> OpenAsync() => Task.FromResult(store);

        public async Task RunAllAsync()
        {
            await Writing_the_same_article_twice_changes_nothing();
            await Aliases_accumulate_and_the_fullest_name_wins();
        }
    }
}
