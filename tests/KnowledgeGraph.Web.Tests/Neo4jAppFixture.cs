using KnowledgeGraph.Storage.Neo4j.Tests;

namespace KnowledgeGraph.Web.Tests;

/// <summary>The same app over the production store: `kg serve --demo --store neo4j` on a real Neo4j 3.1.1 of its own.</summary>
public sealed class Neo4jAppFixture : AppFixture
{
    private readonly Neo4jServerFixture _neo4j = new();

    protected override async Task<string[]> StoreArgumentsAsync()
    {
        await _neo4j.InitializeAsync();
        return ["--store", "neo4j", "--neo4j-uri", _neo4j.Uri.ToString()];
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _neo4j.DisposeAsync();
    }
}
