namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>The server could not be reached or answered with a server error (5xx): worth retrying.</summary>
public sealed class Neo4jUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
