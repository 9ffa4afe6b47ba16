namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>The HTTP API a server speaks: the Query API v2 (5.25+, Aura) or the transactional endpoint (3.x–5.x).</summary>
public enum Neo4jProtocol { QueryApi, Transactional }
