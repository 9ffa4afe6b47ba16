namespace KnowledgeGraph.Storage.Neo4j.Tests;

/// <summary>One Neo4j server for every test that needs one; those tests run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class Neo4jCollection : ICollectionFixture<Neo4jServerFixture>
{
    public const string Name = "Neo4j 3.1.1";
}
