namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>What discovery (GET /) found: the version, the protocol and the address statements go to.</summary>
public sealed record Neo4jServer(string Version, Neo4jProtocol Protocol, Uri Endpoint)
{
    public int Major => int.TryParse(Version.Split('.')[0], out var major) ? major : 0;
}
